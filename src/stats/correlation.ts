// Rank correlation.
// spearmanRho: Spearman (1904) rho computed as the Pearson correlation of the ranks, tied values
// receiving the average of the ranks they span (the tie handling of R's cor(method = "spearman")).

/** 1-based ranks, ties get their average rank (into `into` when given). NaN values are not ranked (their rank is NaN). */
export function averageRanks<T extends Float32Array | Float64Array = Float64Array>(values: ArrayLike<number>, into?: T): T {
  const n = values.length;
  // A native numeric sort of a copy, then each value's tie range by binary search: no index array
  // sorted through a comparator (several times slower, and twice the memory, on a million sentences).
  const sorted = Float64Array.from(values).sort();
  const m = countBeforeNaN(sorted);
  if (into !== undefined && into.length !== n) throw new Error(`averageRanks: ${n} values but room for ${into.length} ranks`);
  const ranks = (into ?? new Float64Array(n)) as T;
  for (let i = 0; i < n; i++) ranks[i] = averageRankIn(sorted, m, values[i]!);
  return ranks;
}

/**
 * The average rank of x among the first m values of `sorted` (ascending, NaN after them): ties share the
 * mean of their ranks; NaN for NaN. With it a caller can rank values it reads again instead of holding them.
 */
export function averageRankIn(sorted: Float64Array, m: number, x: number): number {
  if (Number.isNaN(x)) return NaN;
  // lo: values below x; top: values up to x. Ties span ranks lo+1 … top.
  let lo = 0, hi = m;
  while (lo < hi) { const mid = (lo + hi) >>> 1; if (sorted[mid]! < x) lo = mid + 1; else hi = mid; }
  let top = lo, end = m;
  while (top < end) { const mid = (top + end) >>> 1; if (sorted[mid]! <= x) top = mid + 1; else end = mid; }
  return (lo + 1 + top) / 2;
}

/** Values before the NaNs of an ascending numeric sort (Float64Array.prototype.sort puts NaN last). */
export function countBeforeNaN(sorted: Float64Array): number {
  let m = sorted.length;
  while (m > 0 && Number.isNaN(sorted[m - 1]!)) m--;
  return m;
}

/**
 * Pearson's r of n pairs that `pairs` gives, in the same order, each time it is called (twice: the means,
 * then the sums of products), so paired columns can be read from anywhere without being held.
 */
export function pearsonOfPairs(n: number, pairs: (fn: (x: number, y: number) => void) => void): number {
  let mx = 0;
  let my = 0;
  pairs((x, y) => {
    mx += x;
    my += y;
  });
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  pairs((x, y) => {
    const dx = x - mx;
    const dy = y - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  });
  return sxy / Math.sqrt(sxx * syy);
}

function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  return pearsonOfPairs(x.length, (fn) => {
    for (let i = 0; i < x.length; i++) fn(x[i], y[i]);
  });
}

// Spearman (1904), "The proof and measurement of association between two things", Am. J. Psychol. 15; ties by average ranks.
/** Spearman's rho; NaN when a variable is constant or fewer than two pairs are given. */
export function spearmanRho(x: ArrayLike<number>, y: ArrayLike<number>): number {
  if (x.length !== y.length) {
    throw new Error(`spearmanRho: x has ${x.length} values, y has ${y.length}; expected paired data of equal length`);
  }
  if (x.length < 2) return NaN;
  return pearson(averageRanks(x), averageRanks(y));
}
