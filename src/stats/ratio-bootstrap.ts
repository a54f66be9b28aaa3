// Cluster bootstrap of many ratios of sums at once, on shared resamples of the clusters (documents).
// Davison & Hinkley (1997), §3.8 (resampling clusters); percentile intervals, Efron & Tibshirani (1993), §13.3.
// Shared resamples make differences between two ratios paired by document, and cost one draw per cluster.
import { percentileSorted } from './quantile.ts';
import { Mulberry32, mulberry32, streamSeed } from './random.ts';

export interface Interval { estimate: number; low: number; high: number }

export interface RatioReplicates {
  /** ratio k on the original data: Σ num_k / Σ den_k */
  estimates: Float64Array;
  /** replicate r of ratio k at [r * nRatios + k] */
  replicates: Float64Array;
  iterations: number;
  nRatios: number;
}

/**
 * Draws `iterations` resamples of n clusters with replacement (mulberry32(seed), n draws each) and
 * calls `fn` with each resample's multiplicity vector: a statistic that is a sum over clusters is
 * then Σ counts[i]·x_i, and sparse data (most documents lack a frame) need only their non-zero terms.
 */
export function clusterResamples(
  n: number, opts: { seed: number; iterations?: number }, fn: (counts: Int32Array, replicate: number) => void,
): void {
  const iterations = opts.iterations ?? 2000;
  const rng = mulberry32(opts.seed);
  const counts = new Int32Array(n);
  for (let r = 0; r < iterations; r++) {
    counts.fill(0);
    for (let d = 0; d < n; d++) counts[Math.floor(rng() * n)]!++;
    fn(counts, r);
  }
}

/** Per-cluster values in compressed sparse rows: cluster j has values[p] in field fields[p] for p in [rowStart[j], rowStart[j + 1]). */
export interface SparseClusters {
  nClusters: number;
  nFields: number;
  rowStart: Int32Array;
  /** 16-bit when nFields allows (a run's layout has ~60 fields): 10 bytes a value instead of 12 */
  fields: Uint16Array | Int32Array;
  values: Float64Array;
}

/** Builds SparseClusters from each cluster's (field, value) pairs (in shared memory with `shared`). */
export function sparseClusters(nFields: number, rows: readonly (readonly number[])[], shared = false): SparseClusters {
  const data = allocateSparseClusters(nFields, rows.length, rows.reduce((n, r) => n + r.length / 2, 0), shared);
  let p = 0;
  rows.forEach((r, j) => {
    for (let k = 0; k < r.length; k += 2) { data.fields[p] = r[k]!; data.values[p] = r[k + 1]!; p++; }
    data.rowStart[j + 1] = p;
  });
  return data;
}

/**
 * SparseClusters of nClusters clusters and nValues values in all, zero-filled, for the caller to fill. With
 * `shared` the arrays live in SharedArrayBuffers, so worker threads that compute blocks of resamples read
 * them without a copy each.
 */
export function allocateSparseClusters(nFields: number, nClusters: number, nValues: number, shared = false): SparseClusters {
  type Typed = Int32Array | Uint16Array | Float64Array;
  const make = <T extends Typed>(C: { new (n: number): T; new (b: SharedArrayBuffer): T; BYTES_PER_ELEMENT: number }, n: number): T =>
    (shared ? new C(new SharedArrayBuffer(n * C.BYTES_PER_ELEMENT)) : new C(n));
  const fields = nFields <= 0x10000 ? make(Uint16Array, nValues) : make(Int32Array, nValues);
  return { nClusters, nFields, rowStart: make(Int32Array, nClusters + 1), fields, values: make(Float64Array, nValues) };
}

/** Resamples are drawn in blocks of this many, block b from its own stream (streamSeed(seed, b)). */
export const RESAMPLE_BLOCK = 100;

/** Number of blocks of `iterations` resamples. */
export function resampleBlocks(iterations: number): number {
  return Math.ceil(iterations / RESAMPLE_BLOCK);
}

/**
 * Field sums Σ_j counts_j·x_j of the resamples of block `block` (clusterResamples with the block's own
 * seed), replicate r of the block at [r * nFields, (r + 1) * nFields). One pass over the non-zero values
 * of the drawn clusters per resample; each field is summed in cluster order, as a dense loop would.
 * A block is the same wherever it is computed, so blocks can be spread over threads.
 */
export function resampleBlock(data: SparseClusters, seed: number, iterations: number, block: number): Float64Array {
  const size = Math.min(RESAMPLE_BLOCK, iterations - block * RESAMPLE_BLOCK);
  const blockSeed = streamSeed(seed, block);
  return allFinite(data.values) ? resampleBlockInterleaved(data, blockSeed, size) : resampleBlockPlain(data, blockSeed, size);
}

function allFinite(values: Float64Array): boolean {
  for (let p = 0; p < values.length; p++) if (!Number.isFinite(values[p]!)) return false;
  return true;
}

/** The reference form: resamples one after another. */
function resampleBlockPlain(data: SparseClusters, blockSeed: number, size: number): Float64Array {
  const { nClusters: n, nFields, rowStart, fields, values } = data;
  const out = new Float64Array(size * nFields);
  clusterResamples(n, { seed: blockSeed, iterations: size }, (counts, r) => {
    const base = r * nFields;
    for (let j = 0; j < n; j++) {
      const w = counts[j]!;
      if (w === 0) continue;
      const end = rowStart[j + 1]!;
      for (let p = rowStart[j]!; p < end; p++) out[base + fields[p]!]! += w * values[p]!;
    }
  });
  return out;
}

// The eight multiplicity vectors of resampleBlockInterleaved, kept between blocks (one set per thread): made per
// block they were 2 MB of array buffers a block at 63,000 documents, freed only when V8 next collected.
let multiplicities = new Int32Array(0);
// The eight resamples' sums being accumulated, field by field (field f of resample k at 8f + k).
let lanes = new Float64Array(0);

/**
 * The same sums, eight resamples per pass over the clusters: the eight accumulate into different fields, so
 * the additions do not wait on each other (one resample at a time, each field's additions form one chain
 * through memory: twice as slow; four at a time, 11% slower than eight). A field's eight sums sit side by side
 * (one cache line per value added, not eight: 7-10% faster than sums laid out resample by resample) and are
 * copied out after the pass. A cluster drawn by some of the eight adds w·x = ±0 to the others, which leaves a
 * sum of finite values unchanged, bit for bit (a sum starting at +0 is never -0); with a non-finite value
 * (0·∞ is NaN) the plain form is used. Draws come in the same order as there.
 */
function resampleBlockInterleaved(data: SparseClusters, blockSeed: number, size: number): Float64Array {
  const { nClusters: n, nFields, rowStart, fields, values } = data;
  const out = new Float64Array(size * nFields);
  const rng = new Mulberry32(blockSeed);
  if (multiplicities.length < 8 * n) multiplicities = new Int32Array(8 * n);
  if (lanes.length < 8 * nFields) lanes = new Float64Array(8 * nFields);
  const acc = lanes;
  const c = (k: number) => multiplicities.subarray(k * n, (k + 1) * n);
  const c0 = c(0), c1 = c(1), c2 = c(2), c3 = c(3), c4 = c(4), c5 = c(5), c6 = c(6), c7 = c(7);
  const draw = (c: Int32Array, r: number) => {
    c.fill(0);
    if (r < size) rng.countDraws(c, n, n);
  };
  for (let r = 0; r < size; r += 8) {
    draw(c0, r); draw(c1, r + 1); draw(c2, r + 2); draw(c3, r + 3); draw(c4, r + 4); draw(c5, r + 5); draw(c6, r + 6); draw(c7, r + 7);
    acc.fill(0, 0, 8 * nFields);
    for (let j = 0; j < n; j++) {
      const w0 = c0[j]!, w1 = c1[j]!, w2 = c2[j]!, w3 = c3[j]!, w4 = c4[j]!, w5 = c5[j]!, w6 = c6[j]!, w7 = c7[j]!;
      if ((w0 | w1 | w2 | w3 | w4 | w5 | w6 | w7) === 0) continue;
      const end = rowStart[j + 1]!;
      for (let p = rowStart[j]!; p < end; p++) {
        const b = fields[p]! << 3, x = values[p]!;
        acc[b]! += w0 * x;
        acc[b + 1]! += w1 * x;
        acc[b + 2]! += w2 * x;
        acc[b + 3]! += w3 * x;
        acc[b + 4]! += w4 * x;
        acc[b + 5]! += w5 * x;
        acc[b + 6]! += w6 * x;
        acc[b + 7]! += w7 * x;
      }
    }
    const kept = Math.min(8, size - r);
    for (let k = 0; k < kept; k++) {
      const o = (r + k) * nFields;
      for (let f = 0; f < nFields; f++) out[o + f] = acc[(f << 3) + k]!;
    }
  }
  return out;
}

/** Field sums over every cluster once. */
export function clusterTotals(data: SparseClusters): Float64Array {
  const total = new Float64Array(data.nFields);
  for (let p = 0; p < data.rowStart[data.nClusters]!; p++) total[data.fields[p]!]! += data.values[p]!;
  return total;
}

/** Field sums of every resample (replicate r at r * nFields), block after block, and over every cluster once. */
export function resampleSums(data: SparseClusters, opts: { seed: number; iterations?: number }): { total: Float64Array; replicates: Float64Array } {
  const iterations = opts.iterations ?? 2000;
  const replicates = new Float64Array(iterations * data.nFields);
  for (let b = 0; b < resampleBlocks(iterations); b++) replicates.set(resampleBlock(data, opts.seed, iterations, b), b * RESAMPLE_BLOCK * data.nFields);
  return { total: clusterTotals(data), replicates };
}

/**
 * `cells` holds, for cluster i and ratio k, the numerator at [(i * nRatios + k) * 2] and the
 * denominator at [(i * nRatios + k) * 2 + 1]. Every replicate draws nClusters clusters with replacement.
 */
export function bootstrapRatios(
  cells: Float64Array, nClusters: number, nRatios: number, opts: { seed: number; iterations?: number },
): RatioReplicates {
  const iterations = opts.iterations ?? 2000;
  const width = nRatios * 2;
  const total = new Float64Array(width);
  for (let i = 0; i < nClusters; i++) for (let j = 0; j < width; j++) total[j]! += cells[i * width + j]!;
  const estimates = new Float64Array(nRatios);
  for (let k = 0; k < nRatios; k++) estimates[k] = total[2 * k]! / total[2 * k + 1]!;
  const replicates = new Float64Array(iterations * nRatios).fill(NaN);
  // Resampling fewer than two clusters says nothing about variation: the intervals stay missing.
  if (nClusters < 2) return { estimates, replicates, iterations, nRatios };
  const acc = new Float64Array(width);
  clusterResamples(nClusters, { seed: opts.seed, iterations }, (counts, r) => {
    acc.fill(0);
    for (let i = 0; i < nClusters; i++) {
      const c = counts[i]!;
      if (c === 0) continue;
      const base = i * width;
      for (let j = 0; j < width; j++) acc[j]! += c * cells[base + j]!;
    }
    for (let k = 0; k < nRatios; k++) replicates[r * nRatios + k] = acc[2 * k]! / acc[2 * k + 1]!;
  });
  return { estimates, replicates, iterations, nRatios };
}

/** Percentile interval from replicates; replicates that are not finite (0/0 draws) are left out. */
export function percentileInterval(estimate: number, reps: Float64Array, level = 0.95): Interval {
  const finite = reps.filter((x) => Number.isFinite(x)).sort();
  if (finite.length === 0 || !Number.isFinite(estimate)) return { estimate, low: NaN, high: NaN };
  const tail = (1 - level) / 2;
  return { estimate, low: percentileSorted(finite, tail), high: percentileSorted(finite, 1 - tail) };
}

/** Interval of ratio k. */
export function ratioInterval(r: RatioReplicates, k: number, level = 0.95): Interval {
  const reps = new Float64Array(r.iterations);
  for (let i = 0; i < r.iterations; i++) reps[i] = r.replicates[i * r.nRatios + k]!;
  return percentileInterval(r.estimates[k]!, reps, level);
}

/** Interval of ratio a minus ratio b, computed on the same resamples. */
export function differenceInterval(r: RatioReplicates, a: number, b: number, level = 0.95): Interval {
  const reps = new Float64Array(r.iterations);
  for (let i = 0; i < r.iterations; i++) reps[i] = r.replicates[i * r.nRatios + a]! - r.replicates[i * r.nRatios + b]!;
  return percentileInterval(r.estimates[a]! - r.estimates[b]!, reps, level);
}
