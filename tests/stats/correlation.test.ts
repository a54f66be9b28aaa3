import { describe, expect, it } from 'vitest';
import { averageRankIn, averageRanks, countBeforeNaN, spearmanRho } from '../../src/stats/correlation.ts';

describe('spearmanRho', () => {
  it('gives rho = 0.6 for the Hollander & Wolfe (1973: 187) data used in R’s cor.test example', () => {
    // R documentation of cor.test, "Hollander & Wolfe (1973), p. 187f.": S = 48, rho = 1 − 6·48/(9·80) = 0.6.
    const x = [44.4, 45.9, 41.9, 53.3, 44.7, 44.1, 50.7, 45.2, 60.1];
    const y = [2.6, 3.1, 2.5, 5.0, 3.6, 4.0, 5.2, 2.8, 3.8];
    expect(spearmanRho(x, y)).toBeCloseTo(0.6, 12);
  });

  it('gives average ranks to ties and 3/√10 for x = (1, 2, 2, 3), y = (1, 3, 2, 4), by hand', () => {
    // ranks x = (1, 2.5, 2.5, 4), y = (1, 3, 2, 4); deviations from 2.5: (−1.5, 0, 0, 1.5) and (−1.5, .5, −.5, 1.5)
    // Σdxdy = 4.5, Σdx² = 4.5, Σdy² = 5 → rho = 4.5/√22.5 = 3/√10 = 0.9486833
    expect(Array.from(averageRanks([1, 2, 2, 3]))).toEqual([1, 2.5, 2.5, 4]);
    expect(Array.from(averageRanks([7, 7, 7]))).toEqual([2, 2, 2]);
    // By hand: -2 is 1st; -0 and 0 tie for 2nd and 3rd (2.5); 1 is 4th; the three 3s share 5th to 7th (6).
    expect(Array.from(averageRanks([3, -0, 0, 1, 3, 3, -2]))).toEqual([6, 2.5, 2.5, 4, 6, 6, 1]);
    const into = averageRanks([3, -0, 0, 1, 3, 3, -2], new Float32Array(7));
    expect(into).toBeInstanceOf(Float32Array);
    expect(Array.from(into)).toEqual([6, 2.5, 2.5, 4, 6, 6, 1]);
    expect(spearmanRho([1, 2, 2, 3], [1, 3, 2, 4])).toBeCloseTo(3 / Math.sqrt(10), 12);
  });

  it('ranks a value against a sorted column it is not part of, leaving NaN out (averageRankIn)', () => {
    // The column (3, -0, 0, 1, 3, 3, -2, NaN) sorted: -2, -0, 0, 1, 3, 3, 3, NaN; 7 values before the NaN.
    const sorted = new Float64Array([3, -0, 0, 1, 3, 3, -2, NaN]).sort();
    expect(countBeforeNaN(sorted)).toBe(7);
    // By hand, as above: 3 shares ranks 5-7 (6), 0 and -0 share 2-3 (2.5), -2 is 1st, 1 is 4th.
    expect([3, 0, -0, -2, 1].map((x) => averageRankIn(sorted, 7, x))).toEqual([6, 2.5, 2.5, 1, 4]);
    expect(averageRankIn(sorted, 7, NaN)).toBeNaN();
    // A value between two others takes the rank half-way: 2 lies between the 4th (1) and the 5th (3): (5 + 4) / 2.
    expect(averageRankIn(sorted, 7, 2)).toBe(4.5);
    expect(countBeforeNaN(new Float64Array([NaN, NaN]))).toBe(0);
  });

  it('is 1 for any monotone increasing relation and −1 for a decreasing one', () => {
    const x = [0.5, 3, 8, 20, 21, 400];
    expect(spearmanRho(x, x.map((v) => Math.exp(v / 100)))).toBeCloseTo(1, 12);
    expect(spearmanRho(x, x.map((v) => -Math.sqrt(v)))).toBeCloseTo(-1, 12);
  });

  it('is NaN for a constant variable and refuses unequal lengths', () => {
    expect(spearmanRho([1, 1, 1], [1, 2, 3])).toBeNaN();
    expect(() => spearmanRho([1, 2], [1])).toThrow(/x has 2 values, y has 1/);
  });
});
