import { describe, expect, it } from 'vitest';
import { classifyName } from '../../../../ingest/extract/classify-name.ts';
import { editDistance } from '../../../../ingest/extract/edit-distance.ts';
import { loadSignals } from '../../../../ingest/extract/gazetteer.ts';
import { phraseKeys, wordKey } from '../../../../ingest/extract/words.ts';
import { parseSentences } from '../../../../ingest/extract/nlp.ts';

const signals = loadSignals();

describe('classifyName: the head word types a name', () => {
  it.each([
    ['socialist left party', 'PoliticalParty'],
    ['government pension fund global', undefined],
    ['church of england pensions board', 'Fund'],
    ['colorado public employees retirement association', 'Fund'],
    ['ministry of foreign affairs of japan', 'GovernmentBody'],
    ['interior ministry', 'GovernmentBody'],
    ['national cyber security centre', 'GovernmentBody'],
    ['transition pathway initiative', 'Organization'],
    ['institute of directors', 'Organization'],
    ['moscow institute of physics and technology', 'Organization'],
    ['first quantum minerals limited', 'Company'],
    ['huawei technologies', 'Company'],
    ['imam khomeini international airport', 'Place'],
    ['alistair carmichael', undefined],
  ])('%s → %s', (name, type) => {
    expect(classifyName(name.split(' '), signals)?.type).toBe(type);
  });
});

describe('editDistance', () => {
  it.each([
    ['hikivision', 'hikvision', 1],
    ['daha', 'dahua', 1],
    ['kitten', 'sitting', 3],
    ['same', 'same', 0],
  ])('%s ~ %s = %i', (a, b, d) => expect(editDistance(a, b)).toBe(d));

  it('stops early past the limit', () => {
    expect(editDistance('abcdefgh', 'zyxwvuts', 2)).toBe(3);
  });
});

describe('word keys', () => {
  it.each([
    ["Norway's", 'norway'],
    ['U.S.', 'us'],
    ['AT&T', 'att'],
    ['Börse', 'borse'],
  ])('%s → %s', (word, key) => expect(wordKey(word)).toBe(key));

  it('splits phrases the way tokens are split', () => {
    expect(phraseKeys('Rolls-Royce CDU/CSU')).toEqual(['rolls', 'royce', 'cdu', 'csu']);
  });
});

describe('parseSentences', () => {
  it('gives plain sentences and tokens with absolute offsets', () => {
    const text = 'Title line\n\nMP Karen Lee spoke. Hikvision’s cameras were installed.';
    const sentences = parseSentences(text);
    expect(sentences.map((s) => s.text)).toEqual(['Title line', 'MP Karen Lee spoke', 'Hikvision’s cameras were installed']);
    for (const s of sentences) for (const t of s.tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    expect(Object.getPrototypeOf(sentences[1]!.tokens[0])).toBe(Object.prototype);
  });
});
