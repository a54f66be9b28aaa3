// Cluster (document-level) bootstrap with percentile intervals.
// Documents, not tokens, are resampled with replacement (Davison & Hinkley 1997, §3.8, resampling
// the first stage of a two-stage sample), so within-document dependence is kept. The statistic is
// computed over the pooled values (or summed numerators and denominators) of the drawn documents;
// the interval is the percentile interval of Efron & Tibshirani (1993, §13.3), with quantiles of
// R's type 7 (percentileSorted). Draws come from mulberry32(seed): the same seed, the same interval.
import { bootstrapRatios, percentileInterval, ratioInterval } from './ratio-bootstrap.ts';
import { mulberry32 } from './random.ts';

export interface BootstrapOptions {
  /** Seed of the mulberry32 generator. */
  seed: number;
  /** Number of bootstrap replicates (default 2000). */
  iterations?: number;
  /** Coverage of the two-sided interval (default 0.95). */
  level?: number;
}

export interface BootstrapMeanOptions extends BootstrapOptions {
  /** Statistic of the pooled values of the drawn groups (default: their mean). The array is reused between calls. */
  statistic?: (pooled: number[]) => number;
}

export interface BootstrapRatioOptions extends BootstrapOptions {
  /** Multiplier of the ratio, e.g. 1000 for hits per 1000 words (default 1). */
  scale?: number;
}

export interface BootstrapInterval {
  /** The statistic on the original data. */
  estimate: number;
  low: number;
  high: number;
}

interface Settings {
  iterations: number;
  level: number;
}

function settings(name: string, opts: BootstrapOptions, groupCount: number): Settings {
  const iterations = opts.iterations ?? 2000;
  const level = opts.level ?? 0.95;
  if (groupCount === 0) throw new Error(`${name}: no groups given; expected at least one document`);
  if (!Number.isInteger(iterations) || iterations < 1) {
    throw new Error(`${name}: iterations = ${iterations}; expected a positive integer`);
  }
  if (!(level > 0 && level < 1)) throw new Error(`${name}: level = ${level}; expected a number in (0, 1)`);
  if (!Number.isFinite(opts.seed)) throw new Error(`${name}: seed = ${opts.seed}; expected a finite number`);
  return { iterations, level };
}


// Davison & Hinkley (1997), Bootstrap Methods and their Application, §3.8; percentile interval: Efron & Tibshirani (1993), §13.3.
/** Cluster bootstrap percentile interval of a statistic (default: the mean) of the pooled values of resampled groups. */
export function bootstrapMeanCI(groups: number[][], opts: BootstrapMeanOptions): BootstrapInterval {
  const { iterations, level } = settings('bootstrapMeanCI', opts, groups.length);
  const g = groups.length;
  const rng = mulberry32(opts.seed);
  const reps = new Float64Array(iterations);
  const statistic = opts.statistic;

  if (statistic === undefined) {
    // The mean of pooled values only needs each group's sum and size: no per-replicate allocation.
    const sums = new Float64Array(g);
    const sizes = new Float64Array(g);
    let totalSum = 0;
    let totalSize = 0;
    for (let i = 0; i < g; i++) {
      const values = groups[i];
      let s = 0;
      for (let j = 0; j < values.length; j++) s += values[j];
      sums[i] = s;
      sizes[i] = values.length;
      totalSum += s;
      totalSize += values.length;
    }
    for (let r = 0; r < iterations; r++) {
      let s = 0;
      let n = 0;
      for (let k = 0; k < g; k++) {
        const i = Math.floor(rng() * g);
        s += sums[i];
        n += sizes[i];
      }
      reps[r] = s / n;
    }
    return percentileInterval(totalSum / totalSize, reps, level);
  }

  const pooled: number[] = [];
  for (const values of groups) for (let j = 0; j < values.length; j++) pooled.push(values[j]);
  const estimate = statistic(pooled);
  for (let r = 0; r < iterations; r++) {
    pooled.length = 0;
    for (let k = 0; k < g; k++) {
      const values = groups[Math.floor(rng() * g)];
      for (let j = 0; j < values.length; j++) pooled.push(values[j]);
    }
    reps[r] = pooled.length > 0 ? statistic(pooled) : NaN;
  }
  return percentileInterval(estimate, reps, level);
}

// Davison & Hinkley (1997), §3.8 (cluster resampling) for a ratio estimator Σnum/Σden; Efron & Tibshirani (1993), §13.3.
/** Cluster bootstrap percentile interval of scale·Σnum/Σden, e.g. hits per 1000 words over documents. */
export function bootstrapRatioCI(
  groups: { num: number; den: number }[],
  opts: BootstrapRatioOptions,
): BootstrapInterval {
  const { iterations, level } = settings('bootstrapRatioCI', opts, groups.length);
  const scale = opts.scale ?? 1;
  // One ratio of the many-ratio cluster bootstrap that the pipeline uses (ratio-bootstrap.ts).
  const cells = new Float64Array(groups.length * 2);
  groups.forEach((x, i) => { cells[2 * i] = x.num; cells[2 * i + 1] = x.den; });
  const ci = ratioInterval(bootstrapRatios(cells, groups.length, 1, { seed: opts.seed, iterations }), 0, level);
  return { estimate: scale * ci.estimate, low: scale * ci.low, high: scale * ci.high };
}
