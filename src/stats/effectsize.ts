// Keyness effect sizes on two frequencies and two corpus sizes (target vs. reference).
// logRatio: Hardie (2014) binary log of the ratio of relative frequencies, a zero frequency
// replaced by 0.5 (as CQPweb and the UCREL wizard's spreadsheet do).
// percentDiff: %DIFF of Gabrielatos & Marchi (2012), with a zero normalised reference
// frequency replaced by 1E-18 in the denominator, as the UCREL wizard's spreadsheet does.

// Hardie (2014), "Log Ratio – an informal introduction", CASS blog: log2((fT/NT)/(fR/NR)), zero frequency → 0.5.
/** Binary log of the ratio of relative frequencies (target over reference); 0 when both are 0. */
export function logRatio(freqT: number, totalT: number, freqR: number, totalR: number): number {
  if (freqT === 0 && freqR === 0) return 0;
  const rt = (freqT === 0 ? 0.5 : freqT) / totalT;
  const rr = (freqR === 0 ? 0.5 : freqR) / totalR;
  return Math.log2(rt / rr);
}

/** Denominator used for a zero normalised reference frequency (UCREL LL wizard spreadsheet). */
export const PERCENT_DIFF_ZERO = 1e-18;

// Gabrielatos & Marchi (2012), "Keyness: appropriate metrics and practical issues", CADS 2012: %DIFF = (NF_T − NF_R)·100 / NF_R.
/**
 * %DIFF with relative frequencies NF = freq / total (per word). When NF_R is 0 the denominator
 * is 1E-18, so the result is a very large positive number; 0 when both frequencies are 0.
 */
export function percentDiff(freqT: number, totalT: number, freqR: number, totalR: number): number {
  const nfT = freqT / totalT;
  const nfR = freqR / totalR;
  if (nfT === 0 && nfR === 0) return 0;
  return ((nfT - nfR) * 100) / (nfR === 0 ? PERCENT_DIFF_ZERO : nfR);
}
