// Edge cases for the mutants a second Stryker run left alive in src/stats (docs/mutation.md). Each expected
// value is worked out by hand from the definition in the source file's header, or is a published constant.
import { describe, expect, it } from 'vitest';
import { chiSquarePValue, lnGamma } from '../../src/stats/chisquare.ts';
import { bootstrapRatioCI } from '../../src/stats/bootstrap.ts';
import { stratifiedProportion, wilsonInterval } from '../../src/stats/proportion.ts';
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
  it('gives 2527132011 for (1, 0) and 321366731 for (42, 2)', () => {
    expect(streamSeed(1, 0)).toBe(2527132011);
    expect(streamSeed(42, 2)).toBe(321366731);
  });
});
