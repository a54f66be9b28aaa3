// Edge cases found by mutation testing (docs/mutation.md): each expected value is worked out by hand
// from the definition in the source file's header, or is a published constant.
import { describe, expect, it } from 'vitest';
import { cohenKappa } from '../../src/stats/agreement.ts';
import { tScore } from '../../src/stats/association.ts';
import { bootstrapMeanCI, bootstrapRatioCI } from '../../src/stats/bootstrap.ts';
import { chiSquarePValue, erfc, gammaQ, lnGamma } from '../../src/stats/chisquare.ts';
import { averageRanks, spearmanRho } from '../../src/stats/correlation.ts';
import { griesDP, griesDPnorm, juillandD } from '../../src/stats/dispersion.ts';
import { logRatio } from '../../src/stats/effectsize.ts';
import { fightinWords } from '../../src/stats/fightinwords.ts';
import { williamsCorrection } from '../../src/stats/loglikelihood.ts';
import { stratifiedProportion, wilsonInterval } from '../../src/stats/proportion.ts';
import { percentileSorted } from '../../src/stats/quantile.ts';
import {
  bootstrapRatios, differenceInterval, percentileInterval, ratioInterval, resampleBlock, sparseClusters,
} from '../../src/stats/ratio-bootstrap.ts';

const Z = 1.959963984540054;

describe('chisquare edges', () => {
  it('lnGamma below 1/2 by reflection: ln Γ(1/4) = ln 3.6256099082219083 (A&S 6.1.10)', () => {
    expect(lnGamma(0.25)).toBeCloseTo(Math.log(3.6256099082219083), 12);
  });
  it('gammaQ(1, x) = e^{-x} on both sides of x = a + 1, and its domain', () => {
    expect(gammaQ(1, 0.5)).toBeCloseTo(Math.exp(-0.5), 13);
    expect(gammaQ(1, 3)).toBeCloseTo(Math.exp(-3), 13);
    expect(gammaQ(1, 0)).toBe(1);
    expect(gammaQ(1, -2)).toBe(1);
    expect(gammaQ(1, Infinity)).toBe(0);
    expect(gammaQ(0, 1)).toBeNaN();
    expect(gammaQ(-1, 1)).toBeNaN();
    expect(gammaQ(1, NaN)).toBeNaN();
  });
  it('erfc(−x) = 2 − erfc(x) for x ≠ ±1: erfc(−0.5) = 2 − 0.4795001221869535 (A&S table 7.1)', () => {
    expect(erfc(-0.5)).toBeCloseTo(2 - 0.4795001221869535, 14);
  });
  it('chiSquarePValue: NaN for NaN x or df ≤ 0, 1 below 0', () => {
    expect(chiSquarePValue(NaN)).toBeNaN();
    expect(chiSquarePValue(3, 0)).toBeNaN();
    expect(chiSquarePValue(3, -1)).toBeNaN();
    expect(chiSquarePValue(-1, 2)).toBe(1);
  });
});

describe('williamsCorrection with an empty row or column (q undefined): G² unchanged', () => {
  it.each([
    [0, 0, 3, 4], [3, 4, 0, 0], [0, 3, 0, 4], [3, 0, 4, 0], [0, 0, 0, 0],
  ])('table %i %i %i %i', (a, b, c, d) => {
    expect(williamsCorrection(5, a, b, c, d)).toBe(5);
  });
});

describe('quantile, association, effect size edges', () => {
  it('percentileSorted clamps p outside [0, 1] to the extremes', () => {
    expect(percentileSorted([2, 4, 8], -0.5)).toBe(2);
    expect(percentileSorted([2, 4, 8], 1.5)).toBe(8);
    expect(percentileSorted([], 0)).toBeNaN();
  });
  it('tScore is 0 (by convention) when the pair never co-occurs', () => {
    expect(tScore(0, 10, 10, 100)).toBe(0);
  });
  it('logRatio is 0 when both frequencies are 0, whatever the corpus sizes', () => {
    expect(logRatio(0, 1000, 0, 2000)).toBe(0);
  });
});

describe('stratifiedProportion leaves out strata without a sample or a population', () => {
  it('a stratum with n = 0 changes nothing: one stratum of 16/20 gives Wilson(16, 20)', () => {
    const s = stratifiedProportion([{ population: 300, k: 16, n: 20 }, { population: 100, k: 0, n: 0 }]);
    expect(s).toEqual({ estimate: 0.8, ...wilsonInterval(16, 20) });
  });
  it('no usable stratum: null estimate and bounds', () => {
    expect(stratifiedProportion([])).toEqual({ estimate: null, lower: null, upper: null });
    expect(stratifiedProportion([{ population: 100, k: 0, n: 0 }])).toEqual({ estimate: null, lower: null, upper: null });
  });
});

describe('agreement edges', () => {
  it('cohenKappa leaves out pairs with a missing code: (x,x), (y,y), (y,x) → κ = 0.4', () => {
    // po = 2/3; margins a: x 1/3, y 2/3; b: x 2/3, y 1/3; pe = 2/9 + 2/9 = 4/9; κ = (2/9)/(5/9) = 0.4
    expect(cohenKappa(['x', 'x', 'y', 'y'], ['x', null, 'y', 'x'])).toBeCloseTo(0.4, 12);
  });
  it('cohenKappa is null without pairs or when chance agreement is 1', () => {
    expect(cohenKappa([], [])).toBeNull();
    expect(cohenKappa(['x', 'x'], ['x', 'x'])).toBeNull();
  });
});

describe('dispersion edges', () => {
  it('juillandD on two parts 1, 3: mean 2, population SD 1, D = 1 − 0.5/√1 = 0.5', () => {
    expect(juillandD([1, 3])).toBeCloseTo(0.5, 12);
  });
  it('juillandD is 0 for an item that never occurs and refuses mismatched sizes', () => {
    expect(juillandD([0, 0, 0])).toBe(0);
    expect(juillandD([])).toBeNaN();
    expect(() => juillandD([1, 2], [5])).toThrow(/juillandD: 2 counts but 1 part sizes/);
  });
  it('griesDP and griesDPnorm are 0 when the parts have no size, and name themselves in errors', () => {
    expect(griesDP([1, 1], [0, 0])).toBe(0);
    expect(griesDPnorm([1, 1], [0, 0])).toBe(0);
    expect(() => griesDP([1, 2], [5])).toThrow(/^griesDP: /);
  });
});

describe('correlation edges', () => {
  it('spearmanRho of two reversed pairs is −1', () => {
    expect(spearmanRho([1, 2], [2, 1])).toBeCloseTo(-1, 12);
  });
  it('averageRanks refuses an output array of the wrong length', () => {
    expect(() => averageRanks([1, 2, 3], new Float64Array(2))).toThrow(/3 values but room for 2 ranks/);
  });
});

describe('fightinWords with a Map prior (Monroe et al. 2008, eq. 16)', () => {
  const A = new Map([['a', 2], ['b', 1]]);
  const B = new Map([['a', 1], ['b', 2]]);
  it('α_w = 1 each: δ_a = ln(3/2) − ln(2/3), variance 1/3 + 1/2', () => {
    const s = fightinWords(A, B, new Map([['a', 1], ['b', 1]])).get('a')!;
    expect(s.delta).toBeCloseTo(2 * Math.log(1.5), 12);
    expect(s.variance).toBeCloseTo(1 / 3 + 1 / 2, 12);
  });
  it('alpha0 = 4 rescales the prior to α_w = 2: δ_a = ln(4/3) − ln(3/4)', () => {
    expect(fightinWords(A, B, new Map([['a', 1], ['b', 1]]), 4).get('a')!.delta).toBeCloseTo(2 * Math.log(4 / 3), 12);
  });
  it('an empty Map prior gives α_w = 0: δ = ln(1/1) − ln(1/1) = 0, variance 2', () => {
    const s = fightinWords(new Map([['a', 1], ['b', 1]]), new Map([['a', 1], ['b', 1]]), new Map()).get('a')!;
    expect(s.delta).toBe(0);
    expect(s.variance).toBe(2);
  });
});

describe('bootstrap option checks and paths', () => {
  it('accepts one iteration, refuses level 0 or 1 and a non-finite seed, naming the function', () => {
    expect(() => bootstrapMeanCI([[1], [2]], { seed: 1, iterations: 1 })).not.toThrow();
    expect(() => bootstrapMeanCI([[1], [2]], { seed: 1, level: 0 })).toThrow(/^bootstrapMeanCI: level = 0/);
    expect(() => bootstrapMeanCI([[1], [2]], { seed: 1, level: 1 })).toThrow(/^bootstrapMeanCI: level = 1/);
    expect(() => bootstrapMeanCI([[1], [2]], { seed: NaN })).toThrow(/^bootstrapMeanCI: seed = NaN/);
    expect(() => bootstrapRatioCI([{ num: 1, den: 2 }], { seed: 1, level: 2 })).toThrow(/^bootstrapRatioCI: level = 2/);
  });
  it('uses the given statistic: the sum of [1] and [1] is 2 (the mean would be 1)', () => {
    expect(bootstrapMeanCI([[1], [1]], { seed: 1, iterations: 20, statistic: (xs) => xs.reduce((a, b) => a + b, 0) })).toEqual({ estimate: 2, low: 2, high: 2 });
  });
  it('groups with no values give no replicates, so no interval', () => {
    const ci = bootstrapMeanCI([[], []], { seed: 1, iterations: 20, statistic: (xs) => xs.length });
    expect(ci.estimate).toBe(0);
    expect(ci.low).toBeNaN();
    expect(ci.high).toBeNaN();
  });
  it('bootstrapRatioCI scales all three numbers and depends on its seed', () => {
    const g = [{ num: 1, den: 10 }, { num: 5, den: 10 }, { num: 2, den: 20 }, { num: 9, den: 10 }];
    const one = bootstrapRatioCI(g, { seed: 3, iterations: 200 });
    const k = bootstrapRatioCI(g, { seed: 3, iterations: 200, scale: 1000 });
    expect(k.estimate).toBeCloseTo(1000 * (17 / 50), 9);
    expect(k.low).toBeCloseTo(1000 * one.low, 9);
    expect(k.high).toBeCloseTo(1000 * one.high, 9);
    const other = bootstrapRatioCI(g, { seed: 4, iterations: 200 });
    expect([other.low, other.high]).not.toEqual([one.low, one.high]);
  });
});

describe('ratio-bootstrap by hand', () => {
  // Replicates laid out as bootstrapRatios does: replicate i of ratio k at [i * nRatios + k].
  const r = {
    estimates: Float64Array.from([2, 0.5]),
    replicates: Float64Array.from([1, 0, 2, 1, 3, 1, 4, 2, 5, 4]),
    iterations: 5,
    nRatios: 2,
  };
  it('ratioInterval of ratio 1: replicates 0, 1, 1, 2, 4 → type-7 quartiles 1 and 2', () => {
    expect(ratioInterval(r, 1, 0.5)).toEqual({ estimate: 0.5, low: 1, high: 2 });
  });
  it('differenceInterval of 0 − 1: differences 1, 1, 2, 2, 1 → quartiles 1 and 2, estimate 1.5', () => {
    expect(differenceInterval(r, 0, 1, 0.5)).toEqual({ estimate: 1.5, low: 1, high: 2 });
  });
  it('percentileInterval leaves out non-finite replicates: 3, 1, NaN, 2 → quartiles 1.5 and 2.5', () => {
    expect(percentileInterval(1, Float64Array.from([3, 1, NaN, 2]), 0.5)).toEqual({ estimate: 1, low: 1.5, high: 2.5 });
    const none = percentileInterval(NaN, Float64Array.from([1, 2]));
    expect(none.low).toBeNaN();
    expect(none.high).toBeNaN();
  });
  it('bootstrapRatios resamples two clusters (each replicate is 2/4, 4/6 or 3/4)', () => {
    const b = bootstrapRatios(Float64Array.from([1, 2, 3, 4]), 2, 1, { seed: 5, iterations: 50 });
    expect(b.estimates[0]).toBeCloseTo(4 / 6, 12);
    expect(b.replicates.length).toBe(50);
    for (const x of b.replicates) expect([0.5, 4 / 6, 0.75].some((v) => Math.abs(v - x) < 1e-12)).toBe(true);
  });
  it('bootstrapRatios with two ratios fills every replicate, and the seed matters', () => {
    // clusters of (num, den) for two ratios; every den > 0, so every replicate is finite
    const cells = Float64Array.from([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
    const b = bootstrapRatios(cells, 3, 2, { seed: 1, iterations: 20 });
    expect(b.replicates.length).toBe(40);
    expect(Array.from(b.estimates)).toEqual([15 / 18, 21 / 24]);
    for (const x of b.replicates) expect(Number.isFinite(x)).toBe(true);
    const c = bootstrapRatios(cells, 3, 2, { seed: 2, iterations: 20 });
    expect(Array.from(c.replicates)).not.toEqual(Array.from(b.replicates));
  });
  it('resampleBlock gives the same finite field sums with a non-finite value elsewhere (plain and interleaved forms agree)', () => {
    const finite = sparseClusters(2, [[0, 1, 1, 2], [0, 3], [1, 5]]);
    const withInf = sparseClusters(3, [[0, 1, 1, 2, 2, Infinity], [0, 3], [1, 5]]);
    const a = resampleBlock(finite, 7, 30, 0);
    const b = resampleBlock(withInf, 7, 30, 0);
    expect(a.length).toBe(60);
    expect(b.length).toBe(90);
    for (let i = 0; i < 30; i++) {
      expect(b[i * 3]).toBe(a[i * 2]);
      expect(b[i * 3 + 1]).toBe(a[i * 2 + 1]);
      expect([0, Infinity]).toContain(b[i * 3 + 2]);
    }
  });
});
