// Edge cases written against the src/sentiment mutants the Stryker re-run at d646148 left alive (docs/mutation.md).
// VADER expectations are worked by hand from the vaderSentiment 3.3.2 rules and vader_lexicon.txt values
// (nice 1.8, evil -3.4, ugly -2.3, good 1.9); the arithmetic is in the comments.
import { describe, expect, it } from 'vitest';
import { registerScorer, registeredScorers, unregisterScorer } from '../../src/sentiment/registry.ts';
import type { Scorer, TokenSpans } from '../../src/sentiment/scorer.ts';
import { normalize, vaderPolarityScores } from '../../src/sentiment/vader.ts';

const edge: Scorer = {
  name: 'edgecase',
  columns: ['edge_a', 'edge_b'],
  polarityColumn: 'edge_a',
  describe: { method: 'm', columns: { edge_a: { description: 'a', unit: 'u' }, edge_b: { description: 'b', unit: 'u' } } },
  score: () => ({ edge_a: 0, edge_b: 0 }),
};

describe('scorer registry edges', () => {
  it('lists all of a scorer\'s columns, comma-separated, when the polarity column is not one of them', () => {
    expect(() => registerScorer({ ...edge, polarityColumn: 'x' }))
      .toThrow('scorer "edgecase": polarity column "x" is not one of its columns (edge_a, edge_b)');
  });

  it('refuses a column without a description, naming it', () => {
    const undescribed = { ...edge, describe: { method: 'm', columns: { edge_a: { description: 'a', unit: 'u' } } } };
    expect(() => registerScorer(undescribed)).toThrow('scorer "edgecase": column "edge_b" has no description');
    expect(registeredScorers().map((s) => s.name)).not.toContain('edgecase');
  });

  it('unregisterScorer removes a scorer', () => {
    registerScorer(edge);
    expect(registeredScorers().map((s) => s.name)).toContain('edgecase');
    unregisterScorer('edgecase');
    expect(registeredScorers().map((s) => s.name)).not.toContain('edgecase');
  });
});

describe('VADER normalize clamp', () => {
  // 3.3.2's normalize clamps to [-1, 1]; with the default alpha 15 it never has to, but a negative alpha makes it:
  // 2 / sqrt(2^2 - 3) = 2 / 1 = 2 -> 1; -2 / 1 = -2 -> -1.
  it('clamps to 1 and -1 when alpha is negative', () => {
    expect(normalize(2, -3)).toBe(1);
    expect(normalize(-2, -3)).toBe(-1);
  });
});

const spans = (start: number[], end: number[], id: number[], n = start.length): TokenSpans =>
  ({ n, start: Int32Array.from(start), end: Int32Array.from(end), id: Int32Array.from(id) });

describe('VADER token spans: a token takes a span\'s memo only when the span is exactly that token', () => {
  it('a span covering only part of a whitespace token is not the token', () => {
    // "xgood" with a span for its "good" [1, 5): the token is "xgood", no lexicon word: {neu: 1}.
    expect(vaderPolarityScores('xgood', spans([1], [5], [201]))).toEqual({ neg: 0, neu: 1, pos: 0, compound: 0 });
    // "(good" with the same span: the token "(good" is stripped of "(" to "good", 1.9:
    // compound 1.9 / sqrt(1.9^2 + 15) = 1.9 / 4.31393 = 0.4404; pos (1.9 + 1) / 2.9 = 1.
    expect(vaderPolarityScores('(good', spans([1], [5], [201]))).toEqual({ neg: 0, neu: 0, pos: 1, compound: 0.4404 });
  });

  it('entries past n, left from an earlier sentence in reused arrays, are not spans', () => {
    const s = spans([0, 5], [4, 9], [301, 302]);
    // "ugly good": -2.3 + 1.9 = -0.4; compound -0.4 / sqrt(0.16 + 15) = -0.4 / 3.89358 = -0.1027;
    // pos 2.9 / 6.2 = 0.468, neg 3.3 / 6.2 = 0.532.
    expect(vaderPolarityScores('ugly good', s)).toEqual({ neg: 0.532, neu: 0, pos: 0.468, compound: -0.1027 });
    // The next sentence fills only span 0; entry 1 still says [5, 9) is id 302 ("good").
    s.n = 1; s.id[0] = 303;
    // "nice evil": 1.8 - 3.4 = -1.6; compound -1.6 / sqrt(2.56 + 15) = -1.6 / 4.19047 = -0.3818;
    // pos 2.8 / 7.2 = 0.389, neg 4.4 / 7.2 = 0.611.
    expect(vaderPolarityScores('nice evil', s)).toEqual({ neg: 0.611, neu: 0, pos: 0.389, compound: -0.3818 });
    // Once more over the same stale entry, now on "ugly": 1.8 - 2.3 = -0.5; compound -0.5 / sqrt(0.25 + 15) =
    // -0.5 / 3.90512 = -0.1280; pos 2.8 / 6.1 = 0.459, neg 3.3 / 6.1 = 0.541.
    expect(vaderPolarityScores('nice ugly', s)).toEqual({ neg: 0.541, neu: 0, pos: 0.459, compound: -0.128 });
  });
});
