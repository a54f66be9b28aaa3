// Dispersion of one item across corpus parts (here: documents as parts).
// range: number of parts containing the item. juillandD: Juilland & Chang-Rodríguez (1964)
// D = 1 − V/√(n−1), V = population SD / mean; with part sizes, V is computed on the relative
// frequencies v_i/size_i (the variant for unequal parts described by Gries 2008, §2.2).
// griesDP: Gries (2008) DP = 0.5·Σ|v_i/f − s_i|; griesDPnorm: Lijffijt & Gries (2012) DP/(1 − min s_i).

/** Number of parts in which the item occurs at least once. */
export function range(countsPerPart: ArrayLike<number>): number {
  let r = 0;
  for (let i = 0; i < countsPerPart.length; i++) if (countsPerPart[i] > 0) r++;
  return r;
}

// Juilland & Chang-Rodríguez (1964), Frequency Dictionary of Spanish Words: D = 1 − V/√(n − 1), V with the population SD.
/**
 * Juilland's D in [0, 1] (1 = perfectly even). Without partSizes the counts themselves are used
 * (equal-sized parts); with partSizes, the relative frequencies count_i / size_i. Returns 0 when
 * the item never occurs, NaN for fewer than two parts.
 */
export function juillandD(countsPerPart: ArrayLike<number>, partSizes?: ArrayLike<number>): number {
  const n = countsPerPart.length;
  if (n < 2) return NaN;
  if (partSizes !== undefined && partSizes.length !== n) {
    throw new Error(`juillandD: ${n} counts but ${partSizes.length} part sizes; expected one size per part`);
  }
  let sum = 0;
  let sumSq = 0;
  for (let i = 0; i < n; i++) {
    const x = partSizes === undefined ? countsPerPart[i] : countsPerPart[i] / partSizes[i];
    sum += x;
    sumSq += x * x;
  }
  if (sum === 0) return 0;
  const mean = sum / n;
  const variance = Math.max(0, sumSq / n - mean * mean);
  const d = 1 - Math.sqrt(variance) / mean / Math.sqrt(n - 1);
  // An item in one part only has D = 0 exactly; the computed value can be rounding noise (2.2e-16).
  return d < 1e-12 ? 0 : d;
}

function checkSizes(name: string, counts: ArrayLike<number>, sizes: ArrayLike<number>): void {
  if (sizes.length !== counts.length) {
    throw new Error(`${name}: ${counts.length} counts but ${sizes.length} part sizes; expected one size per part`);
  }
}

// Gries (2008), "Dispersions and adjusted frequencies in corpora", IJCL 13(4): DP = 0.5·Σ|v_i/f − s_i|, s_i = size_i/Σsize.
/** DP in [0, 1 − min s) (0 = distributed exactly as the part sizes). 0 when the item never occurs. */
export function griesDP(countsPerPart: ArrayLike<number>, partSizes: ArrayLike<number>): number {
  checkSizes('griesDP', countsPerPart, partSizes);
  let f = 0;
  let total = 0;
  for (let i = 0; i < countsPerPart.length; i++) {
    f += countsPerPart[i];
    total += partSizes[i];
  }
  if (f === 0 || total === 0) return 0;
  let s = 0;
  for (let i = 0; i < countsPerPart.length; i++) s += Math.abs(countsPerPart[i] / f - partSizes[i] / total);
  return 0.5 * s;
}

// Lijffijt & Gries (2012), "Correction to Stefan Th. Gries' 'Dispersions and adjusted frequencies in corpora'", IJCL 17(1): DP / (1 − min s_i).
/** DPnorm in [0, 1]. */
export function griesDPnorm(countsPerPart: ArrayLike<number>, partSizes: ArrayLike<number>): number {
  const dp = griesDP(countsPerPart, partSizes);
  let total = 0;
  let min = Infinity;
  for (let i = 0; i < partSizes.length; i++) {
    total += partSizes[i];
    if (partSizes[i] < min) min = partSizes[i];
  }
  if (total === 0) return 0;
  return dp / (1 - min / total);
}
