// Intervals for a proportion k/n.

// Wilson (1927), "Probable inference, the law of succession, and statistical inference", JASA 22:209-212;
// the score interval without continuity correction, method 3 of Newcombe (1998), Statistics in Medicine 17:857-872.
/** Wilson's score interval for k successes in n trials (z = 1.959964 for 95%); null bounds when n = 0. */
export function wilsonInterval(k: number, n: number, z = 1.959963984540054): { lower: number | null; upper: number | null } {
  if (n === 0) return { lower: null, upper: null };
  const p = k / n;
  const z2 = z * z;
  const centre = p + z2 / (2 * n);
  const half = z * Math.sqrt((p * (1 - p)) / n + z2 / (4 * n * n));
  const denom = 1 + z2 / n;
  // At k = 0 and k = n the bound is exactly 0 or 1 in closed form; computed, it leaves rounding noise (4.9e-17).
  return { lower: k === 0 ? 0 : Math.max(0, (centre - half) / denom), upper: k === n ? 1 : Math.min(1, (centre + half) / denom) };
}

// Cochran (1977), Sampling Techniques, 3rd ed., section 5.3: the stratified estimate of a proportion and its variance.
// Interval: Wilson's with the effective sample size n* = p(1 - p) / var (Kott & Carr 1997, J. Official Statistics
// 13(4)), n* = n when the variance is 0 and never above n (Korn & Graubard 1998, Survey Methodology 24(2)).
/**
 * A proportion estimated from a stratified sample: strata weighted by their population sizes, variance
 * sum(W_h^2 p_h (1 - p_h) / n_h) (finite-population correction left out: conservative), and a 95% Wilson
 * interval on the effective sample size, so that a few all-yes strata do not give a zero-width interval.
 */
export function stratifiedProportion(strata: readonly { population: number; k: number; n: number }[], z = 1.959963984540054): { estimate: number | null; lower: number | null; upper: number | null } {
  const used = strata.filter((s) => s.n > 0 && s.population > 0);
  const total = used.reduce((a, s) => a + s.population, 0);
  if (total === 0) return { estimate: null, lower: null, upper: null };
  let est = 0, variance = 0, n = 0;
  for (const s of used) {
    const w = s.population / total;
    const p = s.k / s.n;
    est += w * p;
    variance += (w * w * p * (1 - p)) / s.n;
    n += s.n;
  }
  const nEff = variance > 0 ? Math.min(n, (est * (1 - est)) / variance) : n;
  const w = wilsonInterval(est * nEff, nEff, z);
  return { estimate: est, lower: w.lower, upper: w.upper };
}
