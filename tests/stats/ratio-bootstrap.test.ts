import { describe, expect, it } from 'vitest';
import { bootstrapRatios, clusterResamples, differenceInterval, ratioInterval, resampleBlock, resampleSums, sparseClusters } from '../../src/stats/ratio-bootstrap.ts';
import { mulberry32, streamSeed } from '../../src/stats/random.ts';

describe('bootstrapRatios (cluster bootstrap of ratios of sums)', () => {
  it('estimates Σnum/Σden on the original data', () => {
    // Two clusters, one ratio: (1 + 3) / (2 + 2) = 1.
    const r = bootstrapRatios(new Float64Array([1, 2, 3, 2]), 2, 1, { seed: 1, iterations: 50 });
    expect(r.estimates[0]).toBe(1);
  });
  it('is reproducible with a seed and leaves intervals missing for fewer than two clusters', () => {
    const cells = new Float64Array([1, 2, 3, 2, 0, 5, 4, 4]);
    const a = ratioInterval(bootstrapRatios(cells, 4, 1, { seed: 7 }), 0);
    const b = ratioInterval(bootstrapRatios(cells, 4, 1, { seed: 7 }), 0);
    expect(a).toEqual(b);
    const one = ratioInterval(bootstrapRatios(new Float64Array([1, 2]), 1, 1, { seed: 7 }), 0);
    expect(one.estimate).toBe(0.5);
    expect(Number.isNaN(one.low) && Number.isNaN(one.high)).toBe(true);
  });
  it('covers the true difference of two cluster means in about 95% of simulated samples', () => {
    // Clusters of 5 sentences with a shared cluster effect (sd 1) plus noise (sd 1); true means 0.3 and 0.
    const rng = mulberry32(2024);
    const normal = () => Math.sqrt(-2 * Math.log(1 - rng())) * Math.cos(2 * Math.PI * rng());
    let covered = 0;
    const reps = 200;
    for (let rep = 0; rep < reps; rep++) {
      const n = 40;
      const cells = new Float64Array(n * 2 * 2);
      for (let i = 0; i < n; i++) {
        const effect = normal();
        let a = 0, b = 0;
        for (let k = 0; k < 5; k++) { a += 0.3 + effect + normal(); b += effect + normal(); }
        cells.set([a, 5, b, 5], i * 4);
      }
      const d = differenceInterval(bootstrapRatios(cells, n, 2, { seed: rep, iterations: 500 }), 0, 1);
      if (d.low <= 0.3 && 0.3 <= d.high) covered++;
    }
    expect(covered / reps).toBeGreaterThan(0.88);
    expect(covered / reps).toBeLessThan(0.99);
  });
});

describe('resampleSums', () => {
  it('gives the field sums of the resamples clusterResamples draws block by block, computed densely by hand', () => {
    // Three clusters, three fields; cluster 1 has no value in field 1, cluster 2 none at all.
    const rows = [[0, 1.5, 1, 2, 2, -1], [0, 4, 2, 0.25], []];
    const data = sparseClusters(3, rows);
    const dense = [[1.5, 2, -1], [4, 0, 0.25], [0, 0, 0]];
    const { total, replicates } = resampleSums(data, { seed: 7, iterations: 250 });
    expect([...total]).toEqual([5.5, 2, -0.75]);
    // Blocks of 100 resamples (100, 100, 50), each drawn from its own stream.
    const expected: number[] = [];
    for (const [block, size] of [[0, 100], [1, 100], [2, 50]] as const) {
      clusterResamples(3, { seed: streamSeed(7, block), iterations: size }, (counts) => {
        for (let f = 0; f < 3; f++) expected.push(counts[0]! * dense[0]![f]! + counts[1]! * dense[1]![f]! + counts[2]! * dense[2]![f]!);
      });
    }
    expect([...replicates]).toEqual(expected);
    // Every resample draws 3 clusters, so field 0 is a sum of three of 1.5, 4 and 0: not all replicates agree.
    expect(new Set(expected.filter((_, i) => i % 3 === 0)).size).toBeGreaterThan(1);
    // A block is the same computed alone (as a worker thread does) and from shared memory.
    expect([...resampleBlock(sparseClusters(3, rows, true), 7, 250, 2)]).toEqual(expected.slice(600));
  });
  it('adds in cluster order, skipping clusters not drawn, bit for bit (random decimals, a block of 37)', () => {
    // Sums of decimals depend on the order of addition: the reference loop adds cluster by cluster.
    const rng = mulberry32(11);
    const rows = Array.from({ length: 50 }, (_, j) => (j % 7 === 3 ? [] : [0, rng() - 0.5, 1 + (j % 3), (rng() - 0.5) * 1e-3, 4, -rng()]));
    const expected: number[] = [];
    clusterResamples(50, { seed: streamSeed(9, 0), iterations: 37 }, (counts) => {
      const acc = [0, 0, 0, 0, 0];
      rows.forEach((r, j) => { if (counts[j]! > 0) for (let p = 0; p < r.length; p += 2) acc[r[p]!]! += counts[j]! * r[p + 1]!; });
      expected.push(...acc);
    });
    expect([...resampleBlock(sparseClusters(5, rows), 9, 37, 0)]).toEqual(expected);
  });
  it('keeps an infinite value out of the resamples that do not draw its cluster', () => {
    const rows = [[0, Infinity], [0, 1], [0, 2]];
    const got = [...resampleBlock(sparseClusters(1, rows), 3, 100, 0)];
    const drawn: boolean[] = [];
    clusterResamples(3, { seed: streamSeed(3, 0), iterations: 100 }, (counts) => { drawn.push(counts[0]! > 0); });
    expect(got.map((x) => x === Infinity)).toEqual(drawn);
    expect(drawn.some((d) => !d)).toBe(true);
    expect(got.some(Number.isNaN)).toBe(false);
  });
  it('draws different streams for different blocks and seeds', () => {
    expect(new Set([streamSeed(1, 0), streamSeed(1, 1), streamSeed(2, 0), streamSeed(2, 1)]).size).toBe(4);
  });
});
