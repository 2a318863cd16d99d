// Criticism in reported speech: "X said Y had failed / must stop / was reckless", '"Y has failed us," said X', "X urged Y to scrap …", "X warned Y against …", "X responded by accusing Y", "accusing him of …".
import { addCandidate, type Candidate } from './candidate.ts';
import { matchAttackNoun, matchPronounLabel, NEGATIVE_VERDICTS } from './patterns-criticism.ts';
import {
  BE_FORMS,
  findObject,
  findSubject,
  headedByNoun,
  isEntity,
  isMainVerb,
  isNegation,
  isPunct,
  isWordUnit,
} from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit, WordUnit } from './units.ts';
import type { Mention } from '../types.ts';
import type { Discourse } from './patterns-triggers.ts';

/** Verbs that report what someone said or thinks. */
const SPEECH_VERBS = new Set([
  'said',
  'says',
  'say',
  'saying',
  'argued',
  'argues',
  'arguing',
  'claimed',
  'claims',
  'claiming',
  'insisted',
  'insists',
  'alleged',
  'alleges',
  'complained',
  'complains',
  'charged',
  'added',
  'warned',
  'warns',
  'stated',
  'declared',
  'believes',
  'believed',
  'suggested',
  'suggests',
  'maintained',
  'maintains',
  'told',
  'tells',
]);
/** Speech verbs that close a quote: '"…," said X' / '"…," X said'. */
const CLOSING_SPEECH = new Set([
  'said',
  'says',
  'added',
  'argued',
  'insisted',
  'warned',
  'claimed',
  'complained',
  'told',
  'stated',
]);

/** What someone does wrong: "X had misled parliament". */
const WRONGDOING_VERBS = new Set([
  'misled',
  'misleading',
  'lied',
  'lying',
  'betrayed',
  'betraying',
  'ignored',
  'ignoring',
  'neglected',
  'mishandled',
  'bungled',
  'squandered',
  'wasted',
  'deceived',
  'abused',
  'undermined',
  'undermining',
  'damaged',
  'capitulated',
  'botched',
  'breached',
  'broken',
  'broke',
  'flouted',
  'reneged',
  'dithered',
  'blundered',
  'hoodwinked',
]);
/** What a failure is a failure to do: "had failed to act", not "failed to win the contract". */
const DUTIES = new Set([
  'act',
  'protect',
  'deliver',
  'explain',
  'tackle',
  'address',
  'stop',
  'prevent',
  'respond',
  'listen',
  'consult',
  'disclose',
  'declare',
  'tell',
  'answer',
  'honour',
  'honor',
  'keep',
  'ensure',
  'control',
  'deal',
  'provide',
  'live',
  'learn',
  'take',
  'face',
  'grasp',
  'understand',
  'support',
  'help',
  'investigate',
  'pay',
]);
/** What one demands of someone who goes wrong: "must stop", "urged Y to scrap the deal". */
const CORRECTIVE_VERBS = new Set([
  'stop',
  'end',
  'halt',
  'cease',
  'drop',
  'scrap',
  'abandon',
  'reverse',
  'rethink',
  'reconsider',
  'withdraw',
  'apologise',
  'apologize',
  'resign',
  'quit',
  'retract',
  'ditch',
  'shelve',
  'curb',
  'rein',
  'desist',
  'refrain',
  'overturn',
  'repeal',
  'sack',
  'release',
]);
const PUT_VERBS = new Set(['putting', 'puts', 'put', 'placing', 'places', 'placed']);
/** What one wrongly puts first: "putting commerce above abuse concerns", "profits before safety". */
const BASE_MOTIVES = new Set([
  'commerce',
  'profit',
  'profits',
  'money',
  'politics',
  'trade',
  'business',
  'economics',
  'cost',
  'costs',
  'self-interest',
  'greed',
  'convenience',
  'dividends',
  'power',
  'party',
  'spin',
  'image',
  'headlines',
]);
const MODALS = new Set(['must', 'should', 'ought']);
const DEMAND_VERBS = new Set([
  'urged',
  'urge',
  'urges',
  'urging',
  'pressed',
  'press',
  'presses',
  'pressing',
  'called',
  'calls',
  'call',
  'calling',
  'demanded',
  'demands',
  'demand',
  'demanding',
]);
/** What one asks people not to do to a body: "urged Muslims not to vote for Y". */
const SUPPORT_VERBS = new Set([
  'vote',
  'support',
  'back',
  'buy',
  'invest',
  'use',
  'trust',
  'join',
  'deal',
  'fund',
  'elect',
]);
/** Words that may stand before the person addressed: "urged London mayor Ken Livingstone", "called on Mr Brown". */
const ADDRESS_WORDS = new Set([
  'the',
  'mr',
  'mrs',
  'ms',
  'dr',
  'sir',
  'lord',
  'lady',
  'dame',
  'mayor',
  'minister',
  'leader',
  'chancellor',
  'president',
  'secretary',
  'chairman',
  'chief',
  'executive',
  'boss',
  'prime',
  'foreign',
  'home',
  'its',
  'his',
  'her',
  'their',
]);

/** The entity (group) addressed right after a verb at j, across titles and a place ("London mayor X"); null when none. */
function personOrBodyAt(su: SentenceUnits, j: number): number[] | null {
  const units = su.units;
  let k = j;
  while (
    k < j + 4 &&
    ((isWordUnit(units[k]) && ADDRESS_WORDS.has((units[k] as WordUnit).w)) ||
      (isEntity(units[k]) && (units[k] as EntityUnit).m.type === 'Place' && isWordUnit(units[k + 1])))
  )
    k++;
  const target = units[k];
  if (!isEntity(target) || target.poss || target.demonym || headedByNoun(units, k)) return null;
  return groupFrom(su, k);
}

const WARN_VERBS = new Set(['warned', 'warns', 'warn', 'warning', 'cautioned', 'cautions']);
/** Criticism said in a participle clause: "responded by accusing Y", "wrote to Y accusing him of". */
const CRITICAL_GERUNDS = new Set([
  'accusing',
  'attacking',
  'criticising',
  'criticizing',
  'condemning',
  'blaming',
  'slamming',
  'denouncing',
  'lambasting',
  'blasting',
  'berating',
  'castigating',
  'rebuking',
]);
/** What a critic faces: "faced fierce criticism from X". */
const FACE_VERBS = new Set([
  'faced',
  'faces',
  'face',
  'facing',
  'drew',
  'draws',
  'attracted',
  'attracts',
  'received',
  'receives',
  'provoked',
]);
const CRITICISM_NOUNS = new Set([
  'criticism',
  'criticisms',
  'condemnation',
  'attacks',
  'attack',
  'fire',
  'flak',
  'censure',
  'complaints',
  'accusations',
  'anger',
  'protests',
]);
/** Nouns of a possessor's doing: "Y's plan was reckless" criticises Y. */
const POLICY_NOUNS = new Set([
  'plan',
  'plans',
  'policy',
  'policies',
  'approach',
  'handling',
  'decision',
  'stance',
  'record',
  'response',
  'strategy',
  'proposal',
  'proposals',
  'move',
  'conduct',
  'behaviour',
  'behavior',
  'actions',
  'management',
  'leadership',
  'offer',
  'bid',
  'budget',
  'reforms',
  'programme',
  'program',
  'scheme',
  'bill',
  'attitude',
  'treatment',
  'performance',
  'position',
  'tactics',
  'campaign',
  'claims',
  'figures',
  'failure',
  'refusal',
]);
const ADVERBS_INSIDE = new Set([
  'also',
  'repeatedly',
  'completely',
  'clearly',
  'simply',
  'totally',
  'utterly',
  'now',
  'still',
  'already',
  'just',
  'badly',
  'consistently',
  'again',
  'once',
  'then',
  'so',
]);
const AUXILIARY_WORDS = new Set([
  'has',
  'had',
  'have',
  'is',
  'was',
  'were',
  'are',
  'been',
  'being',
  'will',
  'would',
]);
const PRONOUNS = new Set(['he', 'she', 'it', 'they', 'him', 'her', 'them']);
const HEDGES = new Set(['if', 'whether', 'unless', 'may', 'might', 'could']);

const GOVERNMENT_SURFACE =
  /\b(government|administration|ministry|department|executive|authorities|regime)\b/i;

/** A target named as a government ("the government" for its country) or a government body. */
function isGovernment(m: Mention): boolean {
  return m.type === 'GovernmentBody' || GOVERNMENT_SURFACE.test(m.surface);
}

function emit(
  out: Candidate[],
  sources: Mention[],
  targets: Mention[],
  confidence: number,
  pattern: string,
): void {
  for (const s of sources)
    for (const t of targets) addCandidate(out, s, 'CRITICIZED', t, confidence, pattern);
}

function mentionsAt(units: Unit[], indices: number[]): Mention[] {
  return indices
    .map((i) => units[i])
    .filter(isEntity)
    .map((u) => u.m);
}

function groupFrom(su: SentenceUnits, i: number): number[] {
  const group = su.groupOf.get(i);
  return group ? group.members.filter((m) => m >= i) : [i];
}

/**
 * Whether the words from `at` state that the clause subject does wrong: "had failed its customers",
 * "must stop …", "should not lift …", "was reckless", "had misled parliament". `countryTarget`
 * drops "should not" for countries ("Britain should not join" is advice, not blame); `government`
 * (a target named "the government", a ministry) makes any "must" a demand.
 */
function criticalPredicate(units: Unit[], at: number, countryTarget: boolean, government = false): boolean {
  let j = at;
  let negated = false;
  let be = false;
  for (let steps = 0; steps < 6 && j < units.length; steps++, j++) {
    const u = units[j]!;
    if (u.k !== 'w') return false;
    const w = u.w;
    if (MODALS.has(w)) {
      let k = j + 1;
      if (isWordUnit(units[k], 'to')) k++;
      while (isWordUnit(units[k]) && ADVERBS_INSIDE.has((units[k] as WordUnit).w)) k++;
      if (isWordUnit(units[k], 'not', 'never') || (units[k] as WordUnit | undefined)?.w?.endsWith("n't"))
        return !negated && !countryTarget;
      if (
        isWordUnit(units[k], 'be') &&
        isWordUnit(
          units[k + 1],
          'ashamed',
          'punished',
          'sacked',
          'investigated',
          'prosecuted',
          'condemned',
          'stopped',
        )
      )
        return !negated;
      // '"The government must give a far clearer reason," he said': a demand on a government is blame.
      if (w === 'must' && government && isWordUnit(units[k]) && (units[k] as WordUnit).tags.has('Verb'))
        return !negated;
      return !negated && isWordUnit(units[k]) && CORRECTIVE_VERBS.has((units[k] as WordUnit).w);
    }
    if (isNegation(u) && !['failed', 'fails', 'failing'].includes(w)) {
      negated = true;
      continue;
    }
    if (w === 'failed' || w === 'fails' || w === 'failing') {
      if (negated) return false;
      const next = units[j + 1];
      if (isWordUnit(next, 'to')) return isWordUnit(units[j + 2]) && DUTIES.has((units[j + 2] as WordUnit).w);
      // "had failed its customers", "has failed them"
      return isWordUnit(
        next,
        'the',
        'this',
        'these',
        'our',
        'its',
        'their',
        'his',
        'her',
        'them',
        'us',
        'everyone',
        'ordinary',
        'voters',
        'people',
        'customers',
        'taxpayers',
        'patients',
        'pupils',
        'workers',
        'savers',
        'shareholders',
        'families',
        'farmers',
        'victims',
      );
    }
    // "the EU is putting commerce above human rights"
    if (PUT_VERBS.has(w)) {
      if (negated || !isWordUnit(units[j + 1]) || !BASE_MOTIVES.has((units[j + 1] as WordUnit).w))
        return false;
      return (
        isWordUnit(units[j + 2], 'above', 'before', 'over') ||
        (isWordUnit(units[j + 2], 'ahead') && isWordUnit(units[j + 3], 'of'))
      );
    }
    if (WRONGDOING_VERBS.has(w))
      return (
        !negated &&
        ((w !== 'broken' && w !== 'broke') ||
          isWordUnit(
            units[j + 1],
            'promises',
            'promise',
            'pledges',
            'pledge',
            'rules',
            'law',
            'laws',
            'word',
            'its',
            'his',
            'her',
            'their',
          ))
      );
    if (BE_FORMS.has(w) && w !== 'get' && w !== 'got' && w !== 'gets') {
      be = true;
      continue;
    }
    if (be) {
      if (
        NEGATIVE_VERDICTS.has(w) ||
        (w === 'risk' && isWordUnit(units[j - 1], 'security', 'safety', 'health', 'national'))
      )
        return !negated;
      if (w === 'to' && isWordUnit(units[j + 1], 'blame')) return !negated;
      // "is a security threat", "was a complete shambles": a short noun phrase ending in a verdict.
      if (
        u.tags.has('Adverb') ||
        ADVERBS_INSIDE.has(w) ||
        w === 'a' ||
        w === 'an' ||
        w === 'the' ||
        w === 'being'
      )
        continue;
      if ((u.tags.has('Adjective') || u.tags.has('Noun')) && !u.tags.has('Verb') && !u.tags.has('Pronoun'))
        continue;
      return false;
    }
    if (AUXILIARY_WORDS.has(w) || ADVERBS_INSIDE.has(w)) continue;
    return false;
  }
  return false;
}

/** The clause subject at `i` and where its predicate starts: "Y …" or "Y's plan …"; null when none. */
function clauseSubjectAt(su: SentenceUnits, i: number): { targets: number[]; predicate: number } | null {
  const units = su.units;
  let j = i;
  while (isWordUnit(units[j], 'the', 'that')) j++;
  const u = units[j];
  // "X said he lied": a pronoun may well be the speaker himself.
  if (!isEntity(u) || u.demonym || PRONOUNS.has(u.m.surface)) return null;
  const members = groupFrom(su, j);
  let after = members[members.length - 1]! + 1;
  if (u.poss || (units[members[members.length - 1]!] as EntityUnit).poss) {
    // "Y's plan was reckless", "Y's handling of the crisis had been a disaster"
    let k = after;
    // "Y's own policies": "own" is no adjective to the tagger.
    while (
      isWordUnit(units[k]) &&
      ((units[k] as WordUnit).tags.has('Adjective') || (units[k] as WordUnit).w === 'own') &&
      k < after + 2
    )
      k++;
    if (!isWordUnit(units[k]) || !POLICY_NOUNS.has((units[k] as WordUnit).w)) return null;
    k++;
    if (isWordUnit(units[k], 'of', 'on', 'to', 'towards', 'over')) {
      k++;
      while (
        k < units.length &&
        k < after + 8 &&
        isWordUnit(units[k]) &&
        !isMainVerb(units[k] as WordUnit) &&
        !AUXILIARY_WORDS.has((units[k] as WordUnit).w)
      )
        k++;
    }
    after = k;
  } else if (headedByNoun(units, j)) {
    return null;
  }
  return { targets: members, predicate: after };
}

/** "X said (that) Y had failed …", "X told reporters that Y must stop …". */
function matchSaidThat(
  su: SentenceUnits,
  i: number,
  out: Candidate[],
  previous: Mention[] | undefined,
): void {
  const units = su.units;
  const verb = units[i] as WordUnit;
  let j = i + 1;
  if (verb.w === 'told' || verb.w === 'tells') {
    // "told the BBC that …", "told reporters: …"
    while (j < units.length && j < i + 8 && !isWordUnit(units[j], 'that') && !isPunct(units[j], ':')) j++;
    if (j >= units.length || j >= i + 8) return;
    j++;
  } else {
    while (isPunct(units[j], ':', '"', ',')) j++;
    if (isWordUnit(units[j], 'on') && isWordUnit(units[j + 1])) j += 2; // "said on Monday that"
  }
  if (isWordUnit(units[j], 'that')) j++;
  const clause = clauseSubjectAt(su, j);
  if (!clause) return;
  const targets = mentionsAt(units, clause.targets);
  const country = targets.some((m) => m.type === 'Country' || m.type === 'Place');
  if (!criticalPredicate(units, clause.predicate, country, targets.some(isGovernment))) return;
  const speaker = speakerOf(su, i, previous);
  if (!speaker || hedgedBefore(units, i)) return;
  emit(out, speaker, targets, 0.55, 'speech-said-that');
}

/**
 * The subject of the verb at i: the entity before it, or for "He said …" opening the sentence the
 * one person the sentence before named.
 */
function speakerOf(su: SentenceUnits, i: number, previous: Mention[] | undefined): Mention[] | null {
  const units = su.units;
  const found = findSubject(su, i);
  if (found) return found.negated ? null : mentionsAt(units, found.members);
  if (!previous || previous.length === 0 || !isWordUnit(units[0], 'he', 'she')) return null;
  for (let j = 1; j < i; j++) {
    const u = units[j]!;
    if (
      u.k !== 'w' ||
      isNegation(u) ||
      !(u.tags.has('Adverb') || AUXILIARY_WORDS.has(u.w) || ADVERBS_INSIDE.has(u.w))
    )
      return null;
  }
  return previous;
}

function hedgedBefore(units: Unit[], i: number): boolean {
  for (let j = Math.max(0, i - 6); j < i; j++)
    if (isWordUnit(units[j]) && HEDGES.has((units[j] as WordUnit).w)) return true;
  return false;
}

/** The speaker a closing '…," said X' / '…," X said' / '…," he said' names; null when none. */
function closingSpeaker(
  su: SentenceUnits,
  previous: Mention[] | undefined,
): { speaker: Mention[]; end: number } | null {
  const units = su.units;
  let close = -1;
  for (let j = units.length - 1; j > 0 && j >= units.length - 8; j--) {
    if (isPunct(units[j], '"') && isPunct(units[j - 1], ',')) {
      close = j - 1;
      break;
    }
  }
  if (close < 0) return null;
  let k = close + 2;
  while (isWordUnit(units[k], 'the', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord')) k++;
  // '…," said X' / '…," X said' / '…," he said'
  if (isWordUnit(units[k]) && CLOSING_SPEECH.has((units[k] as WordUnit).w)) {
    k++;
    while (isWordUnit(units[k], 'the', 'mr', 'mrs', 'ms', 'dr', 'sir', 'lord')) k++;
    const speaker = units[k];
    return isEntity(speaker) && !speaker.demonym && !headedByNoun(units, k)
      ? { speaker: [speaker.m], end: close }
      : null;
  }
  const speaker = units[k];
  if (
    isEntity(speaker) &&
    !speaker.poss &&
    isWordUnit(units[k + 1]) &&
    CLOSING_SPEECH.has((units[k + 1] as WordUnit).w)
  )
    return { speaker: [speaker.m], end: close };
  if (
    isWordUnit(speaker, 'he', 'she') &&
    isWordUnit(units[k + 1]) &&
    CLOSING_SPEECH.has((units[k + 1] as WordUnit).w) &&
    previous &&
    previous.length > 0
  ) {
    // "… ," he said: the person who opened the sentence before.
    return { speaker: previous, end: close };
  }
  return null;
}

/** Only openers stand before j: '"But the government must …'. */
function startsSentence(units: Unit[], j: number): boolean {
  for (let k = 0; k < j; k++)
    if (!isWordUnit(units[k], 'the', 'but', 'and', 'so', 'yet', 'now')) return false;
  return true;
}

/** '"Y must stop this now," said X': the quote's subject at its start (or after "that"), the speaker after it. */
function matchQuoteSpeaker(su: SentenceUnits, out: Candidate[], previous: Mention[] | undefined): void {
  const units = su.units;
  const closing = closingSpeaker(su, previous);
  if (!closing) return;
  for (let j = 0; j < closing.end; j++) {
    const u = units[j]!;
    const opens =
      startsSentence(units, j) ||
      isWordUnit(units[j - 1], 'that', 'but', 'and') ||
      isPunct(units[j - 1], ',', ':');
    if (!isEntity(u) || !opens) continue;
    const clause = clauseSubjectAt(su, j);
    if (!clause) continue;
    const targets = mentionsAt(units, clause.targets);
    const country = targets.some((m) => m.type === 'Country' || m.type === 'Place');
    if (criticalPredicate(units, clause.predicate, country, targets.some(isGovernment))) {
      emit(out, closing.speaker, targets, 0.55, 'speech-quote');
      return;
    }
  }
}

/** "X urged Y to scrap the deal", "X called on Y not to lift the ban". */
function matchCorrectiveDemand(
  su: SentenceUnits,
  i: number,
  out: Candidate[],
  previous: Mention[] | undefined,
): void {
  const units = su.units;
  let j = i + 1;
  if ((units[i] as WordUnit).w.startsWith('call') || (units[i] as WordUnit).w.startsWith('demand')) {
    // "called on Y to …", "called for Y to end …"
    if (!isWordUnit(units[j], 'on', 'upon', 'for')) return;
    j++;
  }
  const subject = (): Mention[] | null => speakerOf(su, i, previous);
  // "urged voters not to vote for Y", "urged shoppers to boycott Y": the people asked are no entity.
  let k = j;
  while (
    k < j + 3 &&
    isWordUnit(units[k]) &&
    (units[k] as WordUnit).tags.has('Plural') &&
    !isMainVerb(units[k] as WordUnit)
  )
    k++;
  if (k > j) {
    const not = isWordUnit(units[k], 'not');
    const to = not ? k + 1 : k;
    const verb = units[to + 1];
    if (
      isWordUnit(units[to], 'to') &&
      isWordUnit(verb) &&
      (not ? SUPPORT_VERBS.has(verb.w) : verb.w === 'boycott' || verb.w === 'shun')
    ) {
      let o = to + 2;
      if (isWordUnit(units[o], 'for', 'in', 'from', 'with')) o++;
      const objects = findObject(su, o, 2);
      const speaker = objects ? subject() : null;
      if (objects && speaker) emit(out, speaker, mentionsAt(units, objects), 0.55, 'speech-urged-against');
    }
    return;
  }
  const found = personOrBodyAt(su, j);
  if (!found) return;
  const targets = found;
  k = targets[targets.length - 1]! + 1;
  const not = isWordUnit(units[k], 'not');
  if (not) k++;
  if (!isWordUnit(units[k], 'to')) return;
  const verb = units[k + 1];
  if (!isWordUnit(verb)) return;
  const corrective =
    CORRECTIVE_VERBS.has(verb.w) || (verb.w === 'think' && isWordUnit(units[k + 2], 'again'));
  if (!not && !corrective) return;
  const speaker = subject();
  if (speaker) emit(out, speaker, mentionsAt(units, targets), 0.6, 'speech-corrective-demand');
}

/** "X warned Y against lifting the ban", "X warned Y not to …". */
function matchWarning(su: SentenceUnits, i: number, out: Candidate[], previous: Mention[] | undefined): void {
  const units = su.units;
  const targets = personOrBodyAt(su, i + 1);
  if (!targets) return;
  const k = targets[targets.length - 1]! + 1;
  if (!(isWordUnit(units[k], 'against') || (isWordUnit(units[k], 'not') && isWordUnit(units[k + 1], 'to'))))
    return;
  const subject = speakerOf(su, i, previous);
  if (subject) emit(out, subject, mentionsAt(units, targets), 0.55, 'speech-warning');
}

/** "Y faced fierce criticism from X", "Y drew condemnation from X and Z". */
function matchFacedCriticism(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  while (
    isWordUnit(units[j]) &&
    j < i + 4 &&
    !CRITICISM_NOUNS.has((units[j] as WordUnit).w) &&
    (units[j] as WordUnit).tags.has('Adjective')
  )
    j++;
  if (
    !isWordUnit(units[j]) ||
    !CRITICISM_NOUNS.has((units[j] as WordUnit).w) ||
    !isWordUnit(units[j + 1], 'from')
  )
    return;
  const critics = findObject(su, j + 2, 3);
  const patients = findSubject(su, i);
  if (!critics || !patients || patients.negated) return;
  emit(out, mentionsAt(units, critics), mentionsAt(units, patients.members), 0.65, 'speech-faced-criticism');
}

/** The sentence's own subject: the entity (group) it opens with, before its first verb. */
function openingSubject(su: SentenceUnits): { members: number[]; verb: number } | null {
  const units = su.units;
  let j = 0;
  while (j < 4 && isWordUnit(units[j]) && !isMainVerb(units[j] as WordUnit) && !isEntity(units[j])) j++;
  const u = units[j];
  if (!isEntity(u) || u.poss || u.demonym || headedByNoun(units, j)) return null;
  const members = groupFrom(su, j);
  let k = members[members.length - 1]! + 1;
  // "X, an MEP for the East Midlands, resigned …": skip an apposition without a verb.
  if (isPunct(units[k], ',')) {
    let close = k + 1;
    while (close < units.length && close < k + 12 && !isPunct(units[close])) {
      const v = units[close]!;
      if (v.k === 'w' && (isMainVerb(v) || v.w === 'who' || v.w === 'which')) return null;
      close++;
    }
    if (!isPunct(units[close], ',') || close === k + 1) return null;
    k = close + 1;
  }
  while (
    isWordUnit(units[k]) &&
    (AUXILIARY_WORDS.has((units[k] as WordUnit).w) ||
      ADVERBS_INSIDE.has((units[k] as WordUnit).w) ||
      (units[k] as WordUnit).tags.has('Adverb'))
  )
    k++;
  const verb = units[k];
  return isWordUnit(verb) && isMainVerb(verb) ? { members, verb: k } : null;
}

/**
 * A critical participle clause whose subject is the sentence's: "X responded by accusing Y",
 * "X wrote to Y on Monday accusing him of …" (only when no other verb stands between).
 */
function matchCriticalGerund(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const near = findSubject(su, i);
  if (near && !isWordUnit(units[i - 1], 'by')) return; // the general triggers read it
  const opening = openingSubject(su);
  if (!opening || opening.verb >= i) return;
  for (let j = opening.verb + 1; j < i; j++) {
    const u = units[j]!;
    if (u.k === 'w' && PARTICLES.has(u.w)) continue;
    if (
      u.k === 'w' &&
      (isMainVerb(u) ||
        BE_FORMS.has(u.w) ||
        u.w === 'that' ||
        (isNegation(u) && !u.cap) ||
        SPEECH_VERBS.has(u.w))
    )
      return;
  }
  if (isNegation(units[opening.verb])) return;
  let targets: Mention[] | null = null;
  const next = units[i + 1];
  if (isWordUnit(next, 'him', 'her', 'it') && isWordUnit(units[i + 2], 'of', 'for', 'over')) {
    const antecedent = pronounAntecedent(units, i, next.w === 'it' ? 'body' : 'person', opening.members);
    if (antecedent) targets = [antecedent];
  } else {
    const objects = findObject(su, i + 1, 4, true, true);
    if (objects) targets = mentionsAt(units, objects);
  }
  if (targets) emit(out, mentionsAt(units, opening.members), targets, 0.6, 'speech-critical-gerund');
}

// "hit back by attacking": particles of a phrasal verb are no second verb.
const PARTICLES = new Set(['back', 'out', 'up', 'off', 'on']);

const BODY_TYPES = new Set(['Company', 'Organization', 'GovernmentBody', 'Fund', 'PoliticalParty']);

/** The nearest entity before i that a pronoun can stand for, other than the clause's subject. */
function pronounAntecedent(
  units: Unit[],
  i: number,
  kind: 'person' | 'body',
  exclude: number[],
): Mention | null {
  for (let j = i - 1; j >= 0; j--) {
    const u = units[j];
    if (!isEntity(u) || exclude.includes(j) || u.demonym) continue;
    if (kind === 'person' ? u.m.type === 'Person' : BODY_TYPES.has(u.m.type)) return u.m;
  }
  return null;
}

/** The entity (group) a sentence opens with, after a few words of description ("Ex-chat show host X"), before i; null when none. */
function firstEntityOf(su: SentenceUnits, i: number): { members: number[]; negated: boolean } | null {
  const units = su.units;
  for (let j = 0; j < i && j < 6; j++) {
    const u = units[j]!;
    if (isEntity(u)) {
      if (u.poss || u.demonym) return null;
      const members = groupFrom(su, j);
      for (let k = members[members.length - 1]! + 1; k < i; k++)
        if (isNegation(units[k])) return { members, negated: true };
      return { members, negated: false };
    }
    if (u.k !== 'w' || isMainVerb(u)) return null;
  }
  return null;
}

/** "accused him of …" after a plain subject: the pronoun stands for the nearest fitting entity before it. */
function matchPronounObject(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const pronoun = units[i + 1];
  if (!isWordUnit(pronoun, 'him', 'her', 'it') || !isWordUnit(units[i + 2], 'of', 'for', 'over')) return;
  // "X met Y and accused it of …": a second verb of the sentence's subject.
  const opening = isWordUnit(units[i - 1], 'and') ? openingSubject(su) : null;
  const fromOpening =
    opening && opening.verb < i
      ? { members: opening.members, negated: isNegation(units[opening.verb - 1]) }
      : isWordUnit(units[i - 1], 'and')
        ? firstEntityOf(su, i)
        : null;
  let subject = findSubject(su, i) ?? fromOpening;
  if (!subject || subject.negated) return;
  const kind = pronoun.w === 'it' ? 'body' : 'person';
  // "X has quit the Y party and accused it of …": the nearest entity is the first verb's object, not the subject.
  if (fromOpening && !pronounAntecedent(units, i, kind, subject.members)) subject = fromOpening;
  if (subject.negated) return;
  const antecedent = pronounAntecedent(units, i, kind, subject.members);
  if (antecedent) emit(out, mentionsAt(units, subject.members), [antecedent], 0.6, 'speech-pronoun-object');
}

const ACCUSE_VERBS = new Set([
  'accused',
  'accuses',
  'accuse',
  'blamed',
  'blames',
  'blame',
  'criticised',
  'criticized',
  'criticises',
  'criticizes',
  'attacked',
  'attacks',
  'condemned',
  'condemns',
  'rebuked',
]);

/**
 * Reads criticism in reported speech in one sentence; `discourse` tells who opened the sentence
 * before, for "He said …" and '…," he said'.
 */
export function matchReportedCriticism(su: SentenceUnits, out: Candidate[], discourse?: Discourse): void {
  const units = su.units;
  const prior = discourse?.priorPersons;
  const previous = prior && discourse.sentence - prior.sentence === 1 ? prior.mentions : undefined;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (u.k !== 'w') continue;
    if (SPEECH_VERBS.has(u.w)) matchSaidThat(su, i, out, previous);
    if (DEMAND_VERBS.has(u.w)) matchCorrectiveDemand(su, i, out, previous);
    if (WARN_VERBS.has(u.w)) matchWarning(su, i, out, previous);
    if (FACE_VERBS.has(u.w)) matchFacedCriticism(su, i, out);
    if (CRITICAL_GERUNDS.has(u.w)) matchCriticalGerund(su, i, out);
    if (ACCUSE_VERBS.has(u.w)) matchPronounObject(su, i, out);
    matchAttackNoun(su, i, out, previous);
    matchPronounLabel(su, i, out, previous);
  }
  matchQuoteSpeaker(su, out, previous);
}
