// Mutation edges of src/lexicon/compile.ts and src/lexicon/pattern.ts: what each compiled table holds, the sort and
// group numbering of categories, the glob indexes, and the pattern splitter's cache, gaps and glob parts.
// Expected values are worked by hand from the doc comments, src/lexicon/README.md and the tokenizer's own splits.
import { describe, expect, it } from 'vitest';
import { compileLexicon, knownSplits, matchTokens, readLexicon, rememberSplits, type Lexicon, type LexiconCategory, type LexiconEntry } from '../../src/lexicon/index.ts';
import { TestMode } from '../../src/lexicon/compile.ts';
import {
  escapeRegExp, globMatcher, globMatches, globRegExp, innerLiteral, isGlobToken, splitLemmaPattern, splitPattern, wildcardSpan,
} from '../../src/lexicon/pattern.ts';
import { patternTokens, tokenize } from '../../src/text/index.ts';

// Any lexicon's negation model and header will do: the tests below build their own categories.
const base = readLexicon('tests/fixtures/lexicon/basic.yaml');

function lexicon(categories: LexiconCategory[]): Lexicon {
  return { ...base, categories };
}

function cat(id: string, entries: LexiconEntry[], extra: Partial<LexiconCategory> = {}): LexiconCategory {
  return { id, label: id, definition: `${id}: test`, line: 1, entries, ...extra };
}

function entry(pattern: string, extra: Partial<LexiconEntry> = {}): LexiconEntry {
  const kind = extra.kind ?? (pattern.includes('*') ? 'glob' : pattern.includes(' ') ? 'phrase' : 'word');
  return { pattern, kind, caseSensitive: false, line: 1, ...extra };
}

/** Hits as `category:entry:covered text`. */
function hits(lex: Lexicon, text: string): string[] {
  const compiled = compileLexicon(lex);
  const { tokens } = tokenize(text);
  return matchTokens(compiled, tokens).map((m) => `${m.category}:${m.entry}:${text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end)}`);
}

// splitPattern remembers each pattern for the life of the process (and a mutation run tests many mutants in one
// process), so tests of the splitting itself use words no earlier call has split: lowercase letters, one token each.
const counter = globalThis as { framescopeEdgeWords?: number };
function freshWord(): string {
  const n = (counter.framescopeEdgeWords = (counter.framescopeEdgeWords ?? Math.floor(Math.random() * 1e9)) + 1);
  return `zq${[...n.toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;
}

describe('compileLexicon: categories', () => {
  it('sorts categories by id and points each entry at its category there', () => {
    const compiled = compileLexicon(lexicon([cat('mid', [entry('m')]), cat('zeta', [entry('z')]), cat('alpha', [entry('a')])]));
    expect(compiled.categories.map((c) => c.id)).toEqual(['alpha', 'mid', 'zeta']);
    // entries stay in file order (index), their category is the position in the sorted list
    expect(compiled.entries.map((e) => [e.pattern, e.index, e.category])).toEqual([['m', 0, 1], ['z', 1, 2], ['a', 2, 0]]);
  });

  it('numbers groups in order of first use over the id-sorted categories; a category without a group is -1', () => {
    // sorted: alpha (none), beta (g2), gamma (g1), zeta (g1): g2 is met first (0), then g1 (1)
    const compiled = compileLexicon(lexicon([
      cat('zeta', [entry('z')], { group: 'g1' }), cat('alpha', [entry('a')]), cat('beta', [entry('b')], { group: 'g2' }), cat('gamma', [entry('g')], { group: 'g1' }),
    ]));
    expect(compiled.categories.map((c) => [c.id, c.group])).toEqual([['alpha', -1], ['beta', 0], ['gamma', 1], ['zeta', 1]]);
  });

  it('gives -1 to every category when none is in a group', () => {
    const compiled = compileLexicon(lexicon([cat('b', [entry('b')]), cat('a', [entry('a')])]));
    expect(compiled.categories.map((c) => c.group)).toEqual([-1, -1]);
  });
});

describe('compileLexicon: entry fields', () => {
  it('keeps a note only when the entry has one', () => {
    const compiled = compileLexicon(lexicon([cat('c', [entry('noted', { note: 'why' }), entry('bare')])]));
    expect(compiled.entries[0]!.note).toBe('why');
    expect(Object.hasOwn(compiled.entries[1]!, 'note')).toBe(false);
  });

  it('has no except phrases, no context and no unless when the entry has none', () => {
    const [e] = compileLexicon(lexicon([cat('c', [entry('plain')])])).entries;
    expect(e!.except).toEqual([]);
    expect(e!.context).toBeNull();
    expect(e!.unless).toBeNull();
  });

  it('takes within from the entry, else DEFAULT_WITHIN (3)', () => {
    const compiled = compileLexicon(lexicon([cat('c', [
      entry('five', { notAfter: ['counter'], within: 5 }),
      entry('three', { notBefore: ['asset'] }),
    ])]));
    expect(compiled.entries.map((e) => e.context?.within)).toEqual([5, 3]);
    expect(compiled.entries[0]!.context).toEqual({ notWith: null, notAfter: new Set(['counter']), notBefore: null, within: 5, pos: null, requires: null });
  });

  it('reads `?` as a wildcard only in entries marked anyChar', () => {
    // a phrase "colo?r" outside glob: entries: `?` is a character, which the tokenizer splits off
    const compiled = compileLexicon(lexicon([cat('c', [entry('colo?r'), entry('colo?r', { kind: 'glob', anyChar: true })])]));
    const [plain, glob] = compiled.entries;
    expect(plain!.anyChar).toBe(false);
    expect(plain!.tests.map((t) => [t.mode, t.value])).toEqual([[TestMode.Lower, 'colo'], [TestMode.Lower, '?'], [TestMode.Lower, 'r']]);
    expect(glob!.anyChar).toBe(true);
    expect(glob!.tests.map((t) => [t.mode, t.value])).toEqual([[TestMode.GlobLower, 'colo?r']]);
  });

  it("lists a lowercase glob token's literals, leaving out empty ones", () => {
    const compiled = compileLexicon(lexicon([cat('c', [entry('AB**É*cd*'), entry('ab?cd*', { kind: 'glob', anyChar: true }), entry('Ab*cd', { caseSensitive: true })])]));
    // "ab**é*cd*" splits at the stars into "ab", "", "é", "cd", "": compared lowercase, "é" must be in the form as it is
    expect(compiled.entries[0]!.tests[0]).toMatchObject({ mode: TestMode.GlobLower, value: 'ab**é*cd*', literals: ['ab', 'é', 'cd'] });
    // with anyChar, `?` separates literals too
    expect(compiled.entries[1]!.tests[0]!.literals).toEqual(['ab', 'cd']);
    // a case-sensitive glob keeps its case and has no literals to pre-test lowercase forms with
    expect(compiled.entries[2]!.tests[0]).toMatchObject({ mode: TestMode.GlobText, value: 'ab*cd' });
    expect(compiled.entries[2]!.tests[0]!.literals).toBeUndefined();
  });

  it('sorts unless items into words and globs, both compared with lowercase forms', () => {
    const compiled = compileLexicon(lexicon([cat('c', [entry('abandon*', { unless: ['Abandoned', 'ABANDONMENT*'] }), entry('stra*', { unless: ['straße*'] })])]));
    const { words, globs } = compiled.entries[0]!.unless!;
    expect(words).toEqual(new Set(['abandoned']));
    expect(globs).toHaveLength(1);
    // written in capitals, the glob still takes the lowercase form
    expect(globs[0]!('abandonments')).toBe(true);
    expect(globs[0]!('abandon')).toBe(false);
    // "ß" uppercases to "SS": the item is lowercased, so "straße*" still takes "straßen"
    const sharp = compiled.entries[1]!.unless!;
    expect(sharp.words.size).toBe(0);
    expect(sharp.globs[0]!('straßen')).toBe(true);
    expect(sharp.globs[0]!('strassen')).toBe(false);
  });

  it('takes a token away from an abandon* stem with unless, through matching', () => {
    const lex = lexicon([cat('c', [entry('abandon*', { unless: ['abandoned', 'abandonment*'] })])]);
    expect(hits(lex, 'They abandoned the abandonments but abandon hope.')).toEqual(['c:abandon*:abandon']);
  });
});

describe('compileLexicon: glob indexes', () => {
  it('indexes a glob by its literal prefix, else its suffix, else its inner literal, else tries it everywhere', () => {
    const compiled = compileLexicon(lexicon([cat('c', [
      entry('sovereign*'), // prefix "sovereign"
      entry('*ab*cd'), // no prefix: the literal after the last star, "cd"
      entry('*phobic'), // suffix "phobic"
      entry('*ssi*'), // both ends open: inner "ssi"
      entry('*É*'), // inner literal not ASCII: indexed lowercase, "é"
      entry('*Ssi*', { caseSensitive: true }), // compared as written: not by lowercase inner literal
      entry('?ab*', { kind: 'glob', anyChar: true }), // opens with `?`, ends with `*`: no literal between two stars
    ])]));
    const keys = (m: Map<string, unknown[]>) => [...m.keys()];
    expect(keys(compiled.byGlobPrefix)).toEqual(['sovereign']);
    expect(keys(compiled.byGlobSuffix)).toEqual(['cd', 'phobic']);
    expect(keys(compiled.byGlobInner)).toEqual(['ssi', 'é']);
    expect(compiled.globAnywhere.map((e) => e.pattern)).toEqual(['*Ssi*', '?ab*']);
    expect(compiled.globPrefixLengths).toEqual([9]);
    expect(compiled.globSuffixLengths).toEqual([2, 6]);
    expect(compiled.globInnerLengths).toEqual([1, 3]);
  });

  it('finds a suffix glob on a token shorter than a longer suffix listed before it', () => {
    // suffix lengths 5 ("tions") and 2 ("ty"); matching stops at the first length longer than the token
    const lex = lexicon([cat('c', [entry('*tions'), entry('*ty')])]);
    expect(hits(lex, 'The city.')).toEqual(['c:*ty:city']);
  });

  it('finds a glob by the literal after its last star, and one by its inner literal', () => {
    const lex = lexicon([cat('c', [entry('*ab*cd')]), cat('d', [entry('*ssi*')])]);
    expect(hits(lex, 'An xabycd and Russians.')).toEqual(['c:*ab*cd:xabycd', 'd:*ssi*:Russians']);
  });
});

describe('splitPattern', () => {
  it('keeps a gap as its own token between words, and refuses one at either end', () => {
    const [u, v] = [freshWord(), freshWord()];
    expect(splitPattern(`${u} ... ${v}`)).toEqual([u, '...', v]);
    expect(() => splitPattern(`${u} ${v} ...`)).toThrow(/: a gap \(\.\.\.\) must stand between words/);
    expect(() => splitPattern(`... ${u}`)).toThrow(/: a gap \(\.\.\.\) must stand between words/);
  });

  it('keeps every plain word of a phrase', () => {
    const [u, v] = [freshWord(), freshWord()];
    expect(splitPattern(`${u} ${v}`)).toEqual([u, v]);
    expect(splitPattern(`${u}  ${v}*`)).toEqual([u, `${v}*`]);
  });

  it('cuts a glob chunk where the tokenizer cuts it with letters for the stars', () => {
    const u = freshWord();
    // premise: the probe "<u>Anglo-Saxonx" is three tokens
    expect(patternTokens(`${u}Anglo-Saxonx`)).toEqual([`${u}Anglo`, '-', 'Saxonx']);
    expect(splitPattern(`${u}Anglo-Saxon*`)).toEqual([`${u}Anglo`, '-', 'Saxon*']);
    // "<u>x-x" (the star in the first x): each part is taken after the one before, not at an earlier "x"
    expect(patternTokens(`${u}x-x`)).toEqual([`${u}x`, '-', 'x']);
    expect(splitPattern(`${u}*-x`)).toEqual([`${u}*`, '-', 'x']);
  });

  it('remembers plain and glob-entry splits apart', () => {
    const u = freshWord();
    expect(splitPattern(u)).toEqual([u]);
    // as a glob: entry, "p<u>" must not be mistaken for the plain pattern "<u>"
    expect(splitPattern(`p${u}`, true)).toEqual([`p${u}`]);
    expect(knownSplits()).toContainEqual([`gp${u}`, [`p${u}`]]);
  });

  it('keeps at most 200,000 splits: a remembered batch stops there', () => {
    const tag = freshWord();
    rememberSplits(Array.from({ length: 200_001 }, (_, i): [string, string[]] => [`p${tag}${i}`, [`${tag}${i}`]]));
    expect(knownSplits()).toHaveLength(200_000);
  });

  it('starts again when full: the next new split clears the cache, later ones are kept beside it', () => {
    const tag = freshWord();
    rememberSplits(Array.from({ length: 200_000 }, (_, i): [string, string[]] => [`p${tag}${i}`, [`${tag}${i}`]]));
    expect(knownSplits()).toHaveLength(200_000);
    const [u, v] = [freshWord(), freshWord()];
    expect(splitPattern(u)).toEqual([u]);
    expect(knownSplits()).toEqual([[`p${u}`, [u]]]);
    expect(splitPattern(v)).toEqual([v]);
    expect(knownSplits()).toEqual([[`p${u}`, [u]], [`p${v}`, [v]]]);
  });
});

describe('splitLemmaPattern', () => {
  it('refuses a star, and a pattern with no tokens', () => {
    expect(() => splitLemmaPattern('sanction*')).toThrow(/^lemma "sanction\*" contains \*: globs are for word and phrase entries$/);
    expect(() => splitLemmaPattern('  ')).toThrow(/^pattern "  " has no tokens$/);
  });

  it('leaves out line breaks between the lemmas', () => {
    expect(splitLemmaPattern('double\nstandard')).toEqual(['double', 'standard']);
  });
});

describe('wildcards and globs', () => {
  it('isGlobToken: `?` is a wildcard only with anyChar', () => {
    expect(isGlobToken('why?')).toBe(false);
    expect(isGlobToken('why?', true)).toBe(true);
    expect(isGlobToken('sovereign*')).toBe(true);
  });

  it('wildcardSpan: first and last wildcard, `?` counted only with anyChar', () => {
    expect(wildcardSpan('a?b*')).toEqual([3, 3]);
    expect(wildcardSpan('a?b*', true)).toEqual([1, 3]);
    expect(wildcardSpan('a*b?c', true)).toEqual([1, 3]);
    expect(wildcardSpan('ab?c', true)).toEqual([2, 2]);
  });

  it('escapeRegExp escapes every special character', () => {
    expect(escapeRegExp('a.b*(c)$')).toBe('a\\.b\\*\\(c\\)\\$');
    expect(new RegExp(`^${escapeRegExp('a.b')}$`).test('axb')).toBe(false);
  });

  it('globRegExp: `?` literal by default; one code point with anyChar', () => {
    expect(globRegExp('a?b*', false).test('a?bc')).toBe(true);
    expect(globRegExp('a?b*', false).test('axbc')).toBe(false);
    expect(globRegExp('a?b*', false, true).test('axbc')).toBe(true);
    // an emoji is one character (two UTF-16 code units), case-sensitive or not
    expect(globRegExp('a?b', true, true).test('a😀b')).toBe(true);
    expect(globRegExp('a?b', false, true).test('a😀b')).toBe(true);
  });

  it('globMatcher: `?` literal by default; one code point with anyChar, case-sensitive too', () => {
    expect(globMatcher('a?*', false)('a?x')).toBe(true);
    expect(globMatcher('a?*', false)('abx')).toBe(false);
    expect(globMatches('a?*', 'abx', false)).toBe(false);
    expect(globMatches('a?*', 'abx', false, true)).toBe(true);
    expect(globMatcher('a?b*', true, true)('a😀bc')).toBe(true);
    expect(globMatcher('a?b', true, true)('a😀b')).toBe(true);
  });

  it('globMatcher: a literal `?` with a star, a `?` glob with a star, and a glob with a star only', () => {
    expect(globMatcher('why?*', false)('why?s')).toBe(true);
    expect(globMatcher('colo?r*', false, true)('colours')).toBe(true);
    expect(globMatcher('colo?r*', false, true)('colrs')).toBe(false);
    expect(globMatcher('sovereign*', false)('sovereignty')).toBe(true);
    // `?` without a star: the whole token
    expect(globMatcher('colo?r', false, true)('colour')).toBe(true);
    expect(globMatcher('colo?r', false, true)('colours')).toBe(false);
  });

  it('globMatcher refuses white space in the glob and a token with no wildcard', () => {
    expect(() => globMatcher('a *', false)).toThrow(/^internal error: glob token "a \*" holds white space$/);
    expect(() => globMatcher('abc', false)).toThrow(/^internal error: "abc" is not a glob$/);
    expect(() => globMatcher('abc', false, true)).toThrow(/^internal error: "abc" is not a glob$/);
  });

  it('innerLiteral: the longest literal between two stars, the first of equal length, else ""', () => {
    expect(innerLiteral('*ab*cde*')).toBe('cde');
    expect(innerLiteral('*abc*de*')).toBe('abc');
    expect(innerLiteral('*ab*cd*')).toBe('ab');
    expect(innerLiteral('*ssi*')).toBe('ssi');
    expect(innerLiteral('abcdef*g*')).toBe('g');
    expect(innerLiteral('abc*')).toBe('');
    expect(innerLiteral('*ab?cd*')).toBe('ab?cd');
    expect(innerLiteral('*ab?cde*', true)).toBe('cde');
  });
});
