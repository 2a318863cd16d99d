// Ownership phrased without "holds a stake in": "X, Y's majority owner", "X, a subsidiary of Y", "the shareholders of Y are A (15%) and B (30%)", "X owns 20% of Y", "Y, in which X owns a stake", "X sold its stake in Y" (X held Y).
import type { Candidate } from './candidate.ts';
import { addPairs, findObject, findSubject, headedByNoun, isEntity, isMainVerb, isModifierEntity, isNegation, isPunct, isWordUnit } from './scan.ts';
import type { EntityUnit, SentenceUnits, Unit, WordUnit } from './units.ts';

const OWNER_NOUNS = new Set(['owner', 'owners', 'shareholder', 'shareholders', 'parent', 'investor', 'investors', 'backer', 'stakeholder']);
const OWNER_MODIFIERS = new Set([
  'majority', 'minority', 'main', 'biggest', 'largest', 'controlling', 'principal', 'major', 'leading', 'single',
  'sole', 'joint', 'part', 'co', 'co-owner', 'dominant', 'second-largest', 'second-biggest', 'french', 'german',
  'chinese', 'american', 'british', 'new', 'former', 'company', 'firm', 'group', 'ultimate',
]);
const SUBSIDIARY_NOUNS = new Set(['subsidiary', 'subsidiaries', 'unit', 'division', 'arm', 'affiliate', 'offshoot', 'spin-off']);
const SHAREHOLDER_NOUNS = new Set(['shareholders', 'shareholder', 'owners', 'investors', 'stakeholders', 'backers']);
const LIST_VERBS = new Set(['are', 'include', 'includes', 'included', 'were', 'comprise', 'being']);
const ACQUIRE_WORDS = ['bought', 'acquired', 'purchased', 'taken', 'snapped', 'absorbed'];

/** Entity unit indices of the group at i, from i onwards. */
function groupAt(su: SentenceUnits, i: number): number[] {
  const group = su.groupOf.get(i);
  return group ? group.members.filter((m) => m >= i) : [i];
}

function emitInvested(out: Candidate[], units: Unit[], owners: number[], owned: number[], confidence: number, pattern: string): void {
  addPairs(out, units, owners, owned, 'INVESTED_IN', confidence, pattern);
}

/** Index after owner words starting at i ("majority owner", "main French shareholder"), or -1. */
function ownerPhraseEnd(units: Unit[], i: number): number {
  let j = i;
  while (j < i + 4) {
    const u = units[j];
    if (isEntity(u) && u.demonym) {
      j++;
      continue;
    }
    if (isPunct(u, '-')) {
      j++;
      continue;
    }
    if (!isWordUnit(u)) return -1;
    if (OWNER_NOUNS.has(u.w)) return j + 1;
    if (!OWNER_MODIFIERS.has(u.w)) return -1;
    j++;
  }
  return -1;
}

const SELL_WORDS = new Set(['sell', 'sells', 'sold', 'selling', 'offload', 'offloads', 'offloaded', 'offloading', 'dump', 'dumps', 'dumped', 'dumping', 'divest', 'divests', 'divested', 'divesting']);
const HOLDING_NOUNS = new Set(['stake', 'stakes', 'shares', 'holding', 'holdings', 'shareholding', 'interest']);
const OWN_DETERMINERS = new Set(['its', 'their', 'his', 'her']);
const STAKE_MODIFIERS = new Set(['entire', 'remaining', 'whole', 'majority', 'minority', 'controlling', 'residual', 'small', 'large', 'big', 'per', 'cent', 'percent', 'equity']);
const HOLD_VERBS = new Set(['owns', 'own', 'owned', 'owning', 'holds', 'hold', 'held', 'holding', 'controls', 'control', 'controlled', 'controlling', 'has', 'have', 'had', 'having']);
/** What "N% of Y's …" may be a share of: its shares, not its customers. */
const EQUITY_NOUNS = new Set(['shares', 'stock', 'equity', 'capital', 'voting']);

/** A percentage unit: "33%", "6.7%", or a number before "per cent". */
function isPercent(units: Unit[], j: number): number {
  const u = units[j];
  if (!isWordUnit(u)) return -1;
  if (/^\d+(\.\d+)?%$/.test(u.w)) return j + 1;
  if (/^\d+(\.\d+)?$/.test(u.w) && isWordUnit(units[j + 1], 'percent')) return j + 2;
  if (/^\d+(\.\d+)?$/.test(u.w) && isWordUnit(units[j + 1], 'per') && isWordUnit(units[j + 2], 'cent')) return j + 3;
  return -1;
}

/** "X sold its 33% stake in Y": a sale of its own stake says X held Y. */
function matchSoldOwnStake(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (!isWordUnit(units[j]) || !OWN_DETERMINERS.has((units[j] as { w: string }).w)) return;
  j++;
  for (let steps = 0; steps < 4; steps++) {
    const end = isPercent(units, j);
    if (end > 0) j = end;
    else if (isWordUnit(units[j]) && STAKE_MODIFIERS.has((units[j] as { w: string }).w)) j++;
    else break;
  }
  if (!isWordUnit(units[j]) || !HOLDING_NOUNS.has((units[j] as { w: string }).w) || !isWordUnit(units[j + 1], 'in', 'of')) return;
  const owned = findObject(su, j + 2, 4);
  const subject = findSubject(su, i);
  if (!owned || !subject || subject.negated) return;
  emitInvested(out, units, subject.members, owned, 0.6, 'sold-own-stake');
  // "X sold its stake in Y to Z" (done, not "agreed to sell"): Z bought into Y.
  const k = owned[owned.length - 1]! + 1;
  if (isWordUnit(units[i], 'sold') && !isWordUnit(units[i - 1], 'be', 'been', 'being', 'to') && isWordUnit(units[k], 'to')) {
    const buyers = findObject(su, k + 1, 3);
    if (buyers && !headedByNoun(units, buyers[0]!)) emitInvested(out, units, buyers, owned, 0.6, 'sold-own-stake-to');
  }
}

/** "X owns/holds/controls/has 20% of Y", "… 6.7% of Y's shares". */
function matchPercentHolding(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (isWordUnit(units[j], 'about', 'around', 'nearly', 'almost', 'some', 'roughly', 'just', 'more', 'than', 'over', 'a', 'further', 'another')) j++;
  if (isWordUnit(units[j], 'than')) j++;
  const end = isPercent(units, j);
  if (end < 0 || !isWordUnit(units[end], 'of')) return;
  let k = end + 1;
  if (isWordUnit(units[k], 'the')) k++;
  const owned = units[k];
  if (!isEntity(owned) || owned.demonym || isModifierEntity(units, k)) return;
  if (owned.poss ? !isWordUnit(units[k + 1]) || !EQUITY_NOUNS.has((units[k + 1] as { w: string }).w) : headedByNoun(units, k)) return;
  // "is half owned by", "had been held by": a passive says nothing of the subject.
  if (isWordUnit(units[i - 1], 'is', 'was', 'were', 'are', 'been', 'be')) return;
  const subject = findSubject(su, i);
  if (subject?.negated) return;
  const owners = subject?.members ?? relativeHead(su, i);
  if (owners) emitInvested(out, units, owners, [k], 0.7, 'percent-holding');
}

/** "X, the Gibraltar-based holding company which controls …": the entity a relative clause at i hangs on. */
function relativeHead(su: SentenceUnits, i: number): number[] | null {
  const units = su.units;
  let j = i - 1;
  while (isWordUnit(units[j], 'also', 'already', 'now', 'still', 'currently')) j--;
  if (!isWordUnit(units[j], 'which', 'that')) return null;
  for (let k = j - 1; k >= 0 && k > j - 9; k--) {
    const u = units[k]!;
    if (isPunct(u, ',')) {
      // "the Lagardere group, which owns …"
      const h = isWordUnit(units[k - 1], 'group', 'company', 'firm', 'conglomerate', 'corporation', 'holding') ? k - 2 : k - 1;
      const head = units[h];
      return isEntity(head) && !head.poss && !head.demonym ? [h] : null;
    }
    if (u.k === 'p' && !isPunct(u, '-')) return null;
  }
  return null;
}

/** "Y, in which X owns a majority stake, …" */
function matchInWhichStake(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isPunct(units[i + 1], ',') || !isWordUnit(units[i + 2], 'in') || !isWordUnit(units[i + 3], 'which')) return;
  const owner = units[i + 4];
  if (!isEntity(owner) || owner.poss || owner.demonym) return;
  const owners = groupAt(su, i + 4);
  let j = owners[owners.length - 1]! + 1;
  while (isWordUnit(units[j], 'also', 'already', 'still', 'now', 'has', 'have', 'had')) j++;
  if (!isWordUnit(units[j]) || !HOLD_VERBS.has((units[j] as { w: string }).w)) return;
  for (let k = j + 1; k < units.length && k < j + 6; k++) {
    const u = units[k]!;
    if (u.k !== 'w') return;
    if (HOLDING_NOUNS.has(u.w)) {
      emitInvested(out, units, owners, [i], 0.7, 'in-which-stake');
      return;
    }
  }
}

const SOLD_PART_NOUNS = new Set(['arm', 'unit', 'subsidiary', 'division', 'business', 'operations', 'operation', 'brand', 'chain', 'stake', 'holding']);

function emitDivested(out: Candidate[], units: Unit[], sellers: number[], sold: number[], confidence: number, pattern: string): void {
  addPairs(out, units, sellers, sold, 'DIVESTED_FROM', confidence, pattern);
}

/**
 * "X sold Y to Z", "X has sold its Y insurance arm to Z": X held and sold Y, Z bought it;
 * "X sold Z a stake": Z bought into X.
 */
function matchSoldCompany(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const verb = (units[i] as { w: string }).w;
  if (!['sold', 'sells', 'sell', 'selling'].includes(verb)) return;
  if (isWordUnit(units[i - 1], 'was', 'were', 'been', 'being', 'is', 'are', 'be')) {
    // "Y was sold to Z": Z bought Y.
    if (!isWordUnit(units[i + 1], 'to')) return;
    const buyers = findObject(su, i + 2, 3);
    const sold = findSubject(su, i);
    if (buyers && sold && !sold.negated && !headedByNoun(units, buyers[0]!)) emitInvested(out, units, buyers, sold.members, 0.6, 'was-sold-to');
    return;
  }
  let j = i + 1;
  const own = isWordUnit(units[j], 'its', 'their');
  if (own) j++;
  const sold = units[j];
  if (!isEntity(sold) || sold.poss || sold.demonym || sold.m.type !== 'Company') return;
  let k = j + 1;
  if (own) {
    // "its Y insurance arm": a part named by the company it is.
    while (k < j + 3 && isWordUnit(units[k]) && !SOLD_PART_NOUNS.has((units[k] as { w: string }).w) && (units[k] as { tags: Set<string> }).tags.has('Noun')) k++;
    if (!isWordUnit(units[k]) || !SOLD_PART_NOUNS.has((units[k] as { w: string }).w)) return;
    k++;
  } else if (isWordUnit(units[k], 'a', 'an') && isWordUnit(units[k + 1], 'stake') || isPercent(units, k + 1) > 0 && isWordUnit(units[isPercent(units, k + 1)], 'stake')) {
    // "Fiat sold GM a stake (in 2000)": the buyer bought into the seller.
    const subject = findSubject(su, i);
    if (subject && !subject.negated) emitInvested(out, units, [j], subject.members, 0.6, 'sold-a-stake-to');
    return;
  } else if (headedByNoun(units, j) || !(k >= units.length || isWordUnit(units[k], 'to', 'for', 'in', 'last', 'earlier', 'this') || isPunct(units[k], ','))) {
    return;
  }
  const subject = findSubject(su, i);
  if (!subject || subject.negated) return;
  emitDivested(out, units, subject.members, [j], 0.65, 'sold-company');
  emitInvested(out, units, subject.members, [j], 0.55, 'sold-company-held');
  if (isWordUnit(units[k], 'to')) {
    const buyers = findObject(su, k + 1, 3);
    if (buyers && !headedByNoun(units, buyers[0]!)) emitInvested(out, units, buyers, [j], 0.6, 'sold-company-to');
  }
}

/** "X, whose Y subsidiary operates …", "X's Y unit": X owns Y. */
function matchNamedSubsidiary(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const u = units[i] as EntityUnit;
  let j = i + 1;
  if (!u.poss) {
    if (!isPunct(units[j], ',') || !isWordUnit(units[j + 1], 'whose')) return;
    j += 2;
  }
  const owned = units[j];
  if (!isEntity(owned) || owned.poss || owned.demonym) return;
  let k = j + 1;
  if (isWordUnit(units[k], 'wholly-owned', 'majority-owned', 'local', 'former')) k++;
  if (!isWordUnit(units[k]) || !SUBSIDIARY_NOUNS.has((units[k] as { w: string }).w)) return;
  // "X's Y unit head", "X's Y division chief": a person's title, not a holding statement.
  if (isWordUnit(units[k + 1]) && (units[k + 1] as { tags: Set<string> }).tags.has('Noun') && !isWordUnit(units[k + 1], 'operates', 'runs', 'owns')) return;
  emitInvested(out, units, [i], [j], 0.7, 'named-subsidiary');
}

/** Reads ownership appositions, subsidiaries, shareholder lists and sold stakes in one sentence. */
export function matchStakes(su: SentenceUnits, out: Candidate[]): void {
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (isEntity(u) && !u.poss) matchInWhichStake(su, i, out);
    if (isEntity(u) && !u.demonym) matchNamedSubsidiary(su, i, out);
    if (isEntity(u) && u.poss && !u.demonym) matchParentUnit(su, i, out);
    if (isEntity(u) && !u.poss && !u.demonym) matchIsOwnerOf(su, i, out);
    if (u.k !== 'w') continue;
    if (CONTROL_VERBS.has(u.w)) matchWhichControls(su, i, out);
    if (TRANSFER_VERBS.has(u.w)) matchTransferredStake(su, i, out);
    if (BEAT_VERBS.has(u.w)) matchBeatToBuy(su, i, out);
    if (BUY_VERBS.has(u.w)) matchSaidItBuys(su, i, out);
    if (u.w === 'both' || u.w === 'each') matchVentureParties(su, i, out);
    if (u.w === 'hands') matchInTheHandsOf(su, i, out);
    if ((OWNED_PARTICIPLES.has(u.w) || u.w.endsWith('-owned')) && isWordUnit(units[i + 1], 'by')) matchOwnedBy(su, i, out);
    if (TAKEOVER_NOUNS.has(u.w) && isWordUnit(units[i + 1], 'of')) matchTakeoverOfBy(su, i, out);
    if (RAISE_VERBS.has(u.w)) matchRaisedStake(su, i, out);
    if (u.w === 'control' && isWordUnit(units[i + 1], 'of')) matchTookControl(su, i, out);
    if (DONE_VERBS.has(u.w)) matchCompletedTakeover(su, i, out);
    if (BOUGHT_VERBS.has(u.w)) matchBoughtFrom(su, i, out);
    if (u.w === 'disposed' || u.w === 'spun') matchDisposedOf(su, i, out);
    if (u.w === 'sale' && isWordUnit(units[i + 1], 'of')) matchSaleOfTo(su, i, out);
    if (SELL_WORDS.has(u.w)) {
      matchSoldOwnStake(su, i, out);
      matchSoldCompany(su, i, out);
    }
    if (HOLD_VERBS.has(u.w)) matchPercentHolding(su, i, out);
  }
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;

    if (isEntity(u) && !u.poss) {
      // "EADS - Airbus' majority owner -", "Vestara, Kolm's biggest shareholder,"
      let j = i + 1;
      if (isPunct(units[j], ',', '-', '(')) {
        j++;
        if (isWordUnit(units[j], 'the', 'a', 'an', 'now')) j++;
        const owned = units[j];
        if (isEntity(owned) && owned.poss && ownerPhraseEnd(units, j + 1) > 0) {
          emitInvested(out, units, [i], [j], 0.7, 'owner-of-apposition');
        }
        // "Ellis Foods, a subsidiary of the Brannock Group"
        if (isWordUnit(units[j]) && SUBSIDIARY_NOUNS.has((units[j] as { w: string }).w) || isWordUnit(units[j], 'wholly-owned', 'wholly', 'owned')) {
          let k = j;
          while (isWordUnit(units[k], 'wholly-owned', 'wholly', 'owned', 'majority-owned') || isPunct(units[k], '-')) k++;
          if (isWordUnit(units[k]) && SUBSIDIARY_NOUNS.has((units[k] as { w: string }).w) && isWordUnit(units[k + 1], 'of')) {
            const parents = findObject(su, k + 2, 2);
            if (parents) emitInvested(out, units, parents, [i], 0.75, 'subsidiary-of');
          }
        }
      }
      // "Ellis Foods is a subsidiary of Brannock", "… became a unit of Brannock"
      let k = i + 1;
      if (isWordUnit(units[k], 'is', 'was', 'became', 'becomes', 'remains', 'has', 'been')) {
        while (isWordUnit(units[k], 'is', 'was', 'became', 'becomes', 'remains', 'has', 'been', 'now', 'a', 'an', 'the', 'wholly', 'majority', 'owned') || isPunct(units[k], '-')) k++;
        if (isWordUnit(units[k]) && SUBSIDIARY_NOUNS.has((units[k] as { w: string }).w) && isWordUnit(units[k + 1], 'of') && !negatedNear(units, i + 1, k)) {
          const parents = findObject(su, k + 2, 2);
          if (parents) emitInvested(out, units, parents, [i], 0.75, 'is-subsidiary-of');
        }
      }
      continue;
    }
    if (u.k !== 'w') continue;

    // "The main shareholders of Kolm are the Vestara group (15%) and Orn Holding (30%)"
    if (SHAREHOLDER_NOUNS.has(u.w) && isWordUnit(units[i + 1], 'of', 'in')) {
      const owned = units[i + 2];
      if (!isEntity(owned)) continue;
      const verb = units[i + 3];
      if (!isWordUnit(verb) || !LIST_VERBS.has(verb.w)) continue;
      emitInvested(out, units, ownersListed(su, i + 4), [i + 2], 0.7, 'shareholders-are');
      continue;
    }

    // "Orn has grown fast, having bought Tavira": the participle's subject opens the sentence.
    if (u.w === 'having' && isPunct(units[i - 1], ',') && isWordUnit(units[i + 1], ...ACQUIRE_WORDS)) {
      let j = i + 2;
      if (isWordUnit(units[j], 'over')) j++;
      const owned = findObject(su, j, 2);
      let first = 0;
      while (isWordUnit(units[first], 'the', 'but', 'and')) first++;
      if (owned && isEntity(units[first]) && !(units[first] as { poss: boolean }).poss) emitInvested(out, units, groupAt(su, first), owned, 0.6, 'having-acquired');
      continue;
    }
  }
  // "Kolm's shareholders include A and B"
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u) || !u.poss) continue;
    let j = i + 1;
    while (isWordUnit(units[j]) && OWNER_MODIFIERS.has((units[j] as { w: string }).w) && j < i + 3) j++;
    if (!isWordUnit(units[j]) || !SHAREHOLDER_NOUNS.has((units[j] as { w: string }).w)) continue;
    const verb = units[j + 1];
    if (!isWordUnit(verb) || !LIST_VERBS.has(verb.w)) continue;
    emitInvested(out, units, ownersListed(su, j + 2), [i], 0.7, 'shareholders-include');
  }
}

function negatedNear(units: Unit[], from: number, to: number): boolean {
  for (let j = Math.max(0, from); j < to; j++) if (isNegation(units[j])) return true;
  return false;
}

/**
 * The owners listed from `from`: entities separated by commas, "and", percentages in brackets and
 * short relative clauses ("the state (15%), who also backs X, and Orn (30%)").
 */
function ownersListed(su: SentenceUnits, from: number): number[] {
  const units = su.units;
  const owners: number[] = [];
  let j = from;
  let words = 0;
  while (j < units.length && j < from + 40) {
    const u = units[j]!;
    if (isEntity(u)) {
      // "the French government" names the country; "Germany's DaimlerChrysler" names the company.
      if (u.poss && isEntity(units[j + 1])) {
        j++;
        continue;
      }
      if (!u.demonym || !isWordUnit(units[j + 1])) owners.push(...groupAt(su, j));
      const group = groupAt(su, j);
      j = group[group.length - 1]! + 1;
      words = 0;
      continue;
    }
    if (isPunct(u, '(')) {
      while (j < units.length && !isPunct(units[j], ')')) j++;
      j++;
      continue;
    }
    if (isPunct(u, ',')) {
      // ", who also support X," — skip the relative clause up to its closing comma.
      if (isWordUnit(units[j + 1], 'who', 'which')) {
        let k = j + 1;
        while (k < units.length && !isPunct(units[k], ',')) k++;
        j = k;
        continue;
      }
      j++;
      continue;
    }
    if (u.k !== 'w' || (u.tags.has('Verb') && !u.tags.has('Noun'))) break;
    if (!['and', 'the', 'a', 'its'].includes(u.w) && ++words > 2) break;
    j++;
  }
  return owners;
}

// Head nouns naming a business unit of its possessor: "Y's budget airline, Z", "Y's core production unit, Z".
const UNIT_HEADS = new Set([
  'unit', 'units', 'arm', 'subsidiary', 'division', 'airline', 'carrier', 'bank', 'brewer', 'brand', 'label',
  'affiliate', 'offshoot', 'operator', 'business', 'insurer', 'chain', 'venture', 'operation', 'network',
]);
// "Y's parent company, Z", "Y's rival, Z": a possessor that does not own what follows.
// "Y's main bank, Z" lends to Y; "Y's biggest customer, Z" buys from it.
const NOT_UNIT_WORDS = new Set([
  'parent', 'owner', 'owners', 'holding', 'rival', 'rivals', 'partner', 'partners', 'former', 'creditor', 'customer',
  'supplier', 'competitor', 'main', 'lead', 'house', 'clearing', 'lending', 'investment', 'principal', 'biggest',
  'largest', 'key', 'major', 'favourite', 'favorite', 'preferred', 'client', 'advisory',
]);

/**
 * "Kestrel Telecom's Orbis Mobile" (a company named right after a company's possessive) and
 * "Y's core production unit, Z" / "United's budget airline, Kingfisher Jet": Y owns Z; after
 * "the sale of" Y also sold it.
 */
function matchParentUnit(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const parent = units[i] as EntityUnit;
  if (parent.m.type !== 'Company') return;
  const next = units[i + 1];
  let owned = -1;
  if (isEntity(next)) {
    if (next.poss || next.demonym || next.m.type !== 'Company' || headedByNoun(units, i + 1)) return;
    // "Aston's DB9", "Airbus's A380": a model number names a product, not a company held.
    if (/\d/.test(next.m.surface)) return;
    // "Kestrel's Orbis unit head" is a title, "Kestrel's Orbis deal" an act, "Rover's Longbridge plant" a site:
    // the name must end its noun phrase.
    if (!endsNounPhrase(units[i + 2])) return;
    owned = i + 1;
  } else {
    let j = i + 1;
    let head = false;
    for (; j < units.length && j < i + 6; j++) {
      const w = units[j];
      if (!isWordUnit(w) || NOT_UNIT_WORDS.has(w.w) || w.cap || isMainVerb(w)) break;
      head = UNIT_HEADS.has(w.w);
    }
    if (!head || !isPunct(units[j], ',', '-')) return;
    const target = units[j + 1];
    if (!isEntity(target) || target.poss || target.demonym || target.m.type !== 'Company') return;
    owned = j + 1;
  }
  emitInvested(out, units, [i], [owned], 0.65, 'parent-unit');
  let k = i - 1;
  if (isWordUnit(units[k], 'forced', 'planned', 'proposed')) k--;
  if (isWordUnit(units[k], 'of') && isWordUnit(units[k - 1], 'sale', 'disposal', 'spin-off', 'divestment')) {
    emitDivested(out, units, [i], [owned], 0.6, 'sale-of-parent-unit');
  }
}

/** The unit after a name closes its noun phrase: punctuation, the end, a tensed verb, a preposition or conjunction. */
function endsNounPhrase(u: Unit | undefined): boolean {
  if (!u || u.k === 'p') return true;
  if (u.k === 'e') return false;
  const t = u.tags;
  if (t.has('Noun') && !t.has('Verb')) return false;
  if (t.has('PastTense') || t.has('Copula') || t.has('Modal') || t.has('Auxiliary') || t.has('Preposition') || t.has('Conjunction')) return true;
  return t.has('PresentTense') && u.w.endsWith('s');
}

/** "Mr X is Y's largest shareholder", "X has become Y's biggest investor". */
function matchIsOwnerOf(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (!isWordUnit(units[j], 'is', 'was', 'remains', 'remained', 'became', 'becomes', 'has', 'had')) return;
  while (isWordUnit(units[j], 'is', 'was', 'remains', 'remained', 'became', 'becomes', 'has', 'had', 'been', 'become', 'now', 'still', 'already', 'the', 'a', 'an')) j++;
  const owned = units[j];
  if (!isEntity(owned) || !owned.poss || owned.demonym || ownerPhraseEnd(units, j + 1) < 0) return;
  if (negatedNear(units, i + 1, j)) return;
  // "X was Y's parent until 2003" still held it; "X is Y's former owner" does not.
  if (isWordUnit(units[j + 1], 'former', 'ex')) return;
  emitInvested(out, units, groupAt(su, i).length > 1 ? groupAt(su, i) : [i], [j], 0.7, 'is-owner-of');
}

// Only control: "which owns Evian" may name a brand, not a company held.
const CONTROL_VERBS = new Set(['controls', 'controlled']);

/** "X, which controls Y", "X - which owns Y -": the relative clause's head holds Y. */
function matchWhichControls(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let r = i - 1;
  while (isWordUnit(units[r], 'also', 'already', 'now', 'still', 'currently', 'effectively', 'ultimately')) r--;
  let k = i + 1;
  if (isWordUnit(units[k], 'the')) k++;
  const owned = units[k];
  if (!isEntity(owned) || owned.poss || owned.demonym || headedByNoun(units, k)) return;
  if (!isWordUnit(units[r], 'which', 'that')) {
    // "X (now) controls Y": the present tense states a holding; "controlled" after a be-form is passive.
    if ((units[i] as WordUnit).w !== 'controls') return;
    const subject = findSubject(su, i);
    // "a group through which Mr X controls Y": X controls through the group, the clause is about it.
    let h = subject ? subject.members[0]! - 1 : -1;
    while (isWordUnit(units[h], 'mr', 'mrs', 'ms', 'dr', 'the')) h--;
    if (isWordUnit(units[h], 'which', 'whom', 'whose')) return;
    if (subject && !subject.negated) emitInvested(out, units, subject.members, groupAt(su, k), 0.65, 'controls');
    return;
  }
  if (!isPunct(units[r - 1], ',', '-')) return;
  const head = units[r - 2];
  if (!isEntity(head) || head.poss || head.demonym) return;
  emitInvested(out, units, [r - 2], groupAt(su, k), 0.7, 'which-controls');
}

const TRANSFER_VERBS = new Set(['transferred', 'transfers', 'handed', 'hands', 'passed', 'passes', 'gave', 'gives', 'signed']);

/**
 * "X transferred his controlling stake in oil giant Y to Z", "X handed over his 59.5% stake in
 * holding company Y - which … - to Z": X held Y, Z now holds it.
 */
function matchTransferredStake(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (isWordUnit(units[j], 'over')) j++;
  if (!isWordUnit(units[j]) || !OWN_DETERMINERS.has((units[j] as WordUnit).w)) return;
  j++;
  for (let steps = 0; steps < 4; steps++) {
    const end = isPercent(units, j);
    if (end > 0) j = end;
    else if (isWordUnit(units[j]) && STAKE_MODIFIERS.has((units[j] as WordUnit).w)) j++;
    else break;
  }
  if (!isWordUnit(units[j]) || !HOLDING_NOUNS.has((units[j] as WordUnit).w) || !isWordUnit(units[j + 1], 'in', 'of')) return;
  const owned = describedObject(su, j + 2);
  const subject = findSubject(su, i);
  if (!owned || !subject || subject.negated) return;
  emitInvested(out, units, subject.members, owned, 0.6, 'transferred-stake');
  // "… to Z", across a dash-closed aside "- which controls Y -".
  let k = owned[owned.length - 1]! + 1;
  if (isPunct(units[k], '-', ',')) {
    const close = k;
    k++;
    while (k < units.length && k < close + 10 && !isPunct(units[k], (units[close] as { p: string }).p)) k++;
    k++;
  }
  if (!isWordUnit(units[k], 'to')) return;
  const receivers = findObject(su, k + 1, 3);
  if (receivers && !headedByNoun(units, receivers[0]!)) emitInvested(out, units, receivers, owned, 0.6, 'transferred-stake-to');
}

const DESIGNATORS = new Set(['group', 'holding', 'holdings', 'bank', 'banco', 'grupo']);

/** The entity after lower-case descriptor words from `from` ("oil giant Y", "holding company Y"), as its group. */
function describedObject(su: SentenceUnits, from: number): number[] | null {
  const units = su.units;
  for (let j = from; j < units.length && j < from + 4; j++) {
    const u = units[j]!;
    if (isEntity(u)) return u.poss || u.demonym || headedByNoun(units, j) ? null : groupAt(su, j);
    // "holding company Group Menatep": a capitalised designator may open the name
    if (!isWordUnit(u) || u.cap && j > from && !DESIGNATORS.has(u.w) || ['to', 'from', 'by', 'with', 'for', 'at', 'of', 'which', 'that', 'and'].includes(u.w)) return null;
  }
  return null;
}

const BEAT_VERBS = new Set(['beat', 'beats', 'beaten', 'beating', 'outbid', 'outbids', 'outbidding']);
const TAKEOVER_VERBS = new Set(['buy', 'acquire', 'purchase', 'take']);

/** "X beat Y to buy Z": X bought Z (Y lost it). */
function matchBeatToBuy(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const rivals = findObject(su, i + 1, 2);
  if (!rivals) return;
  const k = rivals[rivals.length - 1]! + 1;
  if (!isWordUnit(units[k], 'to') || !isWordUnit(units[k + 1]) || !TAKEOVER_VERBS.has((units[k + 1] as WordUnit).w)) return;
  let o = k + 2;
  if (isWordUnit(units[k + 1], 'take') && isWordUnit(units[o], 'over')) o++;
  const owned = findObject(su, o, 3);
  const subject = findSubject(su, i);
  if (!owned || !subject || subject.negated) return;
  if (isWordUnit(units[owned[0]! - 1], 'from')) return;
  emitInvested(out, units, subject.members, owned, 0.6, 'beat-to-buy');
}

const BUY_VERBS = new Set(['buying', 'acquiring', 'purchasing', 'buy', 'acquire', 'purchase', 'bought', 'acquired', 'purchased']);
const SAY_VERBS = new Set(['said', 'says', 'announced', 'confirmed', 'added']);

/** "X said it was buying 100% of Y", "X announced it would acquire Y": "it" is the speaker. */
function matchSaidItBuys(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i - 1;
  while (isWordUnit(units[j], 'was', 'is', 'will', 'has', 'had', 'have', 'had', 'now', 'also', 'already', 'be')) j--;
  if (j === i - 1 || !isWordUnit(units[j], 'it')) return;
  let s = j - 1;
  if (isWordUnit(units[s], 'that')) s--;
  if (!isWordUnit(units[s]) || !SAY_VERBS.has((units[s] as WordUnit).w)) return;
  let o = i + 1;
  const end = isPercent(units, o);
  if (end > 0) {
    if (!isWordUnit(units[end], 'of')) return;
    o = end + 1;
  }
  if (isWordUnit(units[o], 'the')) o++;
  const owned = units[o];
  if (!isEntity(owned) || owned.poss || owned.demonym || headedByNoun(units, o)) return;
  const subject = findSubject(su, s);
  if (!subject || subject.negated) return;
  emitInvested(out, units, subject.members, [o], 0.6, 'said-it-buys');
}

/** "A and B set up a venture, with both parties having a 40% stake in the venture - Z": each party holds Z. */
function matchVentureParties(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[i + 1], 'parties', 'partners', 'companies', 'firms', 'groups', 'sides', 'of')) return;
  let j = i + 2;
  if (isWordUnit(units[i + 1], 'of')) {
    if (!isWordUnit(units[j], 'them')) return;
    j++;
  }
  if (!isWordUnit(units[j], 'having', 'have', 'has', 'hold', 'holding', 'own', 'owning', 'with', 'took', 'taking')) return;
  let k = j + 1;
  if (isWordUnit(units[k], 'a', 'an')) k++;
  const end = isPercent(units, k);
  if (end > 0) k = end;
  if (!isWordUnit(units[k], 'stake', 'share', 'shareholding', 'holding', 'interest') || !isWordUnit(units[k + 1], 'in')) return;
  k += 2;
  if (isWordUnit(units[k], 'the')) k++;
  if (!isWordUnit(units[k], 'venture', 'joint', 'company')) return;
  while (isWordUnit(units[k], 'joint', 'venture', 'company')) k++;
  if (!isPunct(units[k], ',', '-', ':')) return;
  const venture = units[k + 1];
  if (!isEntity(venture) || venture.m.type !== 'Company') return;
  // The parties: the first group of two or more companies before "both".
  const group = su.groups.find((g) => g.members.length >= 2 && g.members[g.members.length - 1]! < i);
  if (!group) return;
  emitInvested(out, units, group.members, [k + 1], 0.6, 'venture-parties');
}

const BE_WORDS = new Set(['is', 'was', 'are', 'were', 'remains', 'remained', 'been', 'be']);
const FALL_VERBS = new Set(['falling', 'fell', 'fallen', 'fall', 'falls', 'passed', 'passing', 'came', 'coming', 'come', 'went', 'gone', 'landed', 'ended', 'ending']);
// "in the hands of the administrators PwC" keeps no stake.
const CUSTODIANS = new Set(['administrator', 'administrators', 'receiver', 'receivers', 'liquidator', 'liquidators', 'regulator', 'regulators', 'court', 'courts', 'police', 'judge']);

/**
 * "Y fell into the hands of Z", "Y was sold, eventually falling into the hands of Z",
 * "Y is now in the hands of Z", "the state owns 51% of Y, while the remaining shareholding is in the hands of Z": Z holds Y.
 */
function matchInTheHandsOf(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (!isWordUnit(units[i - 1], 'the') || !isWordUnit(units[i - 2], 'in', 'into') || !isWordUnit(units[i + 1], 'of')) return;
  const holders = findObject(su, i + 2, 5);
  if (!holders || headedByNoun(units, holders[0]!)) return;
  for (let j = i + 2; j < holders[0]!; j++) if (isWordUnit(units[j]) && CUSTODIANS.has((units[j] as WordUnit).w)) return;
  if (negatedNear(units, Math.max(0, i - 6), i)) return;
  const prep = i - 2;
  let v = prep - 1;
  while (isWordUnit(units[v], 'eventually', 'finally', 'later', 'then', 'ultimately', 'now', 'firmly', 'still', 'currently')) v--;
  const fell = isWordUnit(units[v]) && FALL_VERBS.has((units[v] as WordUnit).w) && isWordUnit(units[prep], 'into');
  // "Y is now in the hands of Z", "Y fell into the hands of Z"; not "Y put its future in the hands of Z".
  const subject = fell ? findSubject(su, v) : isWordUnit(units[v]) && BE_WORDS.has((units[v] as WordUnit).w) ? findSubject(su, prep) : null;
  if (subject) {
    if (!subject.negated) emitInvested(out, units, holders, subject.members, 0.6, 'in-the-hands-of');
    return;
  }
  let c = v - 1;
  while (isWordUnit(units[c], 'eventually', 'finally', 'later', 'then', 'ultimately')) c--;
  if (fell && isPunct(units[c], ',')) {
    // "Y was sold off at auction, eventually falling into the hands of Z": the sentence's subject fell.
    let first = 0;
    while (isWordUnit(units[first], 'the', 'but', 'and', 'meanwhile')) first++;
    const head = units[first];
    if (isEntity(head) && !head.poss && !head.demonym && isWordUnit(units[first + 1]) && (units[first + 1] as WordUnit).tags.has('Verb')) {
      emitInvested(out, units, holders, [first], 0.55, 'fell-into-the-hands-of');
    }
    return;
  }
  // "… owns 51% of Y, while the remaining shareholding … are in the hands of Z"
  let rest = -1;
  for (let j = prep - 1; j >= 0 && j > prep - 12; j--) {
    if (isWordUnit(units[j], 'remaining', 'rest', 'remainder', 'balance')) rest = j;
  }
  if (rest < 0) return;
  for (let j = rest - 1; j >= 0 && j > rest - 6; j--) {
    const u = units[j];
    if (isEntity(u)) {
      // "of" must close a share: "51.4% of Y"
      const share = units[j - 2];
      if (!u.poss && !u.demonym && isWordUnit(units[j - 1], 'of') && isWordUnit(share) && (/%$/.test(share.w) || share.w === 'cent' || share.w === 'percent')) {
        emitInvested(out, units, holders, [j], 0.55, 'remaining-in-the-hands-of');
      }
      return;
    }
  }
}

const OWNED_PARTICIPLES = new Set(['owned', 'controlled', 'bought', 'acquired', 'purchased', 'majority-owned', 'wholly-owned', 'part-owned', 'partly-owned', 'state-owned']);

/** "Y, (now) owned by X", "Y is majority-owned by X", "Y was bought by X": X holds Y. */
function matchOwnedBy(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const owners = findObject(su, i + 2, 3);
  if (!owners || headedByNoun(units, owners[0]!)) return;
  let j = i - 1;
  if (isPunct(units[j], '-')) j--;
  // "Y is 25% owned by X"
  if (isWordUnit(units[j]) && /%$/.test((units[j] as WordUnit).w)) j--;
  while (isWordUnit(units[j], 'majority', 'wholly', 'partly', 'part', 'jointly', 'now', 'still', 'also', 'largely', 'ultimately', 'currently', 'once', 'formerly')) j--;
  if (isPunct(units[j], ',') || isPunct(units[j], '(')) {
    const owned = units[j - 1];
    if (!isEntity(owned) || owned.poss || owned.demonym || headedByNoun(units, j - 1)) return;
    emitInvested(out, units, owners, [j - 1], 0.65, 'owned-by-apposition');
    return;
  }
  // "Y is/was (majority-)owned by X": only the hyphenated and bare participles the passive trigger skips.
  if (!isWordUnit(units[j], 'is', 'was', 'are', 'were', 'been', 'be', 'being', 'remains', 'became')) return;
  if (!(units[i] as WordUnit).w.includes('-') && !isPunct(units[i - 1], '-') && !/%$/.test((units[i - 1] as WordUnit).w ?? '')) return;
  const subject = findSubject(su, j + 1);
  if (subject && !subject.negated) emitInvested(out, units, owners, subject.members, 0.65, 'is-owned-by');
}

const RAISE_VERBS = new Set(['increased', 'raised', 'lifted', 'boosted', 'upped', 'doubled', 'trebled', 'tripled', 'increases', 'raises', 'lifts', 'boosts']);

/** "X increased its stake in Y to 30%": X holds Y. */
function matchRaisedStake(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (!isWordUnit(units[j]) || !OWN_DETERMINERS.has((units[j] as WordUnit).w)) return;
  j++;
  for (let steps = 0; steps < 4; steps++) {
    const end = isPercent(units, j);
    if (end > 0) j = end;
    else if (isWordUnit(units[j]) && STAKE_MODIFIERS.has((units[j] as WordUnit).w)) j++;
    else break;
  }
  if (!isWordUnit(units[j]) || !HOLDING_NOUNS.has((units[j] as WordUnit).w) || !isWordUnit(units[j + 1], 'in')) return;
  const owned = describedObject(su, j + 2);
  const subject = findSubject(su, i);
  if (!owned || !subject || subject.negated) return;
  emitInvested(out, units, subject.members, owned, 0.7, 'raised-stake');
}

const CONTROL_TAKERS = new Set(['took', 'taken', 'takes', 'gained', 'gains', 'won', 'wins', 'acquired', 'acquires', 'seized', 'assumed', 'secured', 'secures', 'bought']);

/** "X took control of Y", "X has gained full control of Y". */
function matchTookControl(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let v = i - 1;
  while (isWordUnit(units[v], 'full', 'majority', 'overall', 'effective', 'operational', 'management', 'total', 'sole', 'outright')) v--;
  if (!isWordUnit(units[v]) || !CONTROL_TAKERS.has((units[v] as WordUnit).w)) return;
  let o = i + 2;
  if (isWordUnit(units[o], 'the')) o++;
  const owned = units[o];
  if (!isEntity(owned) || owned.poss || owned.demonym || headedByNoun(units, o)) return;
  if (isWordUnit(units[v - 1], 'to')) return;
  const subject = findSubject(su, v);
  if (!subject || subject.negated) return;
  emitInvested(out, units, subject.members, groupAt(su, o), 0.65, 'took-control');
}

const DONE_VERBS = new Set(['completed', 'completes', 'finalised', 'finalized', 'closed', 'sealed', 'concluded']);

/** "X completed its takeover of Y": a finished purchase. */
function matchCompletedTakeover(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (!isWordUnit(units[j], 'its', 'their', 'the')) return;
  j++;
  if (isPercent(units, j) > 0) j = isPercent(units, j);
  while (isWordUnit(units[j], 'planned', 'proposed', 'long-awaited', 'agreed', 'hostile', 'friendly', 'full')) j++;
  if (!isWordUnit(units[j], 'takeover', 'acquisition', 'purchase', 'buyout') || !isWordUnit(units[j + 1], 'of')) return;
  const owned = describedObject(su, j + 2);
  const subject = findSubject(su, i);
  if (!owned || !subject || subject.negated) return;
  emitInvested(out, units, subject.members, owned, 0.65, 'completed-takeover');
}

const BOUGHT_VERBS = new Set(['bought', 'acquired', 'purchased']);

/** "Z bought Y (a 20% stake in Y) from X": X held Y and sold it. */
function matchBoughtFrom(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  if (isWordUnit(units[i - 1], 'be', 'been', 'being', 'was', 'were', 'is', 'are')) return;
  let j = i + 1;
  let owned: number[] | null = null;
  if (isEntity(units[j])) {
    const u = units[j] as EntityUnit;
    if (u.poss || u.demonym || u.m.type !== 'Company' || headedByNoun(units, j)) return;
    owned = groupAt(su, j);
  } else {
    // "a 20% stake in Y", "its shares in Y"
    if (isWordUnit(units[j], 'a', 'an', 'the', 'its', 'their')) j++;
    for (let steps = 0; steps < 4; steps++) {
      const end = isPercent(units, j);
      if (end > 0) j = end;
      else if (isWordUnit(units[j]) && STAKE_MODIFIERS.has((units[j] as WordUnit).w)) j++;
      else break;
    }
    if (!isWordUnit(units[j]) || !HOLDING_NOUNS.has((units[j] as WordUnit).w) || !isWordUnit(units[j + 1], 'in')) return;
    owned = describedObject(su, j + 2);
  }
  if (!owned) return;
  const k = owned[owned.length - 1]! + 1;
  if (!isWordUnit(units[k], 'from')) return;
  const sellers = findObject(su, k + 1, 3);
  const subject = findSubject(su, i);
  if (!sellers || !subject || subject.negated || headedByNoun(units, sellers[0]!)) return;
  emitDivested(out, units, sellers, owned, 0.6, 'bought-from');
  emitInvested(out, units, sellers, owned, 0.55, 'bought-from-held');
}

/** "X disposed of its stake in Y", "X spun off Y": X held Y and let it go. */
function matchDisposedOf(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 1;
  if (!isWordUnit(units[j], (units[i] as WordUnit).w === 'spun' ? 'off' : 'of')) return;
  j++;
  let owned: number[] | null;
  if (isWordUnit(units[j]) && OWN_DETERMINERS.has((units[j] as WordUnit).w)) {
    j++;
    for (let steps = 0; steps < 4; steps++) {
      const end = isPercent(units, j);
      if (end > 0) j = end;
      else if (isWordUnit(units[j]) && STAKE_MODIFIERS.has((units[j] as WordUnit).w)) j++;
      else break;
    }
    if (!isWordUnit(units[j]) || !HOLDING_NOUNS.has((units[j] as WordUnit).w) || !isWordUnit(units[j + 1], 'in')) return;
    owned = describedObject(su, j + 2);
  } else {
    const u = units[j];
    if (!isEntity(u) || u.poss || u.demonym || u.m.type !== 'Company' || headedByNoun(units, j)) return;
    owned = groupAt(su, j);
  }
  const subject = findSubject(su, i);
  if (!owned || !subject || subject.negated) return;
  emitDivested(out, units, subject.members, owned, 0.6, 'disposed-of');
  emitInvested(out, units, subject.members, owned, 0.55, 'disposed-of-held');
}

/** "X's sale of Y to Z", "the sale of Y to Z was approved": Z bought Y (and X sold it). */
function matchSaleOfTo(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  let j = i + 2;
  if (isWordUnit(units[j], 'its', 'their')) j++;
  const sold = units[j];
  if (!isEntity(sold) || sold.poss || sold.demonym || sold.m.type !== 'Company' || headedByNoun(units, j)) return;
  const owned = groupAt(su, j);
  const k = owned[owned.length - 1]! + 1;
  if (!isWordUnit(units[k], 'to')) return;
  const buyers = findObject(su, k + 1, 3);
  if (!buyers || headedByNoun(units, buyers[0]!)) return;
  // "the proposed sale", "a possible sale" is not done.
  if (isWordUnit(units[i - 1], 'proposed', 'planned', 'possible', 'potential', 'mooted', 'blocked', 'failed')) return;
  emitInvested(out, units, buyers, owned, 0.6, 'sale-of-to');
  const seller = units[i - 1];
  if (isEntity(seller) && seller.poss && !seller.demonym) {
    emitDivested(out, units, [i - 1], owned, 0.6, 'sale-of-to-seller');
    emitInvested(out, units, [i - 1], owned, 0.55, 'sale-of-to-held');
  }
}

const HALTED_WORDS = new Set(['blocked', 'rejected', 'collapsed', 'failed', 'would', 'could', 'might', 'faces', 'faced', 'abandoned', 'scrapped', 'halted']);
const TAKEOVER_NOUNS = new Set(['takeover', 'acquisition', 'purchase', 'buyout']);

/** "the takeover of Y by X was approved": X bought Y (not a proposed, planned or blocked one). */
function matchTakeoverOfBy(su: SentenceUnits, i: number, out: Candidate[]): void {
  const units = su.units;
  const owned = describedObject(su, i + 2);
  if (!owned) return;
  const k = owned[owned.length - 1]! + 1;
  if (!isWordUnit(units[k], 'by')) return;
  const buyers = findObject(su, k + 1, 3);
  if (!buyers || headedByNoun(units, buyers[0]!)) return;
  for (let j = i - 1; j >= 0 && j >= i - 3; j--) {
    if (isWordUnit(units[j], 'proposed', 'planned', 'possible', 'potential', 'mooted', 'blocked', 'failed', 'rejected', 'hostile', 'bid', 'against', 'oppose', 'opposed', 'block')) return;
  }
  if (negatedNear(units, Math.max(0, i - 4), i)) return;
  // "… by X was blocked / would create …": a failed or hypothetical deal.
  const after = buyers[buyers.length - 1]! + 1;
  for (let j = after; j < units.length && j < after + 4; j++) {
    const w = units[j];
    if (!isWordUnit(w) || w.tags.has('Date')) continue;
    // "may" the modal, not the month ("in May")
    const modalMay = w.w === 'may' && !isWordUnit(units[j - 1], 'in', 'since', 'until', 'by', 'from', 'of', 'to', 'early', 'late', 'mid', 'last', 'next', 'this');
    if (modalMay || isNegation(w) || HALTED_WORDS.has(w.w)) return;
  }
  emitInvested(out, units, buyers, owned, 0.6, 'takeover-of-by');
}
