// Out-of-vocabulary raw tokens are tokenized by wink's own path once per thread and replayed after that
// (src/text/nlp.ts). This file runs in a fresh worker, so the first reading below takes wink's own path.
import { describe, expect, it } from 'vitest';
import { tokenize } from '../../src/text/index.ts';
import { readRaw } from '../../src/text/nlp.ts';

// Each raw token once, after 0, 1 and 3 spaces, a non-breaking space, a line break and punctuation.
const TEXT = [
  'Zakharova said Lavrov’s   Blinken-Lavrov talks (Šoigu) were "unacceptable", Secretary’s aide',
  'wrote: https://mid.ru/x?y=1 and press@state.gov at 10:30am; 5km\u00a0Rubio\u2009Kallas can’t Kyiv-bound.',
  '',
  'Nebenzya! Lavrov\'s #sanctions @MFA_Russia ¯\\_(ツ)_/¯ U.S.-Russia 2nd 1990s $5bn',
].join('\n');

const snapshot = (text: string) => {
  const raw = readRaw(text);
  const t = tokenize(text);
  return {
    raw: [...raw.tokens],
    sentences: raw.sentences.map((s) => [...s]),
    tokens: t.tokens.map((k) => [k.text, k.start, k.end, k.lemma, k.type, k.negated]),
  };
};

describe('out-of-vocabulary memo', () => {
  it('replays exactly what wink made of each raw token the first time', () => {
    const first = snapshot(TEXT);
    const again = snapshot(TEXT);
    expect(again).toEqual(first);
    // The cases that matter were out of vocabulary: split as a fresh model splits them.
    const texts = first.tokens.map((k) => k[0]);
    expect(texts).toContain('Zakharova');
    expect(texts.slice(texts.indexOf('Secretary'), texts.indexOf('Secretary') + 2)).toEqual(['Secretary', '’s']);
  });

  it('keys the memo by the spaces before a token', () => {
    // The same raw token after one space, three spaces and a non-breaking space keeps its own offsets.
    const text = 'Zakharova said. Zakharova   said. Zakharova\u00a0said.';
    const t = tokenize(text).tokens.filter((k) => k.text === 'Zakharova');
    expect(t.map((k) => k.start)).toEqual([0, 16, 34]);
    expect(snapshot(text)).toEqual(snapshot(text));
  });
});
