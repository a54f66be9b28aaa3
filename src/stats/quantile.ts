// Sample quantiles of sorted data.
// percentileSorted: Hyndman & Fan (1996) definition 7, R's default quantile(type = 7):
// h = (n − 1)·p, Q(p) = x[⌊h⌋] + (h − ⌊h⌋)·(x[⌊h⌋ + 1] − x[⌊h⌋]) with 0-based indices.

// Hyndman & Fan (1996), "Sample quantiles in statistical packages", The American Statistician 50(4), type 7.
/** Quantile p ∈ [0, 1] of already ascending-sorted data; NaN for empty input. */
export function percentileSorted(sorted: ArrayLike<number>, p: number): number {
  const n = sorted.length;
  if (n === 0 || Number.isNaN(p)) return NaN;
  if (p <= 0) return sorted[0];
  if (p >= 1) return sorted[n - 1];
  const h = (n - 1) * p;
  const lo = Math.floor(h);
  const frac = h - lo;
  return frac === 0 ? sorted[lo] : sorted[lo] + frac * (sorted[lo + 1] - sorted[lo]);
}
