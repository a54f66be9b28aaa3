import { describe, expect, it } from 'vitest';
import { polarity, scorersByName, winkScorer } from '../../src/sentiment/index.ts';

describe('polarity', () => {
  // VADER convention (vaderSentiment README, "About the Scoring"): >= 0.05 positive, <= -0.05 negative, else neutral.
  it('uses the VADER thresholds, inclusive at +-0.05', () => {
    expect(polarity(0.05)).toBe('positive');
    expect(polarity(0.0499)).toBe('neutral');
    expect(polarity(0)).toBe('neutral');
    expect(polarity(-0.0499)).toBe('neutral');
    expect(polarity(-0.05)).toBe('negative');
    expect(polarity(3)).toBe('positive');
    expect(polarity(-2)).toBe('negative');
  });
});

describe('scorersByName', () => {
  it('returns the scorers in the order asked', () => {
    expect(scorersByName(['vader', 'wink']).map((s) => s.name)).toEqual(['vader', 'wink']);
    expect(scorersByName([])).toEqual([]);
  });

  it('names every unknown scorer and lists the valid ones', () => {
    expect(() => scorersByName(['afinn', 'vadr', 'liwc'])).toThrow(
      'Unknown sentiment scorers: "vadr", "liwc". Valid scorers: wink, afinn, vader.',
    );
    expect(() => scorersByName(['Vader'])).toThrow('Unknown sentiment scorer: "Vader". Valid scorers: wink, afinn, vader.');
  });

  it('declares a polarity column among its columns for every scorer', () => {
    for (const s of scorersByName(['wink', 'afinn', 'vader'])) expect(s.columns).toContain(s.polarityColumn);
  });
});

describe('winkScorer', () => {
  it('passes wink-nlp sentence sentiment through unchanged', () => {
    expect(winkScorer.score({ text: 'x', words: [], winkSentiment: -0.26666666666666666 })).toEqual({ wink: -0.26666666666666666 });
  });
});
