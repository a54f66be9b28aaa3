// Workers compile a dictionary from the main thread's pattern splits (knownSplits -> rememberSplits) instead of
// tokenizing every pattern again: the splits must be the main thread's own, and be used as given.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { knownSplits, rememberSplits } from '../../src/lexicon/index.ts';
import { primeSplits, splitPattern } from '../../src/lexicon/pattern.ts';
import { patternTokens, patternTokensMany } from '../../src/text/index.ts';
import { accessors, nlp, plainWordTokens } from '../../src/text/nlp.ts';

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

  it("takes plain lowercase words as they stand, as wink does, except the model's contractions", () => {
    const its = accessors();
    const winkTokens = (t: string) => (nlp().readDoc(t).tokens().out(its.value) as unknown as string[]);
    // seeded letters, so the same 3,000 strings every run; plus the contractions wink splits (hand-checked)
    let seed = 7;
    const letter = () => String.fromCharCode(97 + ((seed = (seed * 1103515245 + 12345) % 2147483648) % 26));
    const random = Array.from({ length: 3000 }, (_, i) => Array.from({ length: 1 + (i % 11) }, letter).join(''));
    const contractions = ['cannot', 'dont', 'youre', 'ive', 'isnt', 'cant', 'wont', 'aint', 'theyre'];
    const texts = [...new Set([...random, ...contractions, 'gonna', 'sanctions cannot', 'illegal sanctions', 'the kyiv regime'])];
    expect(patternTokensMany(texts)).toEqual(texts.map(winkTokens));
    expect(winkTokens('cannot')).toEqual(['can', 'not']);
    expect(plainWordTokens('illegal sanctions')).toEqual(['illegal', 'sanctions']);
    for (const t of [...contractions, 'sanctions cannot', 'Illegal', 'e-mail', 'two  spaces', ' lead', '']) expect(plainWordTokens(t)).toBeNull();
  });
});
