// Agreement and proportion intervals against the published worked examples they cite.
import { describe, expect, it } from 'vitest';
import { cohenKappa, krippendorffAlphaNominal } from '../../src/stats/agreement.ts';
import { stratifiedProportion, wilsonInterval } from '../../src/stats/proportion.ts';

describe('krippendorffAlphaNominal (Krippendorff 2011, "Computing Krippendorff\'s Alpha-Reliability")', () => {
  it('example A: binary data, two observers, no missing data: alpha = 0.095', () => {
    const a = [0, 1, 0, 0, 0, 0, 0, 0, 1, 0], b = [1, 1, 1, 0, 0, 1, 0, 0, 0, 0];
    const units = a.map((x, i) => [String(x), String(b[i])]);
    // n = 20; coincidences o00 = 10, o01 = o10 = 4, o11 = 2; n0 = 14, n1 = 6; alpha = 1 - 19 * 8 / (2 * 14 * 6) = 0.0952
    expect(krippendorffAlphaNominal(units)).toBeCloseTo(1 - (19 * 8) / 168, 10);
    expect(krippendorffAlphaNominal(units)!.toFixed(3)).toBe('0.095');
  });

  it('example C: nominal data, four observers, missing data: alpha = 0.743', () => {
    const _ = null;
    const A = ['1', '2', '3', '3', '2', '1', '4', '1', '2', _, _, _];
    const B = ['1', '2', '3', '3', '2', '2', '4', '1', '2', '5', _, '3'];
    const C = [_, '3', '3', '3', '2', '3', '4', '2', '2', '5', '1', _];
    const D = ['1', '2', '3', '3', '2', '4', '4', '1', '2', '5', '1', _];
    const units = A.map((_v, u) => [A[u]!, B[u]!, C[u]!, D[u]!]);
    expect(krippendorffAlphaNominal(units)!.toFixed(3)).toBe('0.743');
  });

  it('is 1 for perfect agreement with variation and null without variation', () => {
    expect(krippendorffAlphaNominal([['a', 'a'], ['b', 'b']])).toBe(1);
    expect(krippendorffAlphaNominal([['a', 'a'], ['a', 'a']])).toBeNull();
  });
});

describe('cohenKappa (Cohen 1960)', () => {
  it('the worked 2 x 2 example: 20 yes-yes, 5 yes-no, 10 no-yes, 15 no-no gives po 0.7, pe 0.5, kappa 0.4', () => {
    const a = [...Array(20).fill('yes'), ...Array(5).fill('yes'), ...Array(10).fill('no'), ...Array(15).fill('no')];
    const b = [...Array(20).fill('yes'), ...Array(5).fill('no'), ...Array(10).fill('yes'), ...Array(15).fill('no')];
    // pe = (25/50)(30/50) + (25/50)(20/50) = 0.3 + 0.2 = 0.5
    expect(cohenKappa(a, b)).toBeCloseTo(0.4, 12);
  });
  it('leaves out pairs with a missing code', () => {
    expect(cohenKappa(['a', 'b', null], ['a', 'b', 'a'])).toBe(1);
  });
});

describe('wilsonInterval (Newcombe 1998, Table I, method 3)', () => {
  const cases: [number, number, number, number][] = [[81, 263, 0.2553, 0.3662], [15, 148, 0.0624, 0.1605], [0, 20, 0, 0.1611], [1, 29, 0.0061, 0.1718]];
  for (const [k, n, lo, hi] of cases) {
    it(`${k}/${n}: ${lo} to ${hi}`, () => {
      const w = wilsonInterval(k, n);
      expect(w.lower!).toBeCloseTo(lo, 4);
      expect(w.upper!).toBeCloseTo(hi, 4);
    });
  }
  it('has no bounds for n = 0', () => expect(wilsonInterval(0, 0)).toEqual({ lower: null, upper: null }));
  it('is exactly 0 below 0/n and exactly 1 above n/n (no rounding noise in the tables)', () => {
    // closed form at k = 0: centre = half, so the lower bound is 0; at k = n symmetrically 1
    expect(wilsonInterval(0, 3).lower).toBe(0);
    expect(wilsonInterval(13, 13).upper).toBe(1);
  });
});

describe('stratifiedProportion (Cochran 1977, 5.3; Wilson on the effective n, Kott & Carr 1997)', () => {
  it('weights strata by population; n* = p(1-p)/var capped at n: here 35 -> 30, so Wilson(0.7, 30)', () => {
    // W = 0.75, 0.25; p = 0.8, 0.4; estimate 0.6 + 0.1 = 0.7; var = 0.5625 * 0.16 / 20 + 0.0625 * 0.24 / 10 = 0.006
    // n* = 0.21 / 0.006 = 35 > 30 coded: 30. Wilson: centre 0.7 + 3.8415/60 = 0.76402, half 1.96 * sqrt(0.21/30 + 3.8415/3600)
    // = 0.17604, denominator 1 + 3.8415/30 = 1.12805: [0.52124, 0.83335]
    const s = stratifiedProportion([{ population: 300, k: 16, n: 20 }, { population: 100, k: 4, n: 10 }]);
    expect(s.estimate).toBeCloseTo(0.7, 12);
    expect(s.lower!).toBeCloseTo(0.52124, 4);
    expect(s.upper!).toBeCloseTo(0.83335, 4);
  });

  it('uses the smaller effective n when the weights are uneven', () => {
    // W = 0.9, 0.1; p = 0.8, 0.5: estimate 0.77; var = 0.81 * 0.16 / 10 + 0.01 * 0.25 / 20 = 0.013085
    // n* = 0.77 * 0.23 / 0.013085 = 13.534; Wilson(0.77, 13.534): centre 0.91192, half 0.26535, denominator 1.28384
    const s = stratifiedProportion([{ population: 900, k: 8, n: 10 }, { population: 100, k: 10, n: 20 }]);
    expect(s.estimate).toBeCloseTo(0.77, 12);
    expect(s.lower!).toBeCloseTo(0.50362, 4);
    expect(s.upper!).toBeCloseTo(0.917, 4);
  });

  it("is Wilson's interval for one stratum, and not zero-width when every stratum is all yes", () => {
    expect(stratifiedProportion([{ population: 100, k: 16, n: 20 }])).toEqual({ estimate: 0.8, ...wilsonInterval(16, 20) });
    // var = 0: n* = n = 8, Wilson(8, 8): lower 8 / (8 + 3.8415) = 0.67559
    const s = stratifiedProportion([{ population: 300, k: 5, n: 5 }, { population: 100, k: 3, n: 3 }]);
    expect(s.lower!).toBeCloseTo(0.67559, 4);
    expect(s.upper).toBe(1);
  });
});
