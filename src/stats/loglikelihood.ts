// Log-likelihood (G²) on a 2×2 contingency table [[a, b], [c, d]].
// Variants: the full 4-cell form of Dunning (1993) and the 2-cell keyness form of
// Rayson & Garside (2000) used by the UCREL log-likelihood wizard and AntConc.
// No Yates or Williams correction is applied by default; williamsCorrection() divides
// a G² by Williams' (1976) q as given for 2×2 tables in Sokal & Rohlf (Biometry, pp. 737–738).
// Every function returns plain, unrounded numbers.

/** O·ln(O/E) with the convention 0·ln 0 = 0. */
function term(observed: number, expected: number): number {
  return observed > 0 ? observed * Math.log(observed / expected) : 0;
}

// Dunning (1993), "Accurate methods for the statistics of surprise and coincidence", Computational Linguistics 19(1).
/** G² = 2 Σ O ln(O/E) over the four cells of [[a, b], [c, d]]; expected E = row total × column total / N. */
export function logLikelihood(a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  if (n <= 0) return 0;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const c2 = b + d;
  const g =
    term(a, (r1 * c1) / n) + term(b, (r1 * c2) / n) + term(c, (r2 * c1) / n) + term(d, (r2 * c2) / n);
  // Rounding can leave a tiny negative value when the table is exactly independent.
  return g > 0 ? 2 * g : 0;
}

/** +1 when the item is relatively more frequent in the target, −1 when less, 0 when equal or undefined. */
function overuseSign(freqTarget: number, totalTarget: number, freqRef: number, totalRef: number): number {
  const left = freqTarget * totalRef;
  const right = freqRef * totalTarget;
  return left > right ? 1 : left < right ? -1 : 0;
}

// Dunning (1993) 4-term G² applied to keyness, table as in Rayson & Garside (2000): word vs. other words × target vs. reference.
/**
 * Signed 4-term G² for keyness. Table: a = freqTarget, b = freqRef, c = totalTarget − freqTarget,
 * d = totalRef − freqRef. Sign convention (as the UCREL wizard): positive when the item's relative
 * frequency is higher in the target (overuse), negative when lower, magnitude is G².
 */
export function logLikelihoodKeyness(
  freqTarget: number,
  totalTarget: number,
  freqRef: number,
  totalRef: number,
): number {
  const g = logLikelihood(freqTarget, freqRef, totalTarget - freqTarget, totalRef - freqRef);
  return overuseSign(freqTarget, totalTarget, freqRef, totalRef) * g;
}

// Rayson & Garside (2000), "Comparing corpora using frequency profiling"; UCREL LL wizard: G² = 2(a ln(a/E1) + b ln(b/E2)).
/**
 * Signed 2-term G² as computed by the UCREL log-likelihood wizard and AntConc:
 * E1 = totalTarget·(a+b)/(totalTarget+totalRef), E2 = totalRef·(a+b)/(totalTarget+totalRef).
 * Only the two "frequency of word" cells are summed, so it is slightly smaller than the 4-term
 * form when the corpora are small. Sign as in logLikelihoodKeyness.
 */
export function logLikelihood2Term(
  freqTarget: number,
  totalTarget: number,
  freqRef: number,
  totalRef: number,
): number {
  const n = totalTarget + totalRef;
  const k = freqTarget + freqRef;
  if (n <= 0 || k <= 0) return 0;
  const e1 = (totalTarget * k) / n;
  const e2 = (totalRef * k) / n;
  const g = 2 * (term(freqTarget, e1) + term(freqRef, e2));
  return overuseSign(freqTarget, totalTarget, freqRef, totalRef) * (g > 0 ? g : 0);
}

// Williams (1976), Biometrika 63(1); 2×2 form q = 1 + (N/R1 + N/R2 − 1)(N/C1 + N/C2 − 1) / (6N), Sokal & Rohlf, Biometry, pp. 737–738.
/** G² divided by Williams' q for the 2×2 table [[a, b], [c, d]] that produced it (sign is kept). */
export function williamsCorrection(g2: number, a: number, b: number, c: number, d: number): number {
  const n = a + b + c + d;
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const c2 = b + d;
  if (n <= 0 || r1 <= 0 || r2 <= 0 || c1 <= 0 || c2 <= 0) return g2;
  const q = 1 + ((n / r1 + n / r2 - 1) * (n / c1 + n / c2 - 1)) / (6 * n);
  return g2 / q;
}
