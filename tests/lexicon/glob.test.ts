import { describe, expect, it } from 'vitest';
import { globMatcher, globRegExp } from '../../src/lexicon/pattern.ts';
import { mulberry32 } from '../../src/stats/random.ts';

// Letters chosen so random globs and tokens share literals often (matches are common, not rare), plus
// characters that stress escaping, lowercasing (ſ is its own lowercase, K the Kelvin sign lowercases to k, Σ/ς/σ) and surrogate pairs.
const ALPHABET = ['a', 'a', 'b', 'b', 'A', 'B', 's', 'S', 'ſ', 'K', 'k', 'Σ', 'ς', 'σ', '.', '(', '[', '\\', '$', '-', '😀', 'é'];
const TOKEN_EXTRA = [' ', '\u00a0', '\n'];

function pick<T>(rnd: () => number, xs: readonly T[]): T {
  return xs[Math.floor(rnd() * xs.length)]!;
}

function randomGlob(rnd: () => number): string {
  const n = 1 + Math.floor(rnd() * 8);
  let g = '';
  for (let i = 0; i < n; i++) g += rnd() < 0.35 ? '*' : pick(rnd, ALPHABET);
  return g.includes('*') ? g : `${g}*`;
}

function randomToken(rnd: () => number, glob: string): string {
  // Half the tokens are made from the glob itself (stars filled in), so that many of them match.
  if (rnd() < 0.5) {
    return glob.split('').map((c) => {
      if (c !== '*') return rnd() < 0.15 ? c.toUpperCase() : c;
      let fill = '';
      const k = Math.floor(rnd() * 4);
      for (let i = 0; i < k; i++) fill += rnd() < 0.05 ? pick(rnd, TOKEN_EXTRA) : pick(rnd, ALPHABET);
      return fill;
    }).join('');
  }
  const n = Math.floor(rnd() * 10);
  let t = '';
  for (let i = 0; i < n; i++) t += rnd() < 0.03 ? pick(rnd, TOKEN_EXTRA) : pick(rnd, ALPHABET);
  return t;
}

describe('globMatcher', () => {
  it('agrees with the anchored RegExp on 40,000 random globs and tokens, case-sensitive and not', () => {
    const rnd = mulberry32(20240521);
    let matched = 0;
    for (let i = 0; i < 20_000; i++) {
      const glob = randomGlob(rnd);
      const token = randomToken(rnd, glob);
      for (const caseSensitive of [false, true]) {
        const want = globRegExp(glob, caseSensitive).test(caseSensitive ? token : token.toLowerCase());
        const got = globMatcher(glob, caseSensitive)(token);
        if (got !== want) expect({ glob, token, caseSensitive, got }).toEqual({ glob, token, caseSensitive, got: want });
        if (want) matched++;
      }
    }
    // The comparison means something only if both answers occur often.
    expect(matched).toBeGreaterThan(5_000);
    expect(matched).toBeLessThan(35_000);
  });

  it('keeps the anchoring and case rules of the examples in the lexicon README', () => {
    const m = (glob: string, token: string, cs = false) => globMatcher(glob, cs)(token);
    expect(m('sovereign*', 'sovereignty')).toBe(true);
    expect(m('sovereign*', 'sovereign')).toBe(true);
    expect(m('sovereign*', 'unsovereign')).toBe(false);
    expect(m('standard*', 'substandard')).toBe(false);
    expect(m('*phobic', 'russophobic')).toBe(true);
    expect(m('*phobic', 'phobics')).toBe(false);
    expect(m('West*', 'western', true)).toBe(false);
    expect(m('West*', 'Western', true)).toBe(true);
    expect(m('a*b', 'a b')).toBe(false);
    expect(m('a*b*c', 'abc')).toBe(true);
    expect(m('ab*ba', 'aba')).toBe(false);
  });

  it('answers an adversarial glob against a long token at once, and rightly', () => {
    // The backtracking RegExp of this glob takes minutes on such a token; the answer is known by construction.
    const glob = 'a*a*a*a*a*a*a*a*a*a*a*b';
    expect(globMatcher(glob, false)('a'.repeat(40))).toBe(false);
    expect(globMatcher(glob, false)(`${'a'.repeat(40)}b`)).toBe(true);
    expect(globMatcher(glob, false)(`${'a'.repeat(10)}b`)).toBe(false);
    expect(globMatcher(glob, false)(`${'a'.repeat(11)}b`)).toBe(true);
    expect(globMatcher(glob, false)('a'.repeat(100_000))).toBe(false);
  });
});
