import { describe, expect, it } from 'vitest';
import { benjaminiHochberg } from '../../src/stats/multiple.ts';

// Benjamini & Hochberg (1995), the 15 p-values of their worked example; at q = 0.05 the
// step-up procedure rejects the four smallest.
const BH_1995 = [
  0.0001, 0.0004, 0.0019, 0.0095, 0.0201, 0.0278, 0.0298, 0.0344, 0.0459, 0.324, 0.4262, 0.5719, 0.6528, 0.759, 1.0,
];

describe('benjaminiHochberg', () => {
  it('rejects exactly the four smallest at 0.05 in the Benjamini & Hochberg (1995) example', () => {
    const adj = benjaminiHochberg(BH_1995);
    expect(adj.map((p) => p <= 0.05)).toEqual([true, true, true, true, ...new Array(11).fill(false)]);
  });

  it('gives the step-up adjusted values min_{j≥i} p(j)·m/j, computed by hand', () => {
    const adj = benjaminiHochberg(BH_1995);
    // i=1: min(0.0001·15, 0.0004·15/2, 0.0019·15/3, …) = 0.0015
    expect(adj[0]).toBeCloseTo(0.0015, 12);
    // i=4: 0.0095·15/4 = 0.035625
    expect(adj[3]).toBeCloseTo(0.035625, 12);
    // i=5: 0.0201·15/5 = 0.0603 (later ratios 0.0695, 0.06386, 0.0645, 0.0765 are larger)
    expect(adj[4]).toBeCloseTo(0.0603, 12);
    // i=6: 0.0278·15/6 = 0.0695 > 0.0298·15/7 = 0.0638571 → monotone step-up takes the latter
    expect(adj[5]).toBeCloseTo((0.0298 * 15) / 7, 12);
    expect(adj[14]).toBe(1);
  });

  it('keeps the input order, caps at 1, and leaves NaN as NaN (like R p.adjust)', () => {
    const adj = benjaminiHochberg([0.04, 0.01, NaN, 0.03]);
    // m = 3 (NaN not counted): sorted 0.01, 0.03, 0.04 → p·m/i = 0.03, 0.045, 0.04;
    // running minimum from the top: 0.04, min(0.045, 0.04) = 0.04, min(0.03, 0.04) = 0.03
    expect(adj[1]).toBeCloseTo(0.03, 12);
    expect(adj[3]).toBeCloseTo(0.04, 12);
    expect(adj[0]).toBeCloseTo(0.04, 12);
    expect(adj[2]).toBeNaN();
    expect(benjaminiHochberg([0.9, 0.8])).toEqual([0.9, 0.9]);
    expect(benjaminiHochberg([])).toEqual([]);
  });
});
