import { describe, expect, it } from 'vitest';
import { percentileSorted } from '../../src/stats/quantile.ts';

describe('percentileSorted (Hyndman & Fan 1996, type 7 = R default)', () => {
  it('matches R quantile(1:10, c(0.1, 0.25, 0.5, 0.9)) = 1.9, 3.25, 5.5, 9.1', () => {
    // h = (n − 1)p: 0.9 → 1 + 0.9·1; 2.25 → 3 + 0.25; 4.5 → 5.5; 8.1 → 9 + 0.1
    const x = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
    expect(percentileSorted(x, 0.1)).toBeCloseTo(1.9, 12);
    expect(percentileSorted(x, 0.25)).toBeCloseTo(3.25, 12);
    expect(percentileSorted(x, 0.5)).toBeCloseTo(5.5, 12);
    expect(percentileSorted(x, 0.9)).toBeCloseTo(9.1, 12);
  });

  it('returns the extremes at 0 and 1, the value itself for n = 1, NaN when empty', () => {
    expect(percentileSorted([2, 4, 8], 0)).toBe(2);
    expect(percentileSorted([2, 4, 8], 1)).toBe(8);
    expect(percentileSorted([2, 4, 8], 0.75)).toBe(6); // h = 1.5 → 4 + 0.5·4
    expect(percentileSorted([5], 0.3)).toBe(5);
    expect(percentileSorted([], 0.5)).toBeNaN();
  });
});
