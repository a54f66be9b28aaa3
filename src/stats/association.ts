// Association measures for collocations from four counts: co-occurrence f(x,y), the two
// marginal frequencies f(x), f(y) and the sample size N. Expected co-occurrence E = f(x)·f(y)/N.
// mutualInformation: Church & Hanks (1990); tScore: Church, Gale, Hanks & Hindle (1991);
// logDice: Rychlý (2008); logLikelihoodCollocation: Dunning (1993) on the 2×2 table of the pair.
import { logLikelihood } from './loglikelihood.ts';

// Church & Hanks (1990), "Word association norms, mutual information, and lexicography", CL 16(1): I = log2(f(x,y)·N / (f(x)·f(y))).
/** Pointwise mutual information in bits; −Infinity when f(x,y) = 0. */
export function mutualInformation(fxy: number, fx: number, fy: number, N: number): number {
  return Math.log2((fxy * N) / (fx * fy));
}

// Church, Gale, Hanks & Hindle (1991), "Using statistics in lexical analysis": t = (O − E)/√O.
/** t-score (O − E)/√O with O = f(x,y), E = f(x)·f(y)/N. Undefined for O = 0; returns 0 by convention. */
export function tScore(fxy: number, fx: number, fy: number, N: number): number {
  if (fxy <= 0) return 0;
  return (fxy - (fx * fy) / N) / Math.sqrt(fxy);
}

// Rychlý (2008), "A lexicographer-friendly association score", RASLAN 2008: logDice = 14 + log2(2·f(x,y)/(f(x)+f(y))).
/** logDice; at most 14 (every occurrence of x and y is a co-occurrence); −Infinity when f(x,y) = 0. */
export function logDice(fxy: number, fx: number, fy: number): number {
  return 14 + Math.log2((2 * fxy) / (fx + fy));
}

// Dunning (1993) G² on the pair's table [[f(x,y), f(x)−f(x,y)], [f(y)−f(x,y), N−f(x)−f(y)+f(x,y)]].
/** Unsigned 4-term G² for the co-occurrence table of x and y (no sign for negative association). */
export function logLikelihoodCollocation(fxy: number, fx: number, fy: number, N: number): number {
  return logLikelihood(fxy, fx - fxy, fy - fxy, N - fx - fy + fxy);
}
