// Sentences ending inside a closing quote are split from the next one, so a role in the next sentence is read on its own; quotes ending mid-sentence stay joined.
import { describe, expect, it } from 'vitest';
import { parseSentences } from '../../../../../ingest/extract/nlp.ts';
import { relationsOf } from './helpers.ts';

describe('sentence ends inside closing quotes', () => {
  it.each([
    ['He said: "It is over." Senior Labour MP Tom Hay agreed.', ['He said: "It is over', 'Senior Labour MP Tom Hay agreed']],
    ['She asked: "Why now?" Tom Hay did not answer.', ['She asked: "Why now', 'Tom Hay did not answer']],
    // a quote closed by a comma, or followed by a lower-case word, ends nothing
    ['"It is over," said Tom Hay.', ['It is over," said Tom Hay']],
    ['He called it "a mess." and left.', ['He called it "a mess." and left']],
  ])('%s', (text, expected) => {
    expect(parseSentences(text).map((s) => s.text.replace(/^["“]/, '"'))).toEqual(expected.map((e) => e.replace(/^["“]/, '"')));
  });

  it('reads the role of a sentence that follows a quotation', () => {
    const text = 'Mr Bell said: "We will not rule it out." Senior Labour backbencher Tom Hay, who chairs the Transport Committee, agreed.';
    expect(relationsOf(text, ['Labour Party:PoliticalParty|Labour', 'Tom Hay:Person', 'Tom Bell:Person|Mr Bell', 'Transport Committee:GovernmentBody'])).toEqual([
      'Tom Hay -LEADS-> Transport Committee',
      'Tom Hay -MEMBER_OF-> Labour Party',
    ]);
  });
});
