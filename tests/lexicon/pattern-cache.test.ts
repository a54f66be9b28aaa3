// Workers compile a dictionary from the main thread's pattern splits (knownSplits -> rememberSplits) instead of
// tokenizing every pattern again: the splits must be the main thread's own, and be used as given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownSplits, rememberSplits } from '../../src/lexicon/index.ts';
import { primeSplits, splitPattern } from '../../src/lexicon/pattern.ts';
import { patternTokens, patternTokensMany } from '../../src/text/index.ts';
import { accessors, nlp } from '../../src/text/nlp.ts';

describe('pattern splits shared between threads', () => {
  it('lists each split made, keyed by kind and pattern, and a remembered split is used as given', () => {
    expect(splitPattern("Russia's aggression*")).toEqual(['Russia', "'s", 'aggression*']);
    expect(knownSplits()).toContainEqual(["pRussia's aggression*", ['Russia', "'s", 'aggression*']]);
    // a split remembered from elsewhere wins over tokenizing (here a made-up one, to show it is read)
    rememberSplits([['pdouble standards', ['double', 'standards', 'X']]]);
    expect(splitPattern('double standards')).toEqual(['double', 'standards', 'X']);
    // glob patterns (`?` a wildcard) are kept apart from plain ones
    expect(splitPattern('double standards', true)).toEqual(['double', 'standards']);
  });
});

describe('patterns split in one document (primeSplits, patternTokensMany)', () => {
  // Texts whose tokens depend on the tokenizer's special cases: contractions, abbreviations, hyphens, symbols.
  const tricky = [
    'U.S.', "can't", 'cannot', 'gonna', "Russia's", 'e-mail', 'N.A.T.O.', '100%', '$5', 'co-operation', "'quoted'",
    'U.S.-led', 'Mr.', 'etc.', 'a.m.', '#hashtag', '@user', 'http://x.org', 'x@y.com', ':-)', '…', '—', 'İstanbul',
    "n't", "Secretary’s", 'well-being', '1,000', '3.5', 'vs.', 'U.N.', 'why?', '(sanctions)', '“illegal”',
    "Russia's aggression", 'double standards', 'so-called referendum', 'Kyiv regime',
  ];

  it('gives each text the tokens it gets read alone', () => {
    const lexicon = readFileSync('lexicons/framing.yaml', 'utf8').match(/(?<=^\s+- ).+$/gm)!.map((l) => l.replace(/^["']|["']$/g, ''));
    const texts = [...new Set([...tricky, ...lexicon])];
    expect(texts.length).toBeGreaterThan(300);
    expect(patternTokensMany(texts)).toEqual(texts.map(patternTokens));
    // hand-checked: a line break inside a text cannot be told from the one between texts, so such a batch is read text by text
    expect(patternTokensMany(["can't", 'a\nb', 'U.S.'])).toEqual([['ca', "n't"], ['a', 'b'], ['U.S.']]);
  });

  it("are wink's own tokens (its.value, layout tokens left out)", () => {
    const its = accessors();
    const lexicon = readFileSync('lexicons/framing.yaml', 'utf8').match(/(?<=^\s+- ).+$/gm)!.map((l) => l.replace(/^["']|["']$/g, ''));
    const texts = [...new Set([...tricky, ...lexicon, 'a\nb'])];
    const wink = texts.map((t) => {
      const tokens = nlp().readDoc(t).tokens();
      const types = tokens.out(its.type) as unknown as string[];
      return (tokens.out(its.value) as unknown as string[]).filter((_, i) => types[i] !== 'tabCRLF');
    });
    expect(texts.map(patternTokens)).toEqual(wink);
    expect(patternTokensMany(texts)).toEqual(wink);
  });

  it('fills the splits a reader then takes, and leaves a bad pattern for splitPattern to refuse', () => {
    const patterns = ['illegitimate regime*', "Kremlin's ... propaganda", 'Mr. Lavrov', 'sanct?on*', '*'];
    primeSplits(patterns);
    primeSplits(['sanct?on*'], true);
    const known = new Map(knownSplits());
    expect(known.get('pillegitimate regime*')).toEqual(['illegitimate', 'regime*']);
    expect(known.get("pKremlin's ... propaganda")).toEqual(['Kremlin', "'s", '...', 'propaganda']);
    expect(known.get('pMr. Lavrov')).toEqual(['Mr.', 'Lavrov']);
    // `?` is a character outside glob: entries, and the tokenizer splits at it
    expect(known.get('psanct?on*')).toEqual(['sanct', '?', 'on*']);
    expect(known.get('gsanct?on*')).toEqual(['sanct?on*']);
    expect(known.has('p*')).toBe(false);
    expect(() => splitPattern('*')).toThrow(/alone would match any token/);
  });
});
