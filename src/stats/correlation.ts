// Rank correlation.
// spearmanRho: Spearman (1904) rho computed as the Pearson correlation of the ranks, tied values
// receiving the average of the ranks they span (the tie handling of R's cor(method = "spearman")).

/** 1-based ranks, ties get their average rank. */
export function averageRanks(values: ArrayLike<number>): Float64Array {
  const n = values.length;
  const order = new Array<number>(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((i, j) => values[i] - values[j]);
  const ranks = new Float64Array(n);
  let start = 0;
  while (start < n) {
    let end = start + 1;
    while (end < n && values[order[end]] === values[order[start]]) end++;
    const avg = (start + 1 + end) / 2; // mean of ranks start+1 … end
    for (let k = start; k < end; k++) ranks[order[k]] = avg;
    start = end;
  }
  return ranks;
}

function pearson(x: ArrayLike<number>, y: ArrayLike<number>): number {
  const n = x.length;
  let mx = 0;
  let my = 0;
  for (let i = 0; i < n; i++) {
    mx += x[i];
    my += y[i];
  }
  mx /= n;
  my /= n;
  let sxy = 0;
  let sxx = 0;
  let syy = 0;
  for (let i = 0; i < n; i++) {
    const dx = x[i] - mx;
    const dy = y[i] - my;
    sxy += dx * dy;
    sxx += dx * dx;
    syy += dy * dy;
  }
  return sxy / Math.sqrt(sxx * syy);
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
