// Titles that name a body the article mentions elsewhere: "Representative X" → its Congress, "Minister of Defence X" → the Ministry of Defence.
import type { ExtractedEntity } from '../../../core/types.ts';
import type { Mention } from '../types.ts';
import { addCandidate, type Candidate } from './candidate.ts';
import { HONORIFICS } from './lexicon.ts';
import { isEntity } from './scan.ts';
import type { SentenceUnits, Unit } from './units.ts';

/** Legislators' titles and the bodies they sit in, most specific first. */
const LEGISLATOR_TITLES: Array<[RegExp, RegExp]> = [
  [/^(senator|sen)$/, /\bsenate\b/i],
  [/^(senator|sen)$/, /\bcongress\b/i],
  [/^(representative|rep|congressman|congresswoman)$/, /\b(house of representatives|congress)\b/i],
  [/^(mep)$/, /\beuropean parliament\b/i],
];

function bodyNamed(entities: ExtractedEntity[], name: RegExp, anchor: Mention): Mention | null {
  const body = entities.find((e) => e.type === 'GovernmentBody' && name.test(e.name));
  if (!body) return null;
  return { entityId: body.id, name: body.name, type: body.type, surface: body.name, sentence: anchor.sentence, start: anchor.start, end: anchor.start };
}

/** The title words right before the unit at i, across honorifics (lower case, in order). */
function titleBefore(units: Unit[], i: number, max: number): string[] {
  const words: string[] = [];
  for (let j = i - 1; j >= 0 && words.length < max; j--) {
    const u = units[j]!;
    if (u.k !== 'w') break;
    if (HONORIFICS.has(u.w) && words.length === 0 && u.w !== 'rep' && u.w !== 'sen') continue;
    words.unshift(u.w);
  }
  return words;
}

/**
 * A ministry named after its country ("Ministry of Foreign Affairs of Japan") fits a minister only
 * when the nearest country named before the person is that country ("Russia's President X,
 * Minister of Foreign Affairs Y" is no Japanese minister).
 */
function countryFits(units: Unit[], person: number, ministry: Mention, entities: ExtractedEntity[]): boolean {
  const countries = entities.filter((e) => e.type === 'Country' && ministry.name.includes(e.name));
  if (countries.length === 0) return true;
  for (let j = person - 1; j >= 0; j--) {
    const u = units[j]!;
    if (isEntity(u) && u.m.type === 'Country') return countries.some((c) => c.name === u.m.name);
  }
  return true;
}

/** Reads legislator and minister titles before persons in one sentence. */
export function matchTitles(su: SentenceUnits, entities: ExtractedEntity[], out: Candidate[]): void {
  if (entities.length === 0) return;
  const units = su.units;
  for (let i = 0; i < units.length; i++) {
    const u = units[i]!;
    if (!isEntity(u) || u.m.type !== 'Person') continue;
    const title = titleBefore(units, i, 5);
    if (title.length === 0) continue;
    const last = title[title.length - 1]!;
    for (const [word, body] of LEGISLATOR_TITLES) {
      if (!word.test(last)) continue;
      const target = bodyNamed(entities, body, u.m);
      if (target) {
        addCandidate(out, u.m, 'MEMBER_OF', target, 0.55, 'legislator-title');
        break;
      }
    }
    // "Minister of Defense X" / "Defence Minister X" → the article's Ministry of Defence.
    const minister = title.lastIndexOf('minister');
    if (minister < 0) continue;
    const field = minister === title.length - 1 ? title.slice(0, minister).filter((w) => w !== 'the').pop() : title[minister + 1] === 'of' || title[minister + 1] === 'for' ? title[minister + 2] : undefined;
    if (!field || field.length < 4 || minister > 0 && ['deputy', 'junior', 'vice', 'state', 'shadow'].includes(title[minister - 1]!)) continue;
    const stem = field.slice(0, 5);
    const ministry = new RegExp(`^(the )?ministry (of|for) (the )?${stem}`, 'i');
    const target = bodyNamed(entities, ministry, u.m);
    if (target && countryFits(units, i, target, entities)) addCandidate(out, u.m, 'LEADS', target, 0.6, 'minister-title');
  }
}
