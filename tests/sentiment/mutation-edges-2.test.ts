// Edge cases written against the src/sentiment mutants the Stryker re-run at d646148 left alive (docs/mutation.md).
// VADER expectations are worked by hand from the vaderSentiment 3.3.2 rules and vader_lexicon.txt
// values; the arithmetic is in the comments.
import { describe, expect, it } from 'vitest';
import { registerScorer, registeredScorers, unregisterScorer } from '../../src/sentiment/registry.ts';
import type { Scorer } from '../../src/sentiment/scorer.ts';
import { normalize } from '../../src/sentiment/vader.ts';

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
