// LOCATED_IN from a place written inside a longer name ("Huawei UK"), on sentences of our own; a hyphen pair ("Turkey-EU talks") places nothing.
import { describe, expect, it } from 'vitest';
import type { EntityType } from '../../../../../core/types.ts';
import { parseSentences } from '../../../../../ingest/extract/nlp.ts';
import type { Mention } from '../../../../../ingest/extract/types.ts';
import type { Candidate } from '../../../../../ingest/extract/relations/candidate.ts';
import { buildUnits } from '../../../../../ingest/extract/relations/units.ts';
import { matchPlaces } from '../../../../../ingest/extract/relations/patterns-places.ts';

type Spec = [surface: string, name: string, type: EntityType];

/** LOCATED_IN lines matchPlaces reads when `outer` is a mention and `inner` a mention inside it. */
function innerLocations(text: string, outer: Spec, inner: Spec): string[] {
  const [sentence] = parseSentences(text);
  const mention = ([surface, name, type]: Spec): Mention => {
    const start = text.indexOf(surface);
    return { entityId: name, name, type, surface, sentence: 0, start, end: start + surface.length };
  };
  const out: Candidate[] = [];
  matchPlaces(buildUnits(text, sentence!, [mention(outer), mention(inner)]), out);
  return out.filter((c) => c.type === 'LOCATED_IN').map((c) => `${c.source.name} -LOCATED_IN-> ${c.target.name}`);
}

describe('a place inside a name', () => {
  it.each<[string, Spec, Spec, string[]]>([
    ['Lumen Peru cut jobs.', ['Lumen Peru', 'Lumen Peru', 'Company'], ['Peru', 'Peru', 'Country'], ['Lumen Peru -LOCATED_IN-> Peru']],
    ['The Chile Copper Commission met.', ['Chile Copper Commission', 'Chile Copper Commission', 'GovernmentBody'], ['Chile', 'Chile', 'Country'], ['Chile Copper Commission -LOCATED_IN-> Chile']],
    ['Blair hails Turkey-EU talks deal.', ['Turkey-EU', 'European Union', 'GovernmentBody'], ['Turkey', 'Turkey', 'Country'], []],
    ['Lumen signed a Peru-Chile gas pact.', ['Peru-Chile', 'Peru-Chile', 'Company'], ['Chile', 'Chile', 'Country'], []],
  ])('%s', (text, outer, inner, expected) => {
    expect(innerLocations(text, outer, inner)).toEqual(expected);
  });
});
