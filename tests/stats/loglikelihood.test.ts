import { describe, expect, it } from 'vitest';
import {
  logLikelihood,
  logLikelihood2Term,
  logLikelihoodKeyness,
  williamsCorrection,
} from '../../src/stats/loglikelihood.ts';

describe('logLikelihood (Dunning 1993, 4-term G²)', () => {
  it('reproduces -2 log λ = 270.72 for the bigram "the swiss" (k11=110, k12=2442, k21=111, k22=29114)', () => {
    // Dunning (1993: 72), table of bigrams from the 31,777-word Swiss text; row "270.72 110 2442 111 29114 the swiss".
    expect(logLikelihood(110, 2442, 111, 29114)).toBeCloseTo(270.72, 2);
  });

  it('reproduces 167.23 for [10, 0, 3, 31764] (a cell of 0 contributes 0·ln 0 = 0)', () => {
    // Value quoted for Dunning's (1993) bigram table in the project brief; I could not read the table itself,
    // so it is checked by hand: N = 31777, E = (0.0040910, 9.99591, 12.99591, 31754.0041);
    // O ln(O/E) = 78.01549 + 0 − 4.39807 + 9.99748 = 83.61490, G² = 167.2298.
    expect(logLikelihood(10, 0, 3, 31764)).toBeCloseTo(167.23, 2);
  });

  it('is symmetric under transposing the table and 0 for an independent table', () => {
    expect(logLikelihood(10, 3, 0, 31764)).toBeCloseTo(logLikelihood(10, 0, 3, 31764), 10);
    expect(logLikelihood(10, 20, 30, 60)).toBe(0); // rows proportional: O = E in every cell
    expect(logLikelihood(0, 0, 0, 0)).toBe(0);
  });
});

describe('keyness log-likelihood: 4-term and 2-term (Rayson & Garside 2000)', () => {
  // UCREL log-likelihood wizard (ucrel.lancs.ac.uk/llwizard.html) worked example, as in its help text:
  // a word with 52 hits in corpus 1 (50,000 tokens) and 57 in corpus 2 (75,000 tokens) gives "+ 2.65".
  it('2-term form gives +2.65 for the wizard example', () => {
    expect(logLikelihood2Term(52, 50000, 57, 75000)).toBeCloseTo(2.65, 2);
  });

  it('2-term form equals the hand formula 2(a ln(a/E1) + b ln(b/E2))', () => {
    // E1 = 50000·109/125000 = 43.6, E2 = 75000·109/125000 = 65.4
    const hand = 2 * (52 * Math.log(52 / 43.6) + 57 * Math.log(57 / 65.4));
    expect(logLikelihood2Term(52, 50000, 57, 75000)).toBeCloseTo(hand, 12);
  });

  it('4-term keyness builds [[fT, fR], [NT−fT, NR−fR]] and is larger than the 2-term form', () => {
    const g4 = logLikelihoodKeyness(52, 50000, 57, 75000);
    expect(g4).toBeCloseTo(logLikelihood(52, 57, 50000 - 52, 75000 - 57), 12);
    expect(g4).toBeCloseTo(2.65, 1);
    expect(g4).toBeGreaterThan(logLikelihood2Term(52, 50000, 57, 75000));
  });

  it('is negative for underuse in the target (sign convention of the wizard)', () => {
    expect(logLikelihoodKeyness(57, 75000, 52, 50000)).toBeCloseTo(-logLikelihoodKeyness(52, 50000, 57, 75000), 12);
    expect(logLikelihood2Term(57, 75000, 52, 50000)).toBeLessThan(0);
    expect(logLikelihoodKeyness(10, 1000, 20, 2000)).toBe(0);
  });
});

describe('williamsCorrection (Williams 1976; Sokal & Rohlf, Biometry, pp. 737–738)', () => {
  it('divides G² by q for [[3, 1], [1, 3]] (computed by hand)', () => {
    // E = 2 in every cell: G² = 2(2·3 ln 1.5 + 2·1 ln 0.5) = 2.0929851…
    // q = 1 + (8/4 + 8/4 − 1)(8/4 + 8/4 − 1)/(6·8) = 1 + 9/48 = 1.1875
    const g2 = logLikelihood(3, 1, 1, 3);
    expect(g2).toBeCloseTo(2 * (6 * Math.log(1.5) + 2 * Math.log(0.5)), 12);
    expect(williamsCorrection(g2, 3, 1, 1, 3)).toBeCloseTo(g2 / 1.1875, 12);
  });
});
