// Finds the names in one sentence: gazetteer and graph matches, capitalised runs typed by context, descriptors.
import type { EntityType } from '../../core/types.ts';
import { loadGazetteer, type GazetteerEntry, type Signals } from './gazetteer.ts';
import type { Form, FormKind, PhraseIndex } from './phrase-index.ts';
import { classifyName, isCommitteeField } from './classify-name.ts';
import { wordKey, type Word } from './words.ts';
import { lexiconTags } from './nlp.ts';

/** One place in a sentence that names (or may name) an entity, before coreference. */
export interface Candidate {
  sentence: number;
  wordStart: number;
  wordEnd: number;
  start: number;
  end: number;
  /** The name as written, possessive dropped ("Norway", "Hikivision", "Norway's oil fund"). */
  surface: string;
  /** The gazetteer or graph entity it names, when known. */
  entry?: GazetteerEntry;
  formKind?: FormKind;
  /** The type guessed from context when there is no entry. */
  type?: EntityType;
  /** 0 no evidence, 1 weak, 2 strong, 3 gazetteer/graph. */
  strength: number;
  /** compromise or the context says this is a person's name. */
  person: boolean;
  roles: string[];
  /** Found in a title-case line: only known names are trusted there. */
  headline: boolean;
  /** An acronym in brackets right after this name defines it: "(FQML)". */
  acronym?: string;
  /** The name this bracketed acronym was introduced for: "First Quantum Minerals Limited (FQML)". */
  expandsTo?: Candidate;
  /** Word keys of the surface. */
  words: string[];
  /** Looks like a name (no common words) and does not open its sentence: may stand untyped. */
  bareName?: boolean;
  /** Made of common words ("Food", "Foreign Affairs"): never a short form of a longer name. */
  common?: boolean;
  /** Named before a product noun ("Pegasus spyware"): its other mentions are the product too. */
  product?: boolean;
  /** Typed by a descriptor noun ("engineering group Jarvis"): outvotes weak person guesses elsewhere. */
  described?: boolean;
}

/** What the sentence scanner needs besides the words. */
export interface ScanContext {
  index: PhraseIndex;
  signals: Signals;
  /** Descriptor phrase (word keys joined by space) → entries it may denote after their country. */
  descriptors: Map<string, GazetteerEntry[]>;
  /** National parliaments by country code. */
  parliaments: Map<string, GazetteerEntry>;
  /** Entries named by a bare descriptor earlier in this article ("the oil fund"). */
  recentDescriptor: Map<string, GazetteerEntry>;
  /** How often each country (ISO code) was named so far in this article. */
  countryCounts: Map<string, number>;
  /** The last sentence that named each country (ISO code), directly or through its bodies. */
  countrySentences: Map<string, number>;
  /** Countries and places only, to find "Iranian" inside "Iranian parliament". */
  countryIndex: PhraseIndex;
  /** Word keys of the names found so far in this article ("Hartwell" may open a later sentence). */
  nameWords: Set<string>;
}

const CONNECTORS_ALWAYS = new Set(['of', 'de', 'du', 'da', 'di', 'von', 'van', 'der', 'den', 'del', 'la', 'le', 'al', 'bin', 'ibn', 'y']);
const CONNECTORS_AFTER_HEAD = new Set(['and', 'for', 'on', 'the', 'against']);
const HEAD_WORDS = new Set([
  'ministry', 'department', 'committee', 'commission', 'council', 'office', 'institute', 'university', 'college',
  'school', 'centre', 'center', 'alliance', 'party', 'campaign', 'coalition', 'movement', 'federation',
  'association', 'society', 'academy', 'bureau', 'agency', 'authority', 'secretary', 'house', 'union', 'league',
  'foundation', 'board', 'court', 'museum', 'general', 'staff', 'chamber',
]);
const PERSON_TAGS = ['Person', 'FirstName', 'MaleName', 'FemaleName', 'LastName', 'Honorific'];
const FUNCTION_TAGS = ['Determiner', 'Pronoun', 'Preposition', 'Conjunction', 'Adverb', 'QuestionWord', 'Verb', 'Modal', 'Auxiliary', 'Copula', 'Expression'];
const SPEECH_VERBS = new Set(['said', 'says', 'told', 'added', 'wrote', 'argued', 'stated', 'tweeted', 'explained', 'insisted', 'warned', 'noted', 'asked', 'answered', 'replied', 'stressed', 'confirmed', 'denied', 'announced']);
const COMPANY_CONTEXT = new Set([
  'company', 'companies', 'firm', 'firms', 'maker', 'manufacturer', 'supplier', 'shares', 'share', 'stake',
  'shareholder', 'shareholders', 'stock', 'stocks', 'lender', 'insurer', 'operator', 'carrier', 'airline',
  'subsidiary', 'rival', 'rivals', 'bid', 'takeover', 'merger', 'acquisition', 'brand', 'retailer', 'conglomerate',
  'giant', 'startup', 'start-up', 'ceo', 'vendor', 'contractor', 'producer', 'exporter', 'bidder', 'owner',
  'consortium', 'shipyard', 'plant', 'business', 'businesses', 'corporation', 'corporations', 'listed',
  'market', 'exchange', 'platform', 'bourse', 'clearing', 'lenders', 'banks', 'insurers', 'makers',
  'consultancy', 'lobbying', 'lobbyist', 'lobbyists', 'agency',
]);
const ROLE_BEFORE_COMMA_WINDOW = 6;
const HYPHEN_PREFIXES = new Set(['ex', 'former', 'pro', 'anti']);
// A descriptor noun right before a name, or in apposition ("engineering group Jarvis", "his party, Respect").
const DESCRIPTOR_NOUNS = new Map<string, EntityType>([
  ...['group', 'firm', 'company', 'conglomerate', 'operator', 'maker', 'manufacturer', 'bank', 'insurer', 'retailer',
    'airline', 'carrier', 'miner', 'producer', 'consortium', 'contractor', 'supplier'].map((w) => [w, 'Company'] as const),
  ['party', 'PoliticalParty'],
  ...['charity', 'union', 'tank'].map((w) => [w, 'Organization'] as const),
]);
const NAMING_WORDS = new Set(['named', 'called']);
const MARKET_ROLES = new Set([
  'analyst', 'analysts', 'economist', 'economists', 'strategist', 'strategists', 'trader', 'traders', 'broker', 'brokers',
  'banker', 'bankers', 'dealer', 'dealers', 'executive', 'executives', 'boss', 'bosses',
]);
// Verbs whose object is a business: "having bought Amey", "which owns Corvel".
const ACQUIRE_VERBS = new Set(['bought', 'buy', 'buys', 'buying', 'acquired', 'acquire', 'acquires', 'acquiring', 'owns', 'own', 'owned', 'owning', 'sold', 'sells', 'selling', 'merged', 'merge', 'merging']);
const ORGANIZATION_GROUPS = new Set(['campaign', 'pressure', 'lobby', 'advocacy', 'rights', 'activist', 'protest', 'support']);

/** True when most content words of the line are capitalised: a headline, menu or section title. */
export function isHeadline(words: Word[], sentenceText = ''): boolean {
  const content = words.filter((w) => /\p{L}{3,}/u.test(w.text) && !/^(?:and|the|of|for|with|from|over|into|onto|after|about|a|an|in|on|to|at|by|is|are|as|vs)$/i.test(w.text));
  if (content.length < 2) return content.length === 1 && content[0]!.capitalized && words.length <= 3;
  const capitalized = content.filter((w) => w.capitalized).length;
  const ratio = capitalized / content.length;
  // "Sanctions affect the Ministry of Defense, the Federal Security Service …." is a sentence.
  if (/[.!?]["”’)]?\s*$/.test(sentenceText)) return ratio === 1 && content.length <= 8;
  return ratio >= 0.8;
}

/** True when the line is page furniture: comment counters, newsletter prompts, log-in links. */
export function isNoise(sentenceText: string, signals: Signals): boolean {
  const line = sentenceText.trim();
  return signals.noisePatterns.some((re) => re.test(line));
}

/**
 * Scans one sentence's words for candidates. Headline lines yield only gazetteer/graph matches and
 * person names compromise recognises; other lines also yield capitalised runs typed by context.
 */
export function findCandidates(sentenceIndex: number, text: string, words: Word[], context: ScanContext, headline: boolean): Candidate[] {
  const { index, signals } = context;
  countryWeights = context.countryCounts;
  countrySentences = context.countrySentences;
  currentSentence = sentenceIndex;
  const noteCountry = (entry: GazetteerEntry, weight = 1) => {
    if (!entry.country) return;
    context.countryCounts.set(entry.country, (context.countryCounts.get(entry.country) ?? 0) + weight);
    context.countrySentences.set(entry.country, sentenceIndex);
  };
  const out: Candidate[] = [];
  const n = words.length;
  let pendingRoles: string[] = [];
  let afterRoleOf = false;
  let i = 0;

  const make = (start: number, end: number, fields: Partial<Candidate>): Candidate => {
    const first = words[start]!;
    const last = words[end - 1]!;
    return {
      sentence: sentenceIndex,
      wordStart: start,
      wordEnd: end,
      start: first.start,
      end: last.end,
      surface: text.slice(first.start, last.end),
      strength: 0,
      person: false,
      roles: [],
      headline,
      words: words.slice(start, end).map((w) => w.key),
      ...fields,
    };
  };

  while (i < n) {
    const word = words[i]!;

    // "the Commons trade committee", "the science and technology committee": a parliament's committee in lower case.
    const committee = headline ? undefined : matchLowerCaseCommittee(words, i);
    if (committee) {
      out.push(make(i, committee.end, { entry: committee.entry, formKind: 'name', strength: 3 }));
      i = committee.end;
      continue;
    }

    // Lower-case (or bare) descriptors: "Norway's oil fund", "the Norwegian parliament", "the oil fund".
    const descriptor = word.capitalized && index.matchAt(words, i) ? undefined : matchDescriptor(words, i, context);
    if (descriptor) {
      const candidate = resolveDescriptor(descriptor, words, i, out, context, make);
      if (candidate) out.push(candidate);
      i = descriptor.end;
      continue;
    }

    if (!word.capitalized || !joinableStart(word)) {
      i++;
      continue;
    }

    // "Ex-Labour", "Pro-Tory", "Anti-Brexit": the prefix names no one; the rest is read on its own.
    if (HYPHEN_PREFIXES.has(word.key) && i + 1 < n && words[i + 1]!.gap === '-' && words[i + 1]!.capitalized) {
      i++;
      continue;
    }

    // A dateline: "GENEVA (AP) —", "DENVER –".
    if (!headline && (i === 0 || /\n/.test(word.gap)) && word.allCaps && word.text.length >= 4 && !index.matchAt(words, i)) {
      let end = i + 1;
      while (end < n && words[end]!.allCaps && plainGap(words[end]!.gap)) end++;
      const after = text.slice(words[end - 1]!.end, words[end - 1]!.end + 3);
      if (/^\s*[(–—,-]/.test(after)) {
        out.push(make(i, end, { type: 'Place', strength: 2 }));
        i = end;
        continue;
      }
    }

    // Titles and roles before a name: "MP Mark Field", "Prime Minister Boris Johnson", "Mr. Faber",
    // "Minister of Defense Sergei Shoigu", "Deputy Chairman of the Security Council Dmitriy Medvedev".
    const roleMatch = headline ? undefined : matchRolePhrase(words, i, signals);
    // "Lord Browne" is a name; "Lord Lieutenant" a role.
    const role = roleMatch && PEER_TITLES.has(word.key) && roleMatch.end - i < 2 ? undefined : roleMatch;
    if (role && role.end < n && !index.matchAt(words, i)) {
      let after = role.end;
      const roles = [role.role];
      let more = matchRolePhrase(words, after, signals);
      while (more && words[after]!.capitalized && plainGap(words[after]!.gap)) {
        roles.push(more.role);
        after = more.end;
        more = after < n ? matchRolePhrase(words, after, signals) : undefined;
      }
      const nextWord = words[after];
      const runType = nextWord?.capitalized ? classifyName(words.slice(i, findRunEnd(words, i, signals, index)).map((w) => w.key), signals) : undefined;
      const organisationRun = runType && runType.strength === 2 && runType.type !== 'Person';
      if (nextWord && nextWord.capitalized && /^\.?[ \t]+$/.test(nextWord.gap) && !organisationRun) {
        pendingRoles = roles;
        afterRoleOf = false;
        i = after;
        continue;
      }
      if (nextWord && nextWord.key === 'of' && plainGap(nextWord.gap) && !organisationRun) {
        let k = after + 1;
        if (words[k]?.key === 'the') k++;
        if (words[k]?.capitalized) {
          pendingRoles = roles;
          afterRoleOf = true;
          i = k;
          continue;
        }
      }
    }

    const compassBeforeName = COMPASS.has(word.key) && words[i + 1]?.capitalized === true && plainGap(words[i + 1]!.gap);
    if (signals.notNames.has(word.key) && !index.matchAt(words, i) && !compassBeforeName) {
      // "Ministry of Defense", "Committee on Defense and Law Enforcement": a generic head word
      // opening a longer name is kept.
      const runType = headline ? undefined : classifyName(words.slice(i, findRunEnd(words, i, signals, index)).map((w) => w.key), signals);
      if (!runType || runType.strength < 2) {
        i++;
        pendingRoles = [];
        continue;
      }
    }
    if (isSentenceInitialFunctionWord(words, i) && !index.matchAt(words, i) && !context.nameWords.has(word.key)) {
      i++;
      continue;
    }

    const match = index.matchAt(words, i);
    const runEnd = headline ? (match?.end ?? i + 1) : findRunEnd(words, i, signals, index);

    // "the British Government", "the US Administration": the country itself, as "the UK government" is.
    if (match && !headline && match.end === runEnd - 1 && plainGap(words[match.end]!.gap) && COUNTRY_GOVERNMENT_WORDS.has(words[match.end]!.key)) {
      const form = pickForm(match.forms);
      if (form.entry.type === 'Country') {
        out.push(make(i, match.end, { entry: form.entry, formKind: form.kind, strength: 3 }));
        noteCountry(form.entry);
        i = runEnd;
        pendingRoles = [];
        afterRoleOf = false;
        continue;
      }
    }

    // "The European Department Director Hideki Uyama": an adjective opening a longer name.
    const demonymOpensName =
      match !== undefined &&
      !headline &&
      match.end < runEnd &&
      pickForm(match.forms).kind === 'demonym' &&
      index.matchAt(words, match.end)?.end !== runEnd &&
      (() => {
        const first = splitRun(words, i, runEnd, signals)[0]!;
        return !first.person && first.end > match.end && classifyName(words.slice(first.start, first.end).map((w) => w.key), signals)?.strength === 2;
      })();
    // "MP for Birmingham Ladywood", "Moscow Narodny Bank": a place opening a longer unknown name is
    // read with the rest of it, not split off.
    const placeOpensName =
      match !== undefined &&
      !headline &&
      match.end < runEnd &&
      plainGap(words[match.end]!.gap) &&
      pickForm(match.forms).entry.type === 'Place' &&
      pickForm(match.forms).kind !== 'demonym' &&
      !index.matchAt(words, match.end) &&
      // ("the Edinburgh MSP": a title after the place is no part of a name.)
      !signals.roleWords.has(words[match.end]!.key) &&
      !signals.honorifics.has(words[match.end]!.key);
    // "Mr Cartagena", "Minister Lyon": a town's name after a title is a person's.
    const cityAfterTitle = match !== undefined && pendingRoles.length > 0 && pickForm(match.forms).entry.city === true;
    // "Halifax said", "the Halifax has said", "Halifax chief economist": a firm named after its town.
    if (match && !headline && !cityAfterTitle && isFirmNamedLikeTown(words, i, match.end, pickForm(match.forms).entry)) {
      out.push(make(i, match.end, { type: 'Company', strength: 2 }));
      i = match.end;
      pendingRoles = [];
      continue;
    }
    // "denied links to Beijing", "targeted by Washington", "Moscow has denied": a capital for its government.
    const capitalCountry = match && !headline && !cityAfterTitle ? governmentOfCapital(words, i, match.end, pickForm(match.forms).entry, context.index) : undefined;
    if (capitalCountry) {
      out.push(make(i, match!.end, { entry: capitalCountry, formKind: 'alias', strength: 3 }));
      noteCountry(capitalCountry);
      i = match!.end;
      pendingRoles = [];
      continue;
    }
    if (match && !demonymOpensName && !placeOpensName && !cityAfterTitle) {
      const form = pickForm(match.forms);
      const restStart = match.end;
      const rest = words.slice(restStart, runEnd).map((w) => w.key);
      const whole = words.slice(i, runEnd).map((w) => w.key);
      const restType = rest.length > 0 ? classifyName(whole, signals, form.entry.type === 'Country' || form.entry.type === 'GovernmentBody') : undefined;
      const restJoined = rest.length > 0 && !['and', '&'].includes(rest[0]!);
      // "UK Trade & Investment", "UK Export Finance": a country and fields of government name an agency.
      if (!headline && restJoined && form.entry.type === 'Country' && rest.filter((k) => k !== 'and').length >= 2 && rest.every((k) => k === 'and' || isCommitteeField(k))) {
        out.push(make(i, runEnd, { type: 'GovernmentBody', strength: 2 }));
        i = runEnd;
        pendingRoles = [];
        continue;
      }
      // "the Russian Foreign Intelligence Service": a country adjective before a known name.
      if (!headline && restJoined && form.entry.type === 'Country') {
        const inner = index.matchAt(words, restStart);
        if (inner && inner.end === runEnd) {
          const innerForm = pickForm(inner.forms);
          if (innerForm.entry.type !== 'Country' && innerForm.entry.type !== 'Person') {
            // "the Norwegian Government Pension Fund": the fund, and Norway named by its adjective.
            if (innerForm.entry.type === 'Fund' || innerForm.entry.type === 'GovernmentBody') {
              out.push(make(i, restStart, { entry: form.entry, formKind: form.kind, strength: 3 }));
              noteCountry(form.entry);
            }
            out.push(make(i, runEnd, { entry: innerForm.entry, formKind: 'alias', strength: 3 }));
            i = runEnd;
            pendingRoles = [];
            continue;
          }
        }
      }
      if (!headline && restJoined && restType && restType.strength === 2 && form.entry.type !== 'Person') {
        if (rest.every((k) => LEGAL_SUFFIXES.has(k)) && form.entry.type === 'Company') {
          out.push(make(i, runEnd, { entry: form.entry, formKind: 'alias', strength: 3 }));
        } else {
          out.push(make(i, runEnd, { type: restType.type, strength: 2 }));
        }
        i = runEnd;
        pendingRoles = [];
        continue;
      }
      // "Huawei UK": a company followed by a country is its national subsidiary.
      if (!headline && ['Company', 'Organization'].includes(form.entry.type) && restStart < runEnd && plainGap(words[restStart]!.gap)) {
        const next = index.matchAt(words, restStart);
        if (next && next.end === runEnd && pickForm(next.forms).entry.type === 'Country' && pickForm(next.forms).kind !== 'demonym') {
          // "Huawei UK", "Transparency International UK": a national branch.
          out.push(make(i, runEnd, { type: form.entry.type, strength: 2 }));
          i = runEnd;
          continue;
        }
        // "Adani Ports", "Standard Life Investments": a company's name opening a longer name.
        const restWords = words.slice(restStart, runEnd);
        if (
          form.entry.type === 'Company' &&
          restJoined &&
          !next &&
          restWords.every(
            (w) =>
              !index.matchAt(words, words.indexOf(w)) &&
              !lexiconTags(w.key).some((t) => t === 'City' || t === 'Country' || t === 'Region') &&
              !signals.roleWords.has(w.key) &&
              !signals.honorifics.has(w.key) &&
              !w.tags.some((t) => PERSON_TAGS.includes(t)),
          )
        ) {
          out.push(make(i, runEnd, { type: 'Company', strength: 2 }));
          i = runEnd;
          continue;
        }
      }
      if (form.entry.common && isSentenceStart(words, i) && !words[i]!.tags.includes('ProperNoun')) {
        i = match.end;
        continue;
      }
      // "the Iranian parliament", "US Congress": the country named inside a government body's name.
      if (form.entry.type === 'GovernmentBody' && match.end - i > 1) {
        const inner = context.countryIndex.matchAt(words, i);
        if (inner && inner.end < match.end) {
          const innerEntry = pickForm(inner.forms).entry;
          out.push(make(i, inner.end, { entry: innerEntry, formKind: pickForm(inner.forms).kind, strength: 3 }));
          noteCountry(innerEntry);
        }
      }
      out.push(make(i, match.end, { entry: form.entry, formKind: form.kind, strength: 3, roles: [] }));
      noteCountry(form.entry, form.entry.type === 'Country' ? 1 : 0.5);
      i = match.end;
      pendingRoles = [];
      afterRoleOf = false;
      continue;
    }

    if (headline) {
      // In a title-case line only compromise's confident person names are trusted.
      let end = i;
      while (end < n && end - i < 3 && words[end]!.capitalized && (end === i || plainGap(words[end]!.gap) || words[end]!.gap === '-') && !index.matchAt(words, end) && !signals.notNames.has(words[end]!.key)) end++;
      const span = words.slice(i, end);
      const firstNamed = span[0]!.tags.includes('FirstName') || (span[1]?.gap === '-' && span[1]!.tags.includes('FirstName') && span[0]!.tags.includes('Person'));
      if (span.length >= 2 && firstNamed && span.slice(1).every((w) => looksLikeNameWord(w, signals) && !w.tags.some((t) => FUNCTION_TAGS.includes(t) || t === 'Plural' || t === 'Adjective'))) {
        out.push(make(i, end, { type: 'Person', strength: 2, person: true }));
      }
      i = Math.max(end, i + 1);
      continue;
    }

    // A generic capitalised run, cut where a known name starts inside it unless its head word types
    // the whole run ("Church of England Pensions Board").
    // "The Church": the article is no part of the name.
    if (word.key === 'the' && runEnd > i + 1) {
      i++;
      continue;
    }
    let end = runEnd;
    const wholeKeys = words.slice(i, end).map((w) => w.key);
    const wholeType = classifyName(wholeKeys, signals, false);
    // "Aker BP": an unknown name before a known company's name, ending the run, is one company.
    const companyTail = (() => {
      if (end - i !== 2 && end - i !== 3) return false;
      const tail = index.matchAt(words, end - 1) ?? index.matchAt(words, i + 1);
      const first = words[i]!;
      return (
        tail !== undefined &&
        tail.start === i + 1 &&
        tail.end === end &&
        pickForm(tail.forms).entry.type === 'Company' &&
        !first.tags.some((t) => PERSON_TAGS.includes(t)) &&
        !signals.roleWords.has(first.key) &&
        !signals.honorifics.has(first.key) &&
        looksLikeNameWord(first, signals)
      );
    })();
    if (companyTail) {
      out.push(make(i, end, { type: 'Company', strength: 2 }));
      pendingRoles = [];
      i = end;
      continue;
    }
    let placeBrand = false;
    if (!wholeType || wholeType.strength < 2) {
      for (let k = i + 1; k < end; k++) {
        const inner = index.matchAt(words, k);
        if (inner && !CONNECTORS_ALWAYS.has(words[k - 1]!.key)) {
          // "Alcohol Focus Scotland", "Sport England": common nouns before a country or region name a body.
          placeBrand = inner.end === end && k - i <= 3 && isPlaceBrand(words, i, k, pickForm(inner.forms));
          if (placeBrand) break;
          // "Air India", "Radio Free Europe": one common word before a known name is part of a name.
          // ("Senior Labour backbencher": an adjective is no part of it, but "Greater London", "Great Yarmouth" are one place.)
          const lone =
            k === i + 1 &&
            !looksLikeNameWord(words[i]!, signals) &&
            !signals.honorifics.has(words[i]!.key) &&
            !signals.roleWords.has(words[i]!.key) &&
            !NAME_OPENERS.has(words[i]!.key) &&
            (!lexiconTags(words[i]!.key).includes('Adjective') ||
              ((COMPASS.has(words[i]!.key) || PLACE_PREFIXES.has(words[i]!.key)) && ['Place', 'Country'].includes(pickForm(inner.forms).entry.type)));
          // "Lisa Blunt Rochester", "Jack London", "Michael Dell", "Michael Jordan": a town's, a firm's or a country's one-word name
          // may close a person's name.
          const innerType = pickForm(inner.forms).entry.type;
          const surnamePlace =
            inner.end === end &&
            (innerType === 'Place' || ((innerType === 'Company' || innerType === 'Country') && inner.end - k === 1)) &&
            words[i]!.tags.includes('FirstName') &&
            k - i <= 2;
          if (!lone && !surnamePlace) end = k;
          break;
        }
      }
    }
    if (placeBrand) {
      // ("flag carrier Air India": a firm when business words stand around it.)
      out.push(make(i, end, { type: hasCompanyContext(words, i, end) ? 'Company' : 'Organization', strength: 1 }));
      pendingRoles = [];
      afterRoleOf = false;
      i = end;
      continue;
    }
    while (end > i + 1 && (CONNECTORS_ALWAYS.has(words[end - 1]!.key) || CONNECTORS_AFTER_HEAD.has(words[end - 1]!.key))) end--;
    for (const segment of splitRun(words, i, end, signals)) {
      const roles = segment.person ? [...pendingRoles, ...(segment.role ? [segment.role] : [])] : [];
      // After "Minister of …" an untyped head is part of the title ("Minister of Foreign Affairs").
      const candidate = typeRun(words, segment.start, segment.end, signals, index, roles, make, segment.person, afterRoleOf && !segment.person);
      if (candidate) out.push(candidate);
    }
    pendingRoles = [];
    afterRoleOf = false;
    i = end;
  }

  markAcronymDefinitions(out, words, text);
  for (const c of out) if (!c.entry) for (const key of c.words) context.nameWords.add(key);
  return out;
}

const COUNTRY_GOVERNMENT_WORDS = new Set(['government', 'governments', 'administration', 'authorities']);

const COMPASS = new Set(['north', 'south', 'east', 'west', 'northern', 'southern', 'eastern', 'western', 'central', 'upper', 'lower', 'greater']);

const PLACE_PREFIXES = new Set(['new', 'san', 'santa', 'los', 'las', 'st', 'saint', 'port', 'fort', 'mount', 'lake', 'cape', 'el', 'la', 'great', 'little', 'old', 'north', 'south']);

// Words that describe who follows ("Veteran Labour MP …"), never part of the name after them.
const NAME_OPENERS = new Set(['veteran', 'senior', 'leading', 'prominent', 'former', 'outgoing', 'incoming', 'rebel', 'maverick', 'fellow', 'ex']);

const WEEKDAYS = new Set(['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday']);

const MONTHS = new Set(['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']);

const LEGAL_SUFFIXES = new Set(['ltd', 'limited', 'plc', 'inc', 'incorporated', 'corp', 'corporation', 'co', 'llc', 'llp', 'lp', 'ag', 'sa', 'se', 'nv', 'bv', 'asa', 'ab', 'oy', 'oyj', 'gmbh', 'spa', 'pjsc', 'ojsc', 'jsc', 'pty', 'bhd', 'kk', 'technologies', 'technology', 'holdings', 'group']);

let countryWeights: Map<string, number> = new Map();
let countrySentences: Map<string, number> = new Map();
let currentSentence = -1;

function pickForm(forms: Form[]): Form {
  // The graph's own entities first, then names over aliases, then the entity of the country named
  // in this sentence, else most in the article ("Treasury" in an article about the US is the US Treasury).
  const weight = (f: Form) =>
    f.entry.country ? (countryWeights.get(f.entry.country) ?? 0) + (countrySentences.get(f.entry.country) === currentSentence ? 100 : 0) : 0;
  return [...forms].sort((a, b) => Number(b.known) - Number(a.known) || rank(a.kind) - rank(b.kind) || weight(b) - weight(a))[0]!;
}
function rank(kind: FormKind): number {
  return kind === 'name' ? 0 : kind === 'alias' ? 1 : 2;
}

function plainGap(gap: string): boolean {
  return /^[ \t]+$/.test(gap);
}

function joinableStart(word: Word): boolean {
  return /\p{L}/u.test(word.text);
}

function isSentenceStart(words: Word[], i: number): boolean {
  return i === 0 || /["“‘(\n•*]/.test(words[i]!.gap) || /[.:!?]\s*$/.test(words[i]!.gap) || /\s[-–—]\s/.test(words[i]!.gap);
}

function isSentenceInitialFunctionWord(words: Word[], i: number): boolean {
  if (!isSentenceStart(words, i)) return false;
  const tags = words[i]!.tags;
  if (tags.some((t) => PERSON_TAGS.includes(t) || t === 'Place' || t === 'Organization' || t === 'Acronym')) return false;
  if (tags.includes('ProperNoun') && !tags.some((t) => FUNCTION_TAGS.includes(t))) return false;
  const next = words[i + 1];
  // "Northgate Copper Mining …": compromise guesses an unknown opening word is a verb.
  const joined = (w: Word) => plainGap(w.gap) || w.gap === '-';
  if (next && next.capitalized && joined(next) && lexiconTags(words[i]!.key).length === 0 && !/(?:ed|ing|ly)$/.test(words[i]!.key)) return false;
  if (tags.some((t) => FUNCTION_TAGS.includes(t) || t === 'Adjective' || t === 'Value')) return true;
  // An ordinary noun opening a sentence ("Sanctions affect …") is no name unless a name follows
  // it or it is quoted ("\"Irkut\"").
  if (/["“‘]$/.test(words[i]!.gap)) return false;
  return !(next && next.capitalized && joined(next));
}

function isAbbreviation(word: Word, signals: Signals): boolean {
  return word.text.length === 1 || signals.honorifics.has(word.key) || /^(st|jr|sr|mt|ft|no)$/i.test(word.key);
}

/** Where a capitalised run starting at `i` ends (exclusive). */
function findRunEnd(words: Word[], i: number, signals: Signals, index: PhraseIndex): number {
  const n = words.length;
  let j = i + 1;
  while (j < n) {
    const prev = words[j - 1]!;
    const cur = words[j]!;
    if (prev.possessive && !(prev.tags.includes('Plural') && !prev.tags.includes('Person'))) break;
    const gap = cur.gap;
    const gapOk =
      plainGap(gap) ||
      gap === '-' ||
      /^[ \t]*&[ \t]*$/.test(gap) ||
      (/^\.[ \t]+$/.test(gap) && isAbbreviation(prev, signals)) ||
      (/^['’][ \t]+$/.test(gap) && prev.possessive);
    if (!gapOk) {
      // "Culture, Media and Sport Committee": fields of government listed with commas before the head.
      const listEnd = /^,[ \t]*$/.test(gap) ? fieldListEnd(words, i, j) : -1;
      if (listEnd > 0) j = listEnd;
      break;
    }
    // "D-Denver": a party letter before a place.
    if (gap === '-' && prev.text.length === 1) break;
    // "OGK-2": a number hyphenated to a name.
    if (gap === '-' && /^\d+$/.test(cur.text)) {
      j++;
      continue;
    }
    if (cur.capitalized && !signals.notNames.has(cur.key)) {
      j++;
      continue;
    }
    // "Theresa May": a month after a first name is a surname.
    if (cur.capitalized && MONTHS.has(cur.key) && (prev.tags.includes('FirstName') || prev.tags.includes('Person'))) {
      j++;
      continue;
    }
    // "the Finance Ministry on Wednesday", "the Court of Appeal in May": dates end a name.
    if (cur.capitalized && (WEEKDAYS.has(cur.key) || (MONTHS.has(cur.key) && (CONNECTORS_ALWAYS.has(prev.key) || CONNECTORS_AFTER_HEAD.has(prev.key))))) break;
    if (cur.capitalized && signals.notNames.has(cur.key)) {
      // "Foreign Office", "Security Council": a generic noun as the head of a longer name.
      const headKeys = words.slice(i, j + 1).map((w) => w.key);
      // Any typing head will do here ("Advisory Committee on Business Appointments").
      if (j > i && classifyName(headKeys, signals) !== undefined && !signals.honorifics.has(cur.key)) {
        j++;
        continue;
      }
      break;
    }
    // "Ursula von der Leyen", "Pieter van den Berg": particles run on to the surname.
    let after = j + 1;
    while (after < n && CONNECTORS_ALWAYS.has(words[after]!.key) && after - j < 2 && plainGap(words[after]!.gap)) after++;
    const next = words[after];
    if (!next || !next.capitalized || !plainGap(next.gap)) break;
    if (CONNECTORS_ALWAYS.has(cur.key) && after > j + 1) {
      j = after;
      continue;
    }
    if (CONNECTORS_ALWAYS.has(cur.key)) {
      // "Neal Dunn of Florida": a person's name ends before "of" (but "Lord Browne of Madingley").
      const peer = PEER_TITLES.has(words[i]!.key) || (i > 0 && PEER_TITLES.has(words[i - 1]!.key));
      if (cur.key === 'of' && !peer && prev.tags.some((t) => PERSON_TAGS.includes(t)) && !signals.honorifics.has(words[i]!.key)) break;
      j += 1;
      continue;
    }
    if (CONNECTORS_AFTER_HEAD.has(cur.key)) {
      const before = words.slice(i, j).map((w) => w.key);
      const headed = before.some((k) => HEAD_WORDS.has(k)) || (cur.key === 'the' && CONNECTORS_ALWAYS.has(prev.key));
      let ahead = j + 1;
      while (ahead < n && words[ahead]!.capitalized && plainGap(words[ahead]!.gap)) ahead++;
      const aheadType = classifyName([...before, cur.key, ...words.slice(j + 1, ahead).map((w) => w.key)], signals);
      const leftKnown = index.matchAt(words, i)?.end === j;
      // "G7 Group and World Economic Forum": a known name after "and" is a second name.
      if (cur.key === 'and' && index.matchAt(words, j + 1)?.end === ahead) break;
      // "UPS and Deutsche Post": an acronym before "and" is a name of its own.
      if (cur.key === 'and' && prev.allCaps) break;
      if (!leftKnown && (headed || (cur.key === 'and' && aheadType && aheadType.strength === 2 && aheadType.type !== 'PoliticalParty'))) {
        j += 1;
        continue;
      }
    }
    break;
  }
  return j;
}

/**
 * Where a name of fields of government listed with commas ends ("Culture, Media and Sport
 * Committee"), or -1: every word from `i` is a field, "and" before the last, then a committee or
 * department head word.
 */
function fieldListEnd(words: Word[], i: number, comma: number): number {
  // "Department for Digital, Culture, Media and Sport": a head word and "for"/"of" may open the list.
  const headed = FIELD_LIST_HEADS.has(words[i]!.key) && ['for', 'of', 'on'].includes(words[i + 1]?.key ?? '');
  for (let k = headed ? i + 2 : i; k < comma; k++) if (!isCommitteeField(words[k]!.key) && !CONNECTORS_AFTER_HEAD.has(words[k]!.key)) return -1;
  let k = comma;
  let joined = false;
  while (k < words.length && k - comma < 8) {
    const w = words[k]!;
    if (k > comma && !plainGap(w.gap) && !/^,[ \t]*$/.test(w.gap)) break;
    if (w.key === 'and' && !w.capitalized) joined = true;
    else if (!w.capitalized) break;
    else if (FIELD_LIST_HEADS.has(w.key) && !headed) return joined ? k + 1 : -1;
    else if (!isCommitteeField(w.key)) return -1;
    k++;
  }
  return headed && joined && words[k - 1]!.key !== 'and' ? k : -1;
}

const FIELD_LIST_HEADS = new Set(['committee', 'commission', 'department', 'ministry', 'office', 'council', 'agency']);

interface RoleMatch {
  role: string;
  end: number;
}

/** A role or title phrase (1–3 words) starting at `i`: "MP", "Prime Minister", "Mr", "chief executive". */
function matchRolePhrase(words: Word[], i: number, signals: Signals): RoleMatch | undefined {
  for (let len = 3; len >= 1; len--) {
    if (i + len > words.length) continue;
    const span = words.slice(i, i + len);
    if (span.slice(1).some((w) => !plainGap(w.gap) && w.gap !== '-')) continue;
    const phrase = span.map((w) => w.key).join(' ');
    if (signals.roleWords.has(phrase) || (len === 1 && signals.honorifics.has(phrase))) {
      return { role: formatRole(phrase), end: i + len };
    }
  }
  return undefined;
}

function formatRole(phrase: string): string {
  return /^(mp|mep|msp|ceo|cfo|coo|cto)$/.test(phrase) ? phrase.toUpperCase() : phrase;
}

/** A role phrase ending right before word `i` ("finance minister Siv Jensen", "Labour Party member Karen Lee"). */
function roleBefore(words: Word[], i: number, signals: Signals): string | undefined {
  if (i === 0 || !plainGap(words[i]!.gap)) return undefined;
  for (let len = 3; len >= 1; len--) {
    const start = i - len;
    if (start < 0) continue;
    const span = words.slice(start, i);
    if (span.slice(1).some((w) => !plainGap(w.gap) && w.gap !== '-')) continue;
    const phrase = span.map((w) => w.key).join(' ');
    if (signals.roleWords.has(phrase) || phrase === 'member' || (len === 1 && signals.honorifics.has(phrase))) return formatRole(phrase);
  }
  return undefined;
}

/** A role in an apposition after the name: "X, the finance minister", "X, who is also the leader of", "X MP". */
function roleAfter(words: Word[], end: number, signals: Signals): string | undefined {
  const next = words[end];
  if (!next) return undefined;
  if (plainGap(next.gap) && ['mp', 'mep', 'msp', 'qc', 'kc'].includes(next.key)) return next.key.toUpperCase();
  if (!/^,[ \t]*$/.test(next.gap)) return undefined;
  for (let k = end; k < Math.min(words.length, end + 6); k++) {
    const word = words[k]!;
    if (k > end && !plainGap(word.gap) && word.gap !== '-') break;
    if (word.key === 'and' || word.key === 'or') break;
    const role = matchRolePhrase(words, k, signals);
    // "…, and Sir Ken Olisa": a title before another name opens a new person, not an apposition.
    if (role && PERSONAL_TITLES.has(word.key) && words[role.end]?.capitalized) break;
    if (role && isPersonalRole(role.role)) return role.role;
  }
  return undefined;
}

/** A role noun shortly before a comma that introduces the name: "a Norwegian lawmaker in Norway's Parliament, Audun Lysbakken". */
function roleBeforeComma(words: Word[], i: number, signals: Signals): string | undefined {
  if (!/^,[ \t]*$/.test(words[i]!.gap)) return undefined;
  for (let k = i - 1; k >= Math.max(0, i - ROLE_BEFORE_COMMA_WINDOW); k--) {
    const singular = words[k]!.key.replace(/s$/, '');
    const role = matchRolePhrase(words, k, signals) ?? (signals.roleWords.has(singular) ? { role: formatRole(singular), end: k + 1 } : undefined);
    if (role && isPersonalRole(role.role) && !words[k]!.capitalized) return role.role;
    if (k < i - 1 && /[,;:.]/.test(words[k + 1]!.gap)) break;
  }
  return undefined;
}

/** "mayors at Doncaster, Hartlepool, North Tyneside and …": a name with more names listed after it. */
function continuesList(words: Word[], end: number): boolean {
  const next = words[end];
  if (!next) return false;
  if (/^,[ \t]*$/.test(next.gap) && next.capitalized) return true;
  return (next.key === 'and' || next.key === 'or') && plainGap(next.gap) && words[end + 1]?.capitalized === true;
}

const PERSONAL_TITLES = new Set(['mr', 'mrs', 'ms', 'miss', 'dr', 'sir', 'dame', 'lord', 'lady', 'prof', 'rev', 'baroness', 'baron']);

const ORGANISATION_ROLES = new Set(['owner', 'partner', 'investor', 'shareholder', 'official', 'manager', 'trader', 'executive', 'head', 'leader', 'general']);

function isPersonalRole(role: string): boolean {
  return PERSONAL_ROLES.test(role) || !ORGANISATION_ROLES.has(role);
}

const PERSONAL_ROLES = /^(MP|MEP|MSP|CEO|CFO|COO|CTO|lawmaker|legislator|senator|congress(wo)?man|(\w+ )?minister|(\w+ )?secretary|president|vice[ -]president|chancellor|chief executive( officer)?|chief (financial|operating) officer|chair(man|woman|person)?|spokes(man|woman|person)|founder|co-founder|(party |deputy |opposition )?leader|governor|mayor|ambassador|director|managing director|head|premier|prime minister|analyst|lawyer|judge|prosecutor|journalist|reporter|editor|author|researcher|professor|adviser|advisor|aide|diplomat|banker|investor|activist|economist|fund manager|portfolio manager|executive|general|admiral|commander|whip|speaker)$/;

function typeRun(
  words: Word[],
  i: number,
  end: number,
  signals: Signals,
  index: PhraseIndex,
  pendingRoles: string[],
  make: (start: number, end: number, fields: Partial<Candidate>) => Candidate,
  forcedPerson = false,
  titlePart = false,
): Candidate | undefined {
  const span = words.slice(i, end);
  const keys = span.map((w) => w.key);
  if (span.every((w) => signals.notNames.has(w.key))) return undefined;
  const lastKey = keys[keys.length - 1]!;
  // "General Secretary", "Secretary": titles alone name no one.
  if (keys.every((k) => signals.roleWords.has(k) || signals.honorifics.has(k))) return undefined;
  // "anti-Semitic", "pro-Kremlin": a capitalised word hyphenated to a lower-case prefix.
  if (span[0]!.gap === '-' && i > 0 && !words[i - 1]!.capitalized) return undefined;
  // "Paris Agreement", "Magnitsky Act": laws, treaties and events are no entities (but "the
  // lobbying firm Hanbury Strategy" is a firm).
  const firmBefore = i > 0 && plainGap(words[i]!.gap) && COMPANY_CONTEXT.has(words[i - 1]!.key);
  // ("Jack Law, chief executive of …" is a person: a first name before the head, and a role or speech.)
  const personNamed =
    keys.length === 2 &&
    span[0]!.tags.includes('FirstName') &&
    (pendingRoles.length > 0 || roleAfter(words, end, signals) !== undefined || roleBefore(words, i, signals) !== undefined || SPEECH_VERBS.has(words[end]?.key ?? ''));
  if (signals.nonEntityHeads.has(lastKey) && keys.length > 1 && !firmBefore && !personNamed) return undefined;
  // A lone generic word ("Corporation", "Ministry") names nothing.
  if (keys.length === 1 && isSuffixWord(lastKey, signals)) return undefined;
  // "Investors", "Officials": a lone plural common noun names no one.
  if (keys.length === 1 && span[0]!.tags.includes('Plural') && !span[0]!.allCaps && !CAMEL_CASE.test(span[0]!.text)) return undefined;
  // "5G", "4K": codes with digits are no names.
  if (keys.length === 1 && /\d/.test(lastKey) && !span[0]!.allCaps) return undefined;
  // Strip a trailing generic word: "Hikvision Technology" keeps its suffix, but "UK Letter" never gets here.
  const countryInside = span.some((_, k) => {
    const m = index.matchAt(words, i + k);
    return m !== undefined && m.forms.some((f) => f.entry.type === 'Country');
  });
  const guess = classifyName(keys, signals, countryInside);
  const roles = [...pendingRoles];
  const kin = i > 0 && plainGap(words[i]!.gap) && signals.kinWords.has(words[i - 1]!.key);
  const before = roleBefore(words, i, signals);
  if (before && !roles.includes(before)) roles.push(before);
  const after = roleAfter(words, end, signals);
  if (after && !roles.includes(after)) roles.push(after);
  const commaRole = roles.length === 0 && !continuesList(words, end) ? roleBeforeComma(words, i, signals) : undefined;
  if (commaRole) roles.push(commaRole);

  const personTagged =
    span[0]!.tags.includes('FirstName') ||
    (span.some((w) => w.tags.some((t) => PERSON_TAGS.includes(t))) && !span.some((w) => w.tags.includes('Organization') && !w.tags.some((t) => PERSON_TAGS.includes(t))));
  const nameShaped = span.length >= 2 && span.length <= 4 && span.every((w) => w.capitalized && !w.allCaps && w.text.length > 1);
  const next = words[end];
  const speaks = next !== undefined && SPEECH_VERBS.has(next.key) && (plainGap(next.gap) || /^,[ \t]*$/.test(next.gap));
  const acronym = span.length === 1 && span[0]!.allCaps;

  let type: EntityType | undefined;
  let strength = 0;
  let person = false;
  const plainWords = span.every((w) => !w.tags.some((t) => t === 'Plural' || t === 'Adjective' || t === 'Verb' || t === 'Value' || FUNCTION_TAGS.includes(t)));
  const nameLike = span.some((w) => w.tags.includes('FirstName')) || span.every((w) => CONNECTORS_ALWAYS.has(w.key) || looksLikeNameWord(w, signals));
  const placeWord = (w: Word) => lexiconTags(w.key).some((t) => t === 'City' || t === 'Region' || t === 'Place' || t === 'Country');
  // "Beijing", "Greater London", "New Hampshire" (but "Air India" is an airline).
  const lexiconPlace =
    span.length <= 2 &&
    span.some(placeWord) &&
    span.every((w) => placeWord(w) || COMPASS.has(w.key) || PLACE_PREFIXES.has(w.key) || lexiconTags(w.key).length === 0);
  const ownsRole = span[span.length - 1]!.possessive && roleStartsAt(words, end, signals);
  // "Scottish", "Foreign": a lone adjective is no name (but "Beijing-based" names Beijing).
  if (keys.length === 1 && span[0]!.tags.includes('Adjective') && !span[0]!.tags.includes('ProperNoun') && !lexiconPlace) return undefined;
  const peer = PEER_TITLES.has(keys[0]!) && span.length >= 2;
  const described = lexiconPlace || forcedPerson || kin || peer || (nameShaped && span[0]!.tags.includes('FirstName')) ? undefined : descriptorType(words, i, end, index);
  if (guess && guess.strength === 2 && !(described === 'PoliticalParty' && guess.type === 'Organization')) {
    type = guess.type;
    strength = 2;
  } else if (described) {
    type = described;
    strength = 2;
  } else if (span.length >= 2 && span.slice(1).some((w, k) => isAmpersandJoin(span[k]!, w)) && !span[0]!.allCaps) {
    // "Tate & Lyle", "Procter & Gamble": names joined by an ampersand are firms.
    type = 'Company';
    strength = 2;
  } else if (span.length === 1 && next2Word(words, end)?.match(/^(administration|presidency|premiership|government|cabinet)$/) && span[0]!.tags.some((t) => PERSON_TAGS.includes(t) || t === 'ProperNoun') && !lexiconPlace) {
    // "the Biden administration", "the Johnson government": a leader's surname.
    type = 'Person';
    strength = 1;
    person = true;
  } else if (isSeat(words, i) || beforeSeatNoun(words, end) || (after !== undefined && /^(?:MP|MEP|MSP)$/.test(after) && roles.length === 1 && (lexiconPlace || COMPASS.has(keys[0]!)))) {
    // "the MP for Lincoln", and "the East Midlands MEP": a constituency before its member's title.
    type = 'Place';
    strength = 2;
    roles.length = 0;
  } else if (titlePart && !lexiconPlace) {
    return undefined;
  } else if ((forcedPerson || kin || peer) && !acronym) {
    type = 'Person';
    strength = 2;
    person = true;
  } else if (roles.length > 0 && !acronym && (nameShaped || personTagged || (span.length === 1 && nameLike))) {
    type = 'Person';
    strength = 2;
    person = true;
  } else if (personTagged && (nameShaped || span.length === 1) && !acronym && nameLike && !(span.length === 1 && beforePluralNoun(words, end))) {
    type = 'Person';
    strength = nameShaped && span[0]!.tags.includes('FirstName') ? 2 : 1;
    person = true;
  } else if (guess) {
    type = guess.type;
    strength = 1;
  } else if (nameShaped && speaks && (nameLike || plainWords)) {
    type = 'Person';
    strength = 1;
    person = true;
  } else if (span.some((w) => w.tags.includes('Place') || w.tags.includes('City') || w.tags.includes('Region'))) {
    // "flag carrier Air India": a place inside a longer name with business words around is a company.
    type = span.length > 1 && !lexiconPlace && hasCompanyContext(words, i, end) ? 'Company' : 'Place';
    strength = 1;
  } else if (span.length === 1 && span[0]!.gap === '/' && i > 0 && words[i - 1]!.capitalized) {
    // A photo credit "(Dominic Steinmann/Keystone via AP)": the agency after the photographer.
    type = 'Organization';
    strength = 1;
  } else if (ownsRole && !lexiconPlace) {
    // "CtW's executive director": whoever has a director is an organisation.
    type = hasCompanyContext(words, i, end) ? 'Company' : 'Organization';
    strength = 1;
  } else if (acronym) {
    // An acronym the text does not introduce may still join a name it abbreviates; alone it is
    // kept only next to a company word ("the TAV consortium").
    const nextWord = words[end];
    if (nextWord && plainGap(nextWord.gap) && ACRONYM_COMPANY_NOUNS.has(nextWord.key)) {
      type = 'Company';
      strength = 1;
    }
  } else if (lexiconPlace && !personTagged) {
    type = 'Place';
    strength = 1;
  } else if ((span.some((w) => w.tags.includes('Organization')) && nameLike) || span.some((w) => CAMEL_CASE.test(w.text))) {
    // compromise's organisations, and "WorldCom", "ByteDance": inner capitals mark brands.
    const companyLike = hasCompanyContext(words, i, end) || span.some((w) => CAMEL_CASE.test(w.text));
    type = companyLike ? 'Company' : 'Organization';
    // compromise's bare "organisation" guess counts less than a company context elsewhere.
    strength = companyLike ? 1 : 0.5;
  } else if (precededByIn(words, i) && nameLike) {
    type = 'Place';
    strength = 1;
  } else if (hasCompanyContext(words, i, end) && (nameLike || span.length > 1)) {
    type = 'Company';
    strength = 1;
  } else if (!personTagged && nameLike && (isAcquired(words, i) || (afterCountryPossessive(words, i, index) && hasBusinessWord(words)))) {
    // "having bought Amey", "Turkey's Everasia won a contract": a business.
    type = 'Company';
    strength = 1;
  } else if (!personTagged && nameLike && beforeInCountry(words, i, end, index)) {
    // "Bordeaux in France", "Oporto in Portugal".
    type = 'Place';
    strength = 1;
  } else if (nameShaped && plainWords && nameLike && span.length <= 3) {
    type = 'Person';
    strength = 1;
    person = true;
  }
  // "Pegasus spyware", "Tysabri trials": a product, unless something else says otherwise.
  const next2 = words[end];
  if (strength < 2 && (!person || span.length === 1) && next2 && plainGap(next2.gap) && !next2.capitalized && signals.productNouns.has(next2.key)) {
    return make(i, end, { strength: 0, product: true });
  }
  const bareName = (nameLike || acronym) && !isSentenceStart(words, i) && !span.some((w) => w.tags.includes('Plural'));
  // A common word used as a name acts like one: "Artisan wants …", "Artisan's stake".
  const massNoun = span.some((w) => w.tags.includes('Uncountable'));
  const actsAsName = span[span.length - 1]!.possessive || (!massNoun && next2 !== undefined && plainGap(next2.gap) && next2.tags.some((t) => t === 'Verb' || t === 'Modal' || t === 'Auxiliary') && !next2.tags.some((t) => t === 'Noun' || t === 'Plural'));
  return make(i, end, { type, strength, person, bareName, common: !nameLike && !actsAsName, roles: type === 'Person' ? roles.filter((r) => !PERSONAL_TITLES.has(r)) : [], ...(described && type === described ? { described: true } : {}) });
}

const INVEST_WORDS = new Set(['invested', 'invest', 'invests', 'investing', 'investment', 'investments', 'stake', 'stakes', 'shares', 'holding', 'holdings', 'interest', 'position', 'positions', 'role', 'job', 'career', 'work', 'working']);

const ACRONYM_COMPANY_NOUNS = new Set(['consortium', 'group', 'company', 'firm', 'bank', 'corporation', 'holding', 'airline', 'carrier', 'operator', 'lender', 'insurer', 'subsidiary', 'shares', 'stock']);

const CAMEL_CASE = /^\p{Lu}?\p{Ll}+\p{Lu}\p{L}*$/u;

const SEAT_WORDS = new Set(['mp', 'sits', 'member', 'stands', 'represents', 'candidate', 'seat', 'msp', 'senator', 'congressman', 'congresswoman', 'representative']);

/** "Roman emperors", "Georgian houses": a lone first-name-like word used as an adjective before a plural noun. */
function beforePluralNoun(words: Word[], end: number): boolean {
  const next = words[end];
  if (!next || !plainGap(next.gap) || next.capitalized || words[end - 1]!.possessive) return false;
  if (next.tags.some((t) => t === 'Verb' || t === 'Possessive')) return false;
  if (next.tags.includes('Plural')) return true;
  // compromise may read "Roman emperors" as a first name and surname: check the singular.
  if (!/[^s]s$/.test(next.key)) return false;
  const singular = lexiconTags(next.key.slice(0, -1));
  return singular.some((t) => t === 'Singular' || t === 'Actor' || t === 'Noun');
}

function next2Word(words: Word[], end: number): string | undefined {
  const next = words[end];
  return next && plainGap(next.gap) && !next.capitalized ? next.key : undefined;
}

const SEAT_NOUNS = new Set(['constituency', 'constituents', 'seat', 'ward', 'borough', 'voters', 'residents', 'townspeople']);

/** "the Hartlepool by-election", "his Bolsover constituency": a place before a word for its seat or people. */
function beforeSeatNoun(words: Word[], end: number): boolean {
  const next = words[end];
  if (!next || !plainGap(next.gap) || next.capitalized) return false;
  if (SEAT_NOUNS.has(next.key)) return true;
  return next.key === 'by' && words[end + 1]?.key === 'election' && words[end + 1]!.gap === '-';
}

/** "the MP for Lincoln", "sits for Hartlepool": a constituency. */
function isSeat(words: Word[], i: number): boolean {
  if (!plainGap(words[i]!.gap)) return false;
  if (words[i - 1]?.key === 'represents' || words[i - 1]?.key === 'representing') return true;
  return words[i - 1]?.key === 'for' && i >= 2 && SEAT_WORDS.has(words[i - 2]!.key);
}

let countriesByCode: Map<string, GazetteerEntry> | undefined;
const CAPITAL_VERBS = new Set([...SPEECH_VERBS, 'denied', 'denies', 'accused', 'condemned', 'criticised', 'criticized', 'rejected', 'responded', 'retaliated', 'protested', 'demanded', 'urged', 'threatened', 'insists', 'insisted', 'wants', 'wanted', 'refused', 'agreed', 'approved', 'imposed', 'banned', 'blocked', 'objected', 'hit']);
const CAPITAL_AUXILIARIES = new Set(['has', 'had', 'have', 'will', 'would', 'may', 'might', 'could', 'is', 'was']);
const CAPITAL_LINKS = new Set(['links to', 'ties to', 'ties with', 'talks with', 'pressure from', 'relations with', 'criticism from', 'approval from', 'orders from', 'support from', 'loyal to', 'close to', 'allies of']);

/**
 * The country whose government a capital stands for: as the agent ("viewed favourably by Beijing"),
 * after "links to", "talks with" …, or saying and doing what governments do ("Moscow has denied").
 * Not after a preposition of place ("in Beijing").
 */
function governmentOfCapital(words: Word[], i: number, end: number, entry: GazetteerEntry, index: PhraseIndex): GazetteerEntry | undefined {
  if (!entry.capital || !entry.country) return undefined;
  const before = words[i - 1];
  // "Denzel Washington said": the end of a longer name.
  if (before?.capitalized && plainGap(words[i]!.gap)) return undefined;
  const next = words[end];
  const nextPlain = next !== undefined && plainGap(next.gap) && !next.capitalized;
  const twoBefore = i >= 2 && plainGap(words[i - 1]!.gap) && plainGap(words[i]!.gap) ? `${words[i - 2]!.key} ${before!.key}` : '';
  const agent = before?.key === 'by' && plainGap(words[i]!.gap);
  const linked = CAPITAL_LINKS.has(twoBefore);
  const acting =
    (!before || !TOWN_PREPOSITIONS.has(before.key)) &&
    nextPlain &&
    (CAPITAL_VERBS.has(next!.key) || (CAPITAL_AUXILIARIES.has(next!.key) && CAPITAL_VERBS.has(words[end + 1]?.key ?? '')));
  if (!agent && !linked && !acting) return undefined;
  countriesByCode ??= new Map(loadGazetteer().filter((e) => e.type === 'Country' && e.country).map((e) => [e.country!, e]));
  const country = countriesByCode.get(entry.country);
  if (!country) return undefined;
  // The index's own entry for that country (it may carry the graph's id), looked up by its name.
  const nameWords: Word[] = country.name.split(/\s+/).map((text, k) => ({
    text,
    key: wordKey(text),
    start: 0,
    end: 0,
    token: k,
    tags: [],
    gap: k === 0 ? '' : ' ',
    capitalized: true,
    allCaps: false,
    possessive: false,
  }));
  const forms = (index.matchAt(nameWords, 0)?.forms ?? []).filter((f) => f.entry.type === 'Country' && f.entry.country === entry.country);
  return (forms.find((f) => f.known) ?? forms[0])?.entry ?? country;
}

const TOWN_PREPOSITIONS = new Set(['in', 'of', 'from', 'at', 'to', 'for', 'near', 'into', 'outside', 'around', 'across', 'via', 'and', 'or']);
const FIRM_AFTER = new Set(['chief', 'spokesman', 'spokeswoman', 'spokesperson', 'shares', 'shareholders', 'customers', 'plc', 'boss', 'bosses']);
const AUXILIARIES = new Set(['has', 'had', 'have', 'is', 'was', 'will', 'would', 'says', 'said']);

/**
 * A town's name used as a firm's (not a capital's: "Beijing said" is the government): said to speak
 * ("Halifax said", "the Halifax has said"), or with a firm's people ("Halifax chief economist").
 */
function isFirmNamedLikeTown(words: Word[], i: number, end: number, entry: GazetteerEntry): boolean {
  if (!entry.city || entry.capital) return false;
  const before = words[i - 1];
  const next = words[end];
  if (!next || !plainGap(next.gap) || next.capitalized) return false;
  if (before && TOWN_PREPOSITIONS.has(before.key)) return false;
  if (FIRM_AFTER.has(next.key)) return true;
  if (SPEECH_VERBS.has(next.key)) return true;
  return before?.key === 'the' && AUXILIARIES.has(next.key);
}

/**
 * Two words joined by "&": in the gap, or in a part of the token that holds no word ("Procter &"
 * is one token whose "&" leaves no word behind).
 */
function isAmpersandJoin(prev: Word, cur: Word): boolean {
  return /^[ \t]*&[ \t]*$/.test(cur.gap) || (cur.gap === ' ' && cur.start - prev.end === 3);
}

/**
 * Common nouns (no names, no adjectives, no titles) before a country's or region's name, closing
 * the run: "Alcohol Focus Scotland", "Sport England", "Health Canada" — a body, not the place.
 */
function isPlaceBrand(words: Word[], i: number, k: number, form: Form): boolean {
  if (form.kind === 'demonym' || !['Place', 'Country'].includes(form.entry.type) || form.entry.city) return false;
  for (let j = i; j < k; j++) {
    const w = words[j]!;
    if (w.allCaps || w.tags.some((t) => PERSON_TAGS.includes(t) || t === 'Place' || t === 'City')) return false;
    const lexical = lexiconTags(w.key);
    if (lexical.some((t) => t === 'Adjective' || t === 'Comparable' || PERSON_TAGS.includes(t)) || w.tags.includes('Adjective')) return false;
    if (COMPASS.has(w.key) || PLACE_PREFIXES.has(w.key) || NAME_OPENERS.has(w.key)) return false;
  }
  return true;
}

/** "which owns Amey", "having bought Corvel", "merged with Dalton", "owns 80% of Kolm". */
function isAcquired(words: Word[], i: number): boolean {
  if (!plainGap(words[i]!.gap) || i === 0) return false;
  const before = words[i - 1]!;
  if (ACQUIRE_VERBS.has(before.key)) return true;
  // "owns 80% of Kolm", "a 20% stake in Varn" (the stake is a company word already).
  if (before.key === 'of' && i >= 2 && words[i - 2]!.tags.includes('Percent')) return true;
  // "took over Amey", "merged with Dalton", "a takeover of Dalton".
  const two = i >= 2 && plainGap(before.gap) ? `${words[i - 2]!.key} ${before.key}` : '';
  return /^(?:took|take|takes|taking) over$|^merged? with$|^merging with$|^takeover of$|^merger with$/.test(two);
}

/** "Turkey's Everasia", "South Korea's Dalmun": right after a country's possessive. */
function afterCountryPossessive(words: Word[], i: number, index: PhraseIndex): boolean {
  if (i === 0 || !words[i - 1]!.possessive || !plainGap(words[i]!.gap)) return false;
  for (let k = Math.max(0, i - 3); k < i; k++) {
    const m = index.matchAt(words, k);
    if (m && m.end === i) return m.forms.some((f) => f.entry.type === 'Country' && f.kind !== 'demonym');
  }
  return false;
}

const BUSINESS_WORDS = new Set([
  'contract', 'contracts', 'deal', 'deals', 'shares', 'profit', 'profits', 'sales', 'revenue', 'revenues', 'bid', 'stake',
  'bought', 'sold', 'firm', 'company', 'group', 'merger', 'takeover', 'acquisition', 'output', 'customers', 'investors',
  'plant', 'factory', 'brand', 'products', 'orders', 'operator', 'production', 'exports', 'market', 'earnings',
]);

/** A business word anywhere in the sentence. */
function hasBusinessWord(words: Word[]): boolean {
  return words.some((w) => BUSINESS_WORDS.has(w.key));
}

const PERSON_OBJECT_VERBS = new Set(['met', 'meet', 'meets', 'meeting', 'told', 'tells', 'asked', 'urged', 'thanked', 'praised', 'criticised', 'criticized', 'accused', 'phoned', 'interviewed', 'hired', 'appointed', 'elected', 'named', 'succeeded', 'replaced', 'by', 'with']);

const PLACE_NOUNS = new Set(['city', 'town', 'village', 'port', 'capital', 'region', 'province', 'resort', 'district', 'state', 'island', 'suburb', 'hub', 'enclave']);

/** "Bordeaux in France": a name right before "in" and a country. */
function beforeInCountry(words: Word[], i: number, end: number, index: PhraseIndex): boolean {
  const inWord = words[end];
  // "He met Klemens in Austria": people are met, told and hired in countries.
  if (i > 0 && PERSON_OBJECT_VERBS.has(words[i - 1]!.key)) return false;
  // "the drug Norvasc in the US": a thing named after its common noun (but "the port city Basra in Iraq").
  const noun = words[i - 1];
  if (noun && !noun.capitalized && plainGap(words[i]!.gap) && noun.tags.includes('Noun') && !noun.tags.includes('Pronoun') && !PLACE_NOUNS.has(noun.key)) return false;
  if (!inWord || inWord.key !== 'in' || !plainGap(inWord.gap) || end + 1 >= words.length || !plainGap(words[end + 1]!.gap)) return false;
  const k = words[end + 1]!.key === 'the' ? end + 2 : end + 1;
  const m = k < words.length ? index.matchAt(words, k) : undefined;
  return m !== undefined && m.forms.some((f) => f.entry.type === 'Country' && f.kind !== 'demonym');
}

function precededByIn(words: Word[], i: number): boolean {
  const before = words[i - 1];
  if (!before || !plainGap(words[i]!.gap) || !['in', 'near', 'outside'].includes(before.key)) return false;
  return !(i >= 2 && INVEST_WORDS.has(words[i - 2]!.key));
}

function isSuffixWord(key: string, signals: Signals): boolean {
  return (
    signals.companySuffixes.has(key) ||
    signals.governmentSuffixes.has(key) ||
    signals.organizationSuffixes.has(key) ||
    signals.fundSuffixes.has(key) ||
    signals.partySuffixes.has(key) ||
    signals.placeSuffixes.has(key)
  );
}

const PEER_TITLES = new Set(['lord', 'lady', 'baroness', 'baron']);

interface Segment {
  start: number;
  end: number;
  person: boolean;
  role?: string;
}

/**
 * Splits a run that holds an organisation and a person: "Ohio Representative Bob Latta",
 * "European Department Director Hideki Uyama", "Security Council Dmitriy Medvedev".
 */
function splitRun(words: Word[], i: number, end: number, signals: Signals): Segment[] {
  const whole: Segment[] = [{ start: i, end, person: false }];
  if (end - i < 2) return whole;
  const keys = words.slice(i, end).map((w) => w.key);
  const guess = classifyName(keys, signals);
  if (guess && guess.strength === 2) return whole;
  // An inner title: everything after it is the person, everything before their organisation or place.
  for (let r = end - 2; r > i; r--) {
    const key = words[r]!.key;
    if (words[r]!.capitalized && (signals.honorifics.has(key) || signals.roleWords.has(key)) && !PEER_TITLES.has(key)) {
      const tail = words.slice(r + 1, end);
      if (tail.length < 1 || tail.length > 3 || !tail.every((w) => w.capitalized && !w.allCaps)) break;
      let headEnd = r;
      while (headEnd > i && (signals.honorifics.has(words[headEnd - 1]!.key) || signals.roleWords.has(words[headEnd - 1]!.key))) headEnd--;
      const segments: Segment[] = [];
      if (headEnd > i && !words.slice(i, headEnd).every((w) => signals.honorifics.has(w.key))) segments.push({ start: i, end: headEnd, person: false });
      segments.push({ start: r + 1, end, person: true, role: formatRole(key) });
      return segments;
    }
  }
  // A person's name at the end of an organisation's: "Security Council Dmitriy Medvedev".
  if (end - i >= 3) {
    for (const len of [2, 3]) {
      const k = end - len;
      if (k <= i) continue;
      const tail = words.slice(k, end);
      const headKeys = keys.slice(0, k - i);
      const headLast = headKeys[headKeys.length - 1]!;
      const tailIsName = tail.every((w) => w.capitalized && !w.allCaps && !isSuffixWord(w.key, signals) && looksLikeNameWord(w, signals));
      const headIsOrganisation = isSuffixWord(headLast, signals) || signals.roleWords.has(headLast);
      // "Jean-Claude Juncker", "Mary Ann Evans": a head that is itself a first name stays on.
      const headIsPersonName = words
        .slice(i, k)
        .every((w) => w.tags.some((t) => PERSON_TAGS.includes(t)) && !signals.honorifics.has(w.key) && !signals.commonTitleWords.has(w.key));
      if (tailIsName && (headIsOrganisation || (tail[0]!.tags.includes('FirstName') && !headIsPersonName))) {
        const headOnlyTitles = words.slice(i, k).every((w) => signals.honorifics.has(w.key) || signals.roleWords.has(w.key));
        return headOnlyTitles
          ? [{ start: k, end, person: true, role: formatRole(keys.slice(0, k - i).join(' ')) }]
          : [
              { start: i, end: k, person: false },
              { start: k, end, person: true },
            ];
      }
    }
  }
  return whole;
}

// Common-noun endings: "Enforcement", "Security", "Development" are nobody's name.
const COMMON_NOUN_ENDING = /(?:ment|tion|sion|ity|ness|ance|ence|ship|ism|ics|ure|ing|ies|ional|ical|ural)$/;

function looksLikeNameWord(word: Word, signals: Signals): boolean {
  if (signals.commonTitleWords.has(word.key)) return false;
  if (word.key.length >= 6 && COMMON_NOUN_ENDING.test(word.key) && !word.tags.some((t) => PERSON_TAGS.includes(t))) return false;
  const lexical = lexiconTags(word.key);
  if (lexical.length > 0 && !lexical.some((t) => PERSON_TAGS.includes(t) || t === 'ProperNoun' || t === 'Place' || t === 'City' || t === 'Country' || t === 'Region')) return false;
  return true;
}

function roleStartsAt(words: Word[], k: number, signals: Signals): boolean {
  for (let j = k; j < Math.min(words.length, k + 3); j++) {
    if (j > k && !plainGap(words[j]!.gap)) return false;
    const role = matchRolePhrase(words, j, signals);
    if (role && isPersonalRole(role.role)) return true;
    if (!['former', 'new', 'acting', 'deputy', 'interim', 'then', 'own'].includes(words[j]!.key)) return false;
  }
  return false;
}

/**
 * The type a lower-case descriptor gives the name at i..end: "engineering group Jarvis", "his party,
 * Respect," (apposition), "the Lagardere group" (not after a known place: "the Paris group").
 */
function descriptorType(words: Word[], i: number, end: number, index: PhraseIndex): EntityType | undefined {
  const next = words[end];
  if (i >= 2 && words[i - 1]!.key === 'the' && next && next.key === 'group' && !next.capitalized && plainGap(next.gap) && !index.matchAt(words, i))
    return 'Company';
  // "his party, the Respect Coalition,": apposition through "the".
  if (i >= 3 && words[i - 1]!.key === 'the' && !words[i - 1]!.capitalized && plainGap(words[i]!.gap) && /^,[ \t]*$/.test(words[i - 1]!.gap))
    return descriptorType(words, i - 1, end, index);
  if (i === 0) return undefined;
  const gap = words[i]!.gap;
  if (i >= 2 && plainGap(gap) && !words[i - 1]!.capitalized) {
    // "a Canadian company, named Petrox,", "a firm called Zenda": the noun before "named".
    if (NAMING_WORDS.has(words[i - 1]!.key) && /^,?[ \t]+$/.test(words[i - 1]!.gap)) {
      const noun = words[i - 2]!;
      const type = noun.capitalized ? undefined : DESCRIPTOR_NOUNS.get(noun.key);
      if (type && noun.key !== 'tank') return noun.key === 'group' && i >= 3 && ORGANIZATION_GROUPS.has(words[i - 3]!.key) ? 'Organization' : type;
    }
    // "an analyst at Brenwick Securities", "traders at Kolby": market people work at firms.
    if (words[i - 1]!.key === 'at' && plainGap(words[i - 1]!.gap) && MARKET_ROLES.has(words[i - 2]!.key)) return 'Company';
  }
  // Apposition only when the name closes the phrase: "the firm, Acme, said" but not "the firm, Smith said".
  const apposition = /^,[ \t]*$/.test(gap) && (!next || /^[,.;:]/.test(next.gap.trim()) || /^[)]/.test(next.gap.trim()));
  if (!plainGap(gap) && !apposition) return undefined;
  const noun = words[i - 1]!;
  if (noun.capitalized) return undefined;
  const type = DESCRIPTOR_NOUNS.get(noun.key);
  if (!type) return undefined;
  const prev = i >= 2 ? words[i - 2]!.key : '';
  if (noun.key === 'tank') return prev === 'think' ? type : undefined;
  if (noun.key === 'group' && ORGANIZATION_GROUPS.has(prev)) return 'Organization';
  return type;
}

function hasCompanyContext(words: Word[], i: number, end: number, window = 4): boolean {
  for (let k = Math.max(0, i - window); k < Math.min(words.length, end + window); k++) {
    if (k >= i && k < end) continue;
    if (COMPANY_CONTEXT.has(words[k]!.key)) return true;
  }
  return false;
}

interface DescriptorMatch {
  start: number;
  end: number;
  phrase: string;
}

const MAX_DESCRIPTOR_WORDS = 4;

function matchDescriptor(words: Word[], i: number, context: ScanContext): DescriptorMatch | undefined {
  const first = words[i]!;
  if (first.key === 'parliament' || first.key === 'legislature') {
    return { start: i, end: i + 1, phrase: 'parliament' };
  }
  let best: DescriptorMatch | undefined;
  let phrase = '';
  for (let k = i; k < Math.min(words.length, i + MAX_DESCRIPTOR_WORDS); k++) {
    if (k > i && !plainGap(words[k]!.gap)) break;
    phrase = phrase ? `${phrase} ${words[k]!.key}` : words[k]!.key;
    if (context.descriptors.has(phrase)) best = { start: i, end: k + 1, phrase };
  }
  if (best && words.slice(best.start, best.end).every((w) => !w.capitalized || w.start === words[i]!.start)) return best;
  return undefined;
}

/** A word that may stand between a country and what it owns: "Norway's trillion-dollar fund". */
function isModifier(word: Word): boolean {
  return /^\d/.test(word.text) || word.gap === '-' || word.tags.some((t) => t === 'Adjective' || t === 'Hyphenated' || t === 'Value');
}

function resolveDescriptor(
  match: DescriptorMatch,
  words: Word[],
  i: number,
  found: Candidate[],
  context: ScanContext,
  make: (start: number, end: number, fields: Partial<Candidate>) => Candidate,
): Candidate | undefined {
  // The country just before: "Norway's trillion-dollar sovereign wealth fund", "the Iranian parliament".
  const country = [...found]
    .reverse()
    .find((c) => c.entry?.type === 'Country' && c.wordEnd <= i && i - c.wordEnd <= 2 && words.slice(c.wordEnd, i).every(isModifier));
  let entry: GazetteerEntry | undefined;
  let start = i;
  if (country?.entry?.country) {
    const code = country.entry.country;
    entry =
      match.phrase === 'parliament'
        ? context.parliaments.get(code)
        : context.descriptors.get(match.phrase)?.find((e) => e.country === code);
    if (entry) start = country.wordStart;
  }
  if (!entry) entry = context.recentDescriptor.get(match.phrase);
  if (!entry && match.phrase === 'parliament') {
    // "Parliament as a whole …": the parliament of the country this article is most about.
    const top = [...context.countryCounts].sort((a, b) => b[1] - a[1])[0];
    if (top) entry = context.parliaments.get(top[0]);
  }
  if (!entry) return undefined;
  context.recentDescriptor.set(match.phrase, entry);
  return make(start, match.end, { entry, formKind: 'alias', strength: 3 });
}

const PARLIAMENT_WORDS = new Set(['commons', 'lords', 'senate', 'parliamentary', 'select', 'house', 'holyrood', 'congressional']);
const committeeEntries = new Map<string, GazetteerEntry>();

/**
 * "the Commons trade committee", "the science and technology committee", "the Senate banking committee":
 * after "the", fields of government (two joined by "and", or one after a parliament's name) before
 * "committee". Named in title case; one entry per name so every mention groups.
 */
function matchLowerCaseCommittee(words: Word[], i: number): { end: number; entry: GazetteerEntry } | undefined {
  const first = words[i]!;
  if (i === 0 || words[i - 1]!.key !== 'the' || !plainGap(first.gap)) return undefined;
  let k = i;
  const parliament = PARLIAMENT_WORDS.has(first.key);
  if (parliament) k++;
  let fields = 0;
  let joined = false;
  while (k < words.length && k - i < 8 && plainGap(words[k]!.gap)) {
    const w = words[k]!;
    if (w.capitalized && k > i) return undefined;
    if (isCommitteeField(w.key)) fields++;
    else if (w.key === 'and' && fields > 0) joined = true;
    else break;
    k++;
  }
  const head = words[k];
  if (!head || head.key !== 'committee' || head.capitalized || !plainGap(head.gap) || fields === 0) return undefined;
  if (!parliament && !(joined && fields >= 2)) return undefined;
  const name = words
    .slice(i, k + 1)
    .map((w) => (w.key === 'and' ? 'and' : w.text.charAt(0).toUpperCase() + w.text.slice(1)))
    .join(' ');
  let entry = committeeEntries.get(name);
  if (!entry) {
    entry = { name, type: 'GovernmentBody', aliases: [] };
    committeeEntries.set(name, entry);
  }
  return { end: k + 1, entry };
}

/** "First Quantum Minerals Limited (FQML)" and "FQML (First Quantum Minerals Limited)". */
function markAcronymDefinitions(candidates: Candidate[], words: Word[], text: string): void {
  for (let c = 0; c < candidates.length; c++) {
    const cand = candidates[c]!;
    const next = words[cand.wordEnd];
    if (!next || !/\(\s*$/.test(next.gap) || !next.allCaps) continue;
    const after = text.slice(next.end, next.end + 2);
    if (!/^\s*\)/.test(after)) continue;
    if (cand.wordEnd - cand.wordStart < 2) continue;
    cand.acronym = next.text;
    const acronymCandidate = candidates.find((x) => x.wordStart === cand.wordEnd);
    if (acronymCandidate) acronymCandidate.expandsTo = cand;
  }
}
