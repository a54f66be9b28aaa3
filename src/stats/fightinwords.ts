// Log-odds ratio with a Dirichlet prior, Monroe, Colaresi & Quinn (2008) "Fightin' words", eq. 16, 19–22:
//   δ̂_w = ln((y_aw + α_w)/(n_a + α_0 − y_aw − α_w)) − ln((y_bw + α_w)/(n_b + α_0 − y_bw − α_w)),
//   σ̂²(δ̂_w) ≈ 1/(y_aw + α_w) + 1/(y_bw + α_w),   z_w = δ̂_w / √σ̂², with α_0 = Σ_w α_w.
// Priors: a Map of α_w (e.g. counts from a background corpus), a number (uniform α_w, as the
// default 0.01 of jmhessel/FightingWords), or 'corpus': the informative prior α_w = α_0·y_w/n from
// the pooled counts of both groups, α_0 defaulting to n (α_w = y_w, the kornosk/log-odds-ratio default).

export interface FightinWordsScore {
  /** δ̂: log-odds ratio of group A over group B (positive: more typical of A). */
  delta: number;
  /** Approximate variance of δ̂. */
  variance: number;
  /** δ̂ / √variance. */
  z: number;
}

function total(counts: Map<string, number>): number {
  let n = 0;
  for (const v of counts.values()) n += v;
  return n;
}

// Monroe, Colaresi & Quinn (2008), Political Analysis 16(4): 372–403, §3.5 (informative Dirichlet prior).
/**
 * Per-word δ̂, variance and z for every word in either group. With a Map prior, α_0 is the sum of
 * its values and a word missing from it gets α_w = 0 (such a word, absent from one group, gets an
 * infinite δ̂: give every word a prior). alpha0 rescales a Map or 'corpus' prior to sum to alpha0.
 * `sizes` gives n_a and n_b when the counted items are not the whole of each group's text (framing
 * categories counted against words); by default they are the sums of the counts.
 */
export function fightinWords(
  countsA: Map<string, number>,
  countsB: Map<string, number>,
  prior: Map<string, number> | 'corpus' | number,
  alpha0?: number,
  sizes?: readonly [number, number],
): Map<string, FightinWordsScore> {
  const nA = sizes ? sizes[0] : total(countsA);
  const nB = sizes ? sizes[1] : total(countsB);
  const vocab = new Set<string>(countsA.keys());
  for (const w of countsB.keys()) vocab.add(w);

  // alphaOf(w) returns α_w; a0 is Σ α_w over the prior's support.
  let alphaOf: (w: string) => number;
  let a0: number;
  if (typeof prior === 'number') {
    alphaOf = () => prior;
    a0 = prior * vocab.size;
  } else if (prior === 'corpus') {
    const n = nA + nB;
    a0 = alpha0 ?? n;
    const scale = n > 0 ? a0 / n : 0;
    alphaOf = (w) => ((countsA.get(w) ?? 0) + (countsB.get(w) ?? 0)) * scale;
  } else {
    const sum = total(prior);
    a0 = alpha0 ?? sum;
    const scale = sum > 0 ? a0 / sum : 0;
    alphaOf = (w) => (prior.get(w) ?? 0) * scale;
  }

  const out = new Map<string, FightinWordsScore>();
  for (const w of vocab) {
    const ya = countsA.get(w) ?? 0;
    const yb = countsB.get(w) ?? 0;
    const aw = alphaOf(w);
    const delta = Math.log((ya + aw) / (nA + a0 - ya - aw)) - Math.log((yb + aw) / (nB + a0 - yb - aw));
    const variance = 1 / (ya + aw) + 1 / (yb + aw);
    out.set(w, { delta, variance, z: delta / Math.sqrt(variance) });
  }
  return out;
}
