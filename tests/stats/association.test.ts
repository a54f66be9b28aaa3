import { describe, expect, it } from 'vitest';
import { logDice, logLikelihoodCollocation, mutualInformation, tScore } from '../../src/stats/association.ts';

describe('mutualInformation (Church & Hanks 1990)', () => {
  it('gives I = 11.3 for f(x,y) = 8, f(x) = 1105, f(y) = 44, N = 15 million', () => {
    // Church & Hanks (1990: 24), as reproduced in the Wordless test suite (test_pmi): log2(8·15e6/(1105·44)).
    expect(mutualInformation(8, 1105, 44, 15_000_000)).toBeCloseTo(11.3, 1);
  });

  it('is 0 at independence (O = E)', () => {
    expect(mutualInformation(10, 100, 1000, 10000)).toBe(0);
  });
});

describe('tScore (Church, Gale, Hanks & Hindle 1991)', () => {
  it('gives t = 0.999932 for "new companies"', () => {
    // Manning & Schütze (1999, Foundations of Statistical NLP, §5.3.1): C(new) = 15,828, C(companies) = 4,675, C(new companies) = 8,
    // N = 14,307,668 tokens of the New York Times corpus; t ≈ 0.999932, below the 2.576 critical value.
    expect(tScore(8, 15828, 4675, 14307668)).toBeCloseTo(0.999932, 5);
  });

  it('is (O − E)/√O by hand', () => {
    // O = 16, E = 100·400/10000 = 4 → (16 − 4)/4 = 3
    expect(tScore(16, 100, 400, 10000)).toBeCloseTo(3, 12);
  });
});

describe('logDice (Rychlý 2008)', () => {
  it('has the properties stated by Rychlý (2008): maximum 14, +1 per doubling of f(x,y), +7 ≈ ×100', () => {
    expect(logDice(300, 300, 300)).toBe(14); // every occurrence of x and y is a co-occurrence
    expect(logDice(6, 3000, 3000) - logDice(3, 3000, 3000)).toBeCloseTo(1, 12);
    expect(logDice(300, 3000, 3000) - logDice(3, 3000, 3000)).toBeCloseTo(Math.log2(100), 12);
  });

  it('is 14 + log2(2·8/(389+230)) = 8.726204', () => {
    // Worked example LD(8, 389, 230) = 8.726204 on sugiura-ken.org/wiki (page "logDice"); by hand:
    // 2·8/619 = 0.0258481; log2 = −5.27380; + 14 = 8.72620
    expect(logDice(8, 389, 230)).toBeCloseTo(8.7262, 4);
  });
});

describe('logLikelihoodCollocation (Dunning 1993)', () => {
  it('gives 270.72 for "the swiss": f(the swiss) = 110, f(the) = 2552, f(swiss) = 221, N = 31777', () => {
    // Dunning (1993: 72): k11 = 110, k12 = 2442, k21 = 111, k22 = 29114, so f(x) = 110 + 2442, f(y) = 110 + 111.
    expect(logLikelihoodCollocation(110, 2552, 221, 31777)).toBeCloseTo(270.72, 2);
  });
});
