import { describe, expect, it } from 'vitest';
import { chiSquarePValue, erfc, lnGamma } from '../../src/stats/chisquare.ts';

describe('chiSquarePValue', () => {
  it('gives the classical df = 1 critical values', () => {
    // Upper-tail points of χ²(1) as tabulated (e.g. R: qchisq(c(.95, .99, .999), 1)).
    expect(chiSquarePValue(3.841459)).toBeCloseTo(0.05, 7);
    expect(chiSquarePValue(6.634897)).toBeCloseTo(0.01, 8);
    expect(chiSquarePValue(10.827566)).toBeCloseTo(0.001, 9);
  });

  it('matches the closed forms for even df: Q = e^{−x/2} (df 2), e^{−x/2}(1 + x/2) (df 4)', () => {
    for (const x of [0.1, 1, 5.991465, 20, 80]) {
      expect(chiSquarePValue(x, 2) / Math.exp(-x / 2)).toBeCloseTo(1, 12);
      expect(chiSquarePValue(x, 4) / (Math.exp(-x / 2) * (1 + x / 2))).toBeCloseTo(1, 12);
    }
    expect(chiSquarePValue(5.991465, 2)).toBeCloseTo(0.05, 7); // tabulated χ²(2) 5% point
  });

  it('returns 1 at x ≤ 0 and tiny values far in the tail without underflowing to garbage', () => {
    expect(chiSquarePValue(0)).toBe(1);
    const p = chiSquarePValue(100);
    expect(p).toBeGreaterThan(0);
    expect(p).toBeLessThan(1e-22);
  });
});

describe('erfc and lnGamma', () => {
  it('match tabulated values (Abramowitz & Stegun, table 7.1)', () => {
    expect(erfc(0.5)).toBeCloseTo(0.4795001221869535, 14);
    expect(erfc(1)).toBeCloseTo(0.1572992070502851, 14);
    expect(erfc(2)).toBeCloseTo(0.004677734981047266, 15);
    expect(erfc(-1)).toBeCloseTo(1.8427007929497148, 14);
    expect(erfc(0)).toBe(1);
  });

  it('gives ln Γ(1/2) = ln √π and ln Γ(10) = ln 9!', () => {
    expect(lnGamma(0.5)).toBeCloseTo(0.5 * Math.log(Math.PI), 13);
    expect(lnGamma(10)).toBeCloseTo(Math.log(362880), 12);
  });
});
