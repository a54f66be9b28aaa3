import { describe, expect, it } from 'vitest';
import { griesDP, griesDPnorm, juillandD, range } from '../../src/stats/dispersion.ts';

// Gries (2008: 406) example corpus of 50 words in 5 parts of 9, 10, 10, 10 and 11 words, in which
// "a" occurs 1, 2, 3, 4 and 5 times (the same example in Gries 2019, "Analyzing dispersion",
// with s = (0.18, 0.2, 0.2, 0.2, 0.22), v = (1, 2, 3, 4, 5), p = (1/9, 2/10, 3/10, 4/10, 5/11)).
const V = [1, 2, 3, 4, 5];
const SIZES = [9, 10, 10, 10, 11];

describe('range', () => {
  it('counts parts containing the item', () => {
    expect(range(V)).toBe(5);
    expect(range([0, 3, 0, 1])).toBe(2);
    expect(range([])).toBe(0);
  });
});

describe('griesDP (Gries 2008) and griesDPnorm (Lijffijt & Gries 2012)', () => {
  it('gives DP = 0.18 for the Gries (2008) example', () => {
    // by hand: v/f = (1, 2, 3, 4, 5)/15; |v/f − s| = 0.11333 + 0.06667 + 0 + 0.06667 + 0.11333 = 0.36; × 0.5 = 0.18
    expect(griesDP(V, SIZES)).toBeCloseTo(0.18, 12);
  });

  it('gives DPnorm = 0.18/(1 − 0.18) = 0.2195 for the same example', () => {
    expect(griesDPnorm(V, SIZES)).toBeCloseTo(0.18 / 0.82, 12);
  });

  it('gives DPnorm = 0.5 for 2/3 of the hits in one of three equal parts, 1/3 in another', () => {
    // Lijffijt & Gries (2012: 148), table 1: DP = 1/3, DPnorm = (1/3)/(1 − 1/3) = 0.5
    expect(griesDP([2, 1, 0], [100, 100, 100])).toBeCloseTo(1 / 3, 12);
    expect(griesDPnorm([2, 1, 0], [100, 100, 100])).toBeCloseTo(0.5, 12);
  });

  it('is 0 for an item distributed exactly like the part sizes, and refuses mismatched lengths', () => {
    expect(griesDP([9, 10, 10, 10, 11], SIZES)).toBeCloseTo(0, 12);
    expect(griesDP([0, 0], [5, 5])).toBe(0);
    expect(() => griesDP([1, 2], [5])).toThrow(/2 counts but 1 part sizes/);
  });
});

describe('juillandD (Juilland & Chang-Rodríguez 1964)', () => {
  it('gives D = 0.6464 for subfrequencies 0, 4, 3, 2, 1 in five equal parts', () => {
    // Carroll (1970: 14), as reproduced in the Wordless test suite (test_juillands_d).
    // By hand: mean 2, population SD √2, V = 0.70711, D = 1 − 0.70711/√4 = 0.64645.
    expect(juillandD([0, 4, 3, 2, 1])).toBeCloseTo(0.6464, 4);
  });

  it('uses relative frequencies with unequal part sizes: D = 0.785 for the Gries (2008) example', () => {
    // By hand: p = (0.11111, 0.2, 0.3, 0.4, 0.45455), mean 0.29313, population SD 0.12596,
    // V = 0.42970, D = 1 − 0.42970/2 = 0.78515.
    expect(juillandD(V, SIZES)).toBeCloseTo(0.78515, 5);
  });

  it('is 1 for a perfectly even item and 0 for an item in one part only', () => {
    expect(juillandD([3, 3, 3])).toBeCloseTo(1, 12);
    expect(juillandD([0, 0, 0, 7])).toBeCloseTo(0, 12);
  });

  it('is exactly 0, not rounding noise, for one hit in one of unequal parts', () => {
    // one part holds the item: V = sqrt(n - 1) in closed form, so D = 0; computed, 1 - V/sqrt(n - 1) left 2.2e-16 here
    expect(juillandD([1, 0, 0], [355, 1047, 24])).toBe(0);
  });
});
