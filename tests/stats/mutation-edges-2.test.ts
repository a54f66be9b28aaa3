// Edge cases for the mutants a second Stryker run left alive in src/stats (docs/mutation.md). Each expected
// value is worked out by hand from the definition in the source file's header, or is a published constant.
import { describe, expect, it } from 'vitest';
import { chiSquarePValue, gammaQ, lnGamma } from '../../src/stats/chisquare.ts';
import { bootstrapRatioCI } from '../../src/stats/bootstrap.ts';
import { fightinWords } from '../../src/stats/fightinwords.ts';
import { logLikelihood, logLikelihood2Term, logLikelihoodKeyness } from '../../src/stats/loglikelihood.ts';
import { stratifiedProportion, wilsonInterval } from '../../src/stats/proportion.ts';
import {
  allocateSparseClusters, bootstrapRatios, clusterTotals, differenceInterval, sparseClusters,
} from '../../src/stats/ratio-bootstrap.ts';
import { streamSeed } from '../../src/stats/random.ts';

describe('chisquare edges (2)', () => {
  it('lnGamma near 0 by reflection: ln Γ(1e-17) = 17 ln 10 to 1e-10 (A&S 6.1.33: ln Γ(x) = −ln x − γx + O(x²))', () => {
    // −ln(1e-17) = 17 · 2.302585092994046 = 39.14394658089878; γx = 5.8e-18 is below double precision.
    // Without the reflection, z + 1 = (1e-17 − 1) + 1 rounds to 0 and the Lanczos sum divides by it.
    expect(lnGamma(1e-17)).toBeCloseTo(39.14394658089878, 10);
  });
  it('chiSquarePValue is NaN for df = 0 even at x ≤ 0 (no distribution), and 1 for x < 0 with df = 1', () => {
    expect(chiSquarePValue(0, 0)).toBeNaN();
    expect(chiSquarePValue(-1, 0)).toBeNaN();
    // P(χ²₁ ≥ −2) = 1: a chi-square variable is never negative (not erfc(√−1) = NaN).
    expect(chiSquarePValue(-2)).toBe(1);
    expect(chiSquarePValue(-2, 1)).toBe(1);
  });
});

describe('gammaQ far below the switch at x = a + 1 (the series side; the continued fraction does not converge there)', () => {
  // For integer a, Q(a, x) = e^{−x} Σ_{k<a} x^k/k! (A&S 6.5.13), summed in 40-digit decimals:
  // Q(1, 1e-10) = e^{−1e-10} = 0.99999999990000000000; Q(10, 0.3) = 0.99999999999876079866; Q(50, 10) = 1 − 1.9e-19.
  it('gammaQ: Q(1, 1e-10), Q(10, 0.3) and Q(50, 10) to 1e-14', () => {
    expect(gammaQ(1, 1e-10)).toBeCloseTo(0.9999999999, 14);
    expect(gammaQ(10, 0.3)).toBeCloseTo(0.99999999999876079866, 14);
    expect(gammaQ(50, 10)).toBeCloseTo(1, 14);
  });
});

describe('bootstrap and proportion edges (2)', () => {
  it('bootstrapRatioCI with every document at 1/2: estimate, low and high are all 1000 · 0.5 = 500', () => {
    // Any resample of documents 1/2 and 3/6 sums to a/(2a) = 0.5 exactly; scale 1000 gives 500 for all three.
    const g = [{ num: 1, den: 2 }, { num: 3, den: 6 }];
    expect(bootstrapRatioCI(g, { seed: 1, iterations: 20, scale: 1000 })).toEqual({ estimate: 500, low: 500, high: 500 });
  });
  it('wilsonInterval at k = n has upper bound exactly 1 (computed, n = 10 gives 1 − 1.1e-16)', () => {
    // p = 1: centre = 1 + z²/2n, half = z·√(z²/4n²) = z²/2n, so (centre + half)/denom = (1 + z²/n)/(1 + z²/n) = 1.
    expect(wilsonInterval(10, 10).upper).toBe(1);
  });
  it('stratifiedProportion: a stratum of population 0 adds nothing to the sample size', () => {
    // Only the first stratum counts: estimate 10/10 = 1, variance 0, so n* = n = 10 (not 10 + 50).
    // Wilson lower bound at p = 1: (centre − half)/denom = 1/(1 + z²/n) = 10/(10 + 3.8414588206941254) = 0.7224672001371107.
    const s = stratifiedProportion([{ population: 100, k: 10, n: 10 }, { population: 0, k: 0, n: 50 }]);
    expect(s.estimate).toBe(1);
    expect(s.lower).toBeCloseTo(0.7224672001371107, 12);
    expect(s.upper).toBe(1);
  });
});

describe('streamSeed reference values (splitmix32 finaliser, computed by hand in 32-bit arithmetic)', () => {
  // z = seed + (index + 1)·0x9e3779b9 mod 2^32; z = (z ^ z>>>16)·0x85ebca6b; z = (z ^ z>>>13)·0xc2b2ae35; z ^ z>>>16.
  // Worked with exact integers (Python, mod 2^32): (1, 0): z0 = 0x9e3779ba → 2527132011;
  // (42, 2): z0 = 42 + 3·0x9e3779b9 mod 2^32 = 0xdaa66d55 → 321366731.
  it('streamSeed gives 2527132011 for (1, 0) and 321366731 for (42, 2)', () => {
    expect(streamSeed(1, 0)).toBe(2527132011);
    expect(streamSeed(42, 2)).toBe(321366731);
  });
});

describe('log-likelihood at equal relative frequencies (G² = 0 by hand, whatever the rounding)', () => {
  it('logLikelihood of a non-integer independent table is not negative: [[0.1, 0.03], [0.05, 0.015]]', () => {
    // a·d = 0.1·0.015 = b·c = 0.03·0.05, so E = O in every cell and G² = 0; G² ≥ 0 always (Gibbs' inequality).
    const g = logLikelihood(0.1, 0.03, 0.05, 0.015);
    expect(g).toBeGreaterThanOrEqual(0);
    expect(g).toBeLessThan(1e-12);
  });
  it('logLikelihood2Term and logLikelihoodKeyness are exactly 0 for a reference that is the target scaled by 1.3 or 3.7', () => {
    // 1/3 = 1.3/(3·1.3) and 3/11 = (3·3.7)/(11·3.7): equal relative frequencies, so G² = 0 (E = O), and a G² is
    // never negative; the computed logs leave residues of ±5e-16 that must not show through.
    expect(Math.abs(logLikelihood2Term(1, 3, 1.3, 3 * 1.3))).toBe(0);
    expect(Math.abs(logLikelihoodKeyness(1, 3, 1.3, 3 * 1.3))).toBe(0);
    expect(Math.abs(logLikelihood2Term(3, 11, 3 * 3.7, 11 * 3.7))).toBe(0);
  });
});

describe('fightinWords corpus prior with no counts', () => {
  it('α_w = 0 (not 0/0): variance 1/0 + 1/0 = ∞ for a word counted 0 in both groups', () => {
    const s = fightinWords(new Map([['w', 0]]), new Map([['w', 0]]), 'corpus').get('w')!;
    expect(s.variance).toBe(Infinity);
    const t = fightinWords(new Map([['w', 0]]), new Map([['w', 0]]), 'corpus', 5).get('w')!;
    expect(t.variance).toBe(Infinity);
  });
});

describe('ratio-bootstrap edges (2)', () => {
  it('sparseClusters holds one field and one value per (field, value) pair: 3 pairs, 3 of each', () => {
    const d = sparseClusters(2, [[0, 1, 1, 2], [0, 3]]);
    expect(d.values.length).toBe(3);
    expect(d.fields.length).toBe(3);
    expect(Array.from(d.rowStart)).toEqual([0, 2, 3]);
  });
  it('field indexes are 16-bit up to 65,536 fields (indexes 0..65535) and 32-bit above', () => {
    expect(allocateSparseClusters(60, 1, 1).fields.BYTES_PER_ELEMENT).toBe(2);
    expect(allocateSparseClusters(0x10000, 1, 1).fields.BYTES_PER_ELEMENT).toBe(2);
    expect(allocateSparseClusters(0x10001, 1, 1).fields.BYTES_PER_ELEMENT).toBe(4);
    // Field 65,537 of 70,000 keeps its index (16 bits would wrap it to 1).
    const total = clusterTotals(sparseClusters(70000, [[65537, 1]]));
    expect(total[65537]).toBe(1);
    expect(total[1]).toBe(0);
  });
  it('a ratio with no hits is +0 in the estimate and in every replicate (0/4, 0/6: numerators 0, denominators > 0)', () => {
    const b = bootstrapRatios(Float64Array.from([0, 4, 0, 6]), 2, 1, { seed: 5, iterations: 20 });
    expect(b.estimates[0]).toBe(0);
    for (const x of b.replicates) expect(Object.is(x, 0)).toBe(true);
  });
  it('differenceInterval of 1 − 0: differences −1, −1, −2, −2, −1 → quartiles −2 and −1, estimate −1.5', () => {
    // replicate i of ratio k at [i * 2 + k]: ratio 0 is 1, 2, 3, 4, 5; ratio 1 is 0, 1, 1, 2, 4.
    // Sorted differences −2, −2, −1, −1, −1; type 7: h = 4·0.25 = 1 → −2, h = 4·0.75 = 3 → −1; 0.5 − 2 = −1.5.
    const r = { estimates: Float64Array.from([2, 0.5]), replicates: Float64Array.from([1, 0, 2, 1, 3, 1, 4, 2, 5, 4]), iterations: 5, nRatios: 2 };
    expect(differenceInterval(r, 1, 0, 0.5)).toEqual({ estimate: -1.5, low: -2, high: -1 });
  });
});
