// Adjusted p-values for multiple testing.
// benjaminiHochberg: the step-up false discovery rate procedure of Benjamini & Hochberg (1995),
// as adjusted p-values: p_adj(i) = min over j ≥ i of p(j)·m/j (sorted ascending), capped at 1,
// which is R's p.adjust(p, method = "BH"). NaN inputs stay NaN and do not count towards m (as R with n = sum(!is.na(p))).

// Benjamini & Hochberg (1995), JRSS B 57(1): 289–300; adjusted form as in R's stats::p.adjust("BH").
/** BH adjusted p-values, in the order of the input. */
export function benjaminiHochberg(pvalues: number[]): number[] {
  const out = new Array<number>(pvalues.length).fill(NaN);
  const idx: number[] = [];
  for (let i = 0; i < pvalues.length; i++) if (!Number.isNaN(pvalues[i])) idx.push(i);
  const m = idx.length;
  if (m === 0) return out;
  idx.sort((i, j) => pvalues[i] - pvalues[j]);
  let running = 1;
  for (let r = m - 1; r >= 0; r--) {
    const i = idx[r];
    const v = (pvalues[i] * m) / (r + 1);
    if (v < running) running = v;
    out[i] = running;
  }
  return out;
}
