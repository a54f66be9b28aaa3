import { describe, expect, it } from 'vitest';
import { bootstrapMeanCI, bootstrapRatioCI } from '../../src/stats/bootstrap.ts';
import { mulberry32 } from '../../src/stats/random.ts';

/** Standard normal draws by Box–Muller from a seeded uniform generator. */
function normal(rng: () => number): number {
  const u = 1 - rng(); // (0, 1]
  return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng());
}

/** Poisson draw by Knuth's multiplication method (fine for the small means used here). */
function poisson(rng: () => number, mean: number): number {
  const limit = Math.exp(-mean);
  let k = 0;
  let p = rng();
  while (p > limit) {
    k++;
    p *= rng();
  }
  return k;
}

/** 30 documents of 8 values each, value = μ + u_doc + e, u ~ N(0, 1), e ~ N(0, 0.5²): strongly clustered. */
function clusteredSample(rng: () => number, mu: number): number[][] {
  const groups: number[][] = [];
  for (let g = 0; g < 30; g++) {
    const u = normal(rng);
    const values: number[] = [];
    for (let j = 0; j < 8; j++) values.push(mu + u + 0.5 * normal(rng));
    groups.push(values);
  }
  return groups;
}

describe('mulberry32', () => {
  it('is reproducible, stays in [0, 1) and looks uniform (mean 1/2, variance 1/12)', () => {
    const a = mulberry32(42);
    const b = mulberry32(42);
    const c = mulberry32(43);
    const first = [a(), a(), a()];
    expect([b(), b(), b()]).toEqual(first);
    expect(c()).not.toBe(first[0]);
    const rng = mulberry32(7);
    let sum = 0;
    let sumSq = 0;
    let min = Infinity;
    let max = -Infinity;
    const n = 100_000;
    for (let i = 0; i < n; i++) {
      const u = rng();
      if (u < min) min = u;
      if (u > max) max = u;
      sum += u;
      sumSq += u * u;
    }
    expect(min).toBeGreaterThanOrEqual(0);
    expect(max).toBeLessThan(1);
    const mean = sum / n;
    expect(Math.abs(mean - 0.5)).toBeLessThan(0.005); // SE = √(1/12/n) ≈ 0.0009
    expect(Math.abs(sumSq / n - mean * mean - 1 / 12)).toBeLessThan(0.002);
  });
});

describe('bootstrapMeanCI (cluster bootstrap, percentile interval)', () => {
  it('gives identical intervals for the same seed and different ones for another seed', () => {
    const groups = clusteredSample(mulberry32(1), 10);
    const a = bootstrapMeanCI(groups, { seed: 99, iterations: 500 });
    const b = bootstrapMeanCI(groups, { seed: 99, iterations: 500 });
    const c = bootstrapMeanCI(groups, { seed: 100, iterations: 500 });
    expect(b).toEqual(a);
    expect(c.low).not.toBe(a.low);
    expect(a.low).toBeLessThan(a.estimate);
    expect(a.high).toBeGreaterThan(a.estimate);
  });

  it('estimate is the pooled mean; a custom mean statistic gives the same interval as the default', () => {
    const groups = [[1, 2, 3], [10], [4, 4], []];
    const d = bootstrapMeanCI(groups, { seed: 5, iterations: 300 });
    const s = bootstrapMeanCI(groups, {
      seed: 5,
      iterations: 300,
      statistic: (v) => v.reduce((x, y) => x + y, 0) / v.length,
    });
    expect(d.estimate).toBeCloseTo(24 / 6, 12);
    expect(s.estimate).toBeCloseTo(d.estimate, 12);
    expect(s.low).toBeCloseTo(d.low, 10);
    expect(s.high).toBeCloseTo(d.high, 10);
  });

  it('covers the true mean in 88–99% of 200 simulated clustered samples (nominal 95%)', () => {
    // A token-level bootstrap ignores the design effect 1 + (8 − 1)·0.8 = 6.6 and covers only ~55% here
    // (checked below), so this bound catches a bootstrap that resamples values instead of documents.
    const rng = mulberry32(2024);
    let covered = 0;
    for (let rep = 0; rep < 200; rep++) {
      const ci = bootstrapMeanCI(clusteredSample(rng, 10), { seed: rep, iterations: 1000 });
      if (ci.low <= 10 && 10 <= ci.high) covered++;
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.88);
    expect(covered / 200).toBeLessThanOrEqual(0.99);
  });

  it('(control) treating every value as its own document undercovers the same simulation', () => {
    const rng = mulberry32(2024);
    let covered = 0;
    for (let rep = 0; rep < 200; rep++) {
      const tokens = clusteredSample(rng, 10).flat().map((v) => [v]);
      const ci = bootstrapMeanCI(tokens, { seed: rep, iterations: 1000 });
      if (ci.low <= 10 && 10 <= ci.high) covered++;
    }
    expect(covered / 200).toBeLessThan(0.8);
  });

  it('refuses empty input and bad options, naming the problem', () => {
    expect(() => bootstrapMeanCI([], { seed: 1 })).toThrow(/no groups/);
    expect(() => bootstrapMeanCI([[1]], { seed: 1, level: 95 })).toThrow(/level = 95/);
    expect(() => bootstrapMeanCI([[1]], { seed: 1, iterations: 0 })).toThrow(/iterations = 0/);
  });
});

describe('bootstrapRatioCI (cluster bootstrap of Σnum/Σden)', () => {
  /** 40 documents of 100–1000 words, hits ~ Poisson(words·λ_doc), λ_doc = 0.005·exp(N(0, 0.5²)). */
  function documents(rng: () => number): { num: number; den: number }[] {
    const docs: { num: number; den: number }[] = [];
    for (let i = 0; i < 40; i++) {
      const den = 100 + Math.floor(rng() * 901);
      const rate = 0.005 * Math.exp(0.5 * normal(rng));
      docs.push({ num: poisson(rng, den * rate), den });
    }
    return docs;
  }
  // E[num]/E[den] = E[λ_doc] = 0.005·e^{0.125} since rates and lengths are independent; per 1000 words:
  const TRUE_PER_1000 = 5 * Math.exp(0.125);

  it('is reproducible and scales (hits per 1000 words)', () => {
    const docs = documents(mulberry32(3));
    const a = bootstrapRatioCI(docs, { seed: 11, iterations: 400, scale: 1000 });
    const b = bootstrapRatioCI(docs, { seed: 11, iterations: 400, scale: 1000 });
    const unscaled = bootstrapRatioCI(docs, { seed: 11, iterations: 400 });
    expect(b).toEqual(a);
    const num = docs.reduce((s, d) => s + d.num, 0);
    const den = docs.reduce((s, d) => s + d.den, 0);
    expect(a.estimate).toBeCloseTo((1000 * num) / den, 12);
    expect(a.low).toBeCloseTo(1000 * unscaled.low, 10);
  });

  it('covers the true rate in 88–99% of 200 simulated corpora (nominal 95%)', () => {
    const rng = mulberry32(77);
    let covered = 0;
    for (let rep = 0; rep < 200; rep++) {
      const ci = bootstrapRatioCI(documents(rng), { seed: 1000 + rep, iterations: 1000, scale: 1000 });
      if (ci.low <= TRUE_PER_1000 && TRUE_PER_1000 <= ci.high) covered++;
    }
    expect(covered / 200).toBeGreaterThanOrEqual(0.88);
    expect(covered / 200).toBeLessThanOrEqual(0.99);
  });
});
