// kwic on constructed documents: every pattern kind, the window at the edges, and bad patterns.
import { describe, expect, it } from 'vitest';
import { kwicRows, literalFilter } from '../../src/lexicon/kwic.ts';
import { compileLexicon } from '../../src/lexicon/compile.ts';
import { parseLexicon } from '../../src/lexicon/read.ts';
import { readCorpus } from '../../src/corpus/read.ts';
import { tokenize } from '../../src/text/index.ts';
import type { Document } from '../../src/corpus/index.ts';

const doc = (id: string, text: string): Document => ({ id, path: `${id}.txt`, meta: {}, text, fingerprint: id, boilerplateLines: 0 });
const docs = [
  doc('a', 'Sanctions were imposed. The sanctioned banks protested against the new sanctions regime.'),
  doc('b', "Russia's brutal war goes on.\nRussia's war is illegal. Not illegal, they said."),
];
const k = (pattern: string, o = {}) => kwicRows(docs, pattern, o).map((r) => `${r.doc_id}|${r.pre}|${r.keyword}|${r.post}`);

describe('kwic', () => {
  it('finds a word in any case, with `window` tokens each side, cut at the document edges', () => {
    expect(k('sanctions', { window: 2 })).toEqual(['a||Sanctions|were imposed', 'a|the new|sanctions|regime.']);
  });

  it('matches globs, lemmas and gaps as the lexicon does', () => {
    expect(k('sanction*', { window: 0 }).map((r) => r.split('|')[2])).toEqual(['Sanctions', 'sanctioned', 'sanctions']);
    // wink lemmatises the adjective "sanctioned" (before "banks") as itself: the lemma search leaves it out
    expect(k('sanction', { lemma: true, window: 0 }).map((r) => r.split('|')[2])).toEqual(['Sanctions', 'sanctions']);
    // the gap spans "brutal" in the first sentence and nothing in the second
    expect(k("Russia's ... war", { window: 0 }).map((r) => r.split('|')[2])).toEqual(["Russia's brutal war", "Russia's war"]);
  });

  it('is case-sensitive when asked, and flags a denied match', () => {
    expect(k('Sanctions', { caseSensitive: true, window: 0 })).toEqual(['a||Sanctions|']);
    expect(kwicRows(docs, 'illegal', { window: 1 }).map((r) => [r.pre, r.negated])).toEqual([['is', false], ['Not', true]]);
  });

  it('tests each token against a regular expression, whole tokens only, within one sentence', () => {
    expect(k('sanctions?', { regex: true, window: 0 }).map((r) => r.split('|')[2])).toEqual(['Sanctions', 'sanctions']);
    expect(k('sanction', { regex: true })).toEqual([]);
    // "imposed ." ends a sentence: "imposed The" would cross it
    expect(k('imposed the', { regex: true })).toEqual([]);
    expect(k('war (is|goes)', { regex: true, window: 1 })).toEqual(["b|brutal|war goes|on", "b|'s|war is|illegal"]);
    // assertions are read against the token alone, though the text around it fails them (a space before each "war")
    expect(k('^war$', { regex: true, window: 0 })).toEqual(['b||war|', 'b||war|']);
    expect(k('(?<!\\s)war', { regex: true, window: 0 })).toEqual(['b||war|', 'b||war|']);
  });

  it('refuses an empty pattern, a bad regular expression and a bad window', () => {
    expect(() => kwicRows(docs, '  ')).toThrow('kwic: the pattern is empty');
    expect(() => kwicRows(docs, 'a(', { regex: true })).toThrow('"a(" is not a regular expression');
    // Not a regular expression alone, though ^(?:x)|(?:y)$ would parse and match "y" anywhere in a token.
    expect(() => kwicRows(docs, 'war)|(?:ille', { regex: true })).toThrow('kwic: "war)|(?:ille" is not a regular expression');
    expect(() => kwicRows(docs, 'war', { window: -1 })).toThrow('window must be a whole number');
    expect(() => kwicRows(docs, '*')).toThrow(/kwic: bad glob/);
  });
});

const filterOf = (entry: string) =>
  literalFilter(compileLexicon(parseLexicon(`name: t\nversion: "1"\ncategories:\n  t:\n    label: t\n    definition: t\n    entries:\n      - ${entry}\n`, 't')).entries[0]!);

describe('kwic skips documents that lack the pattern\'s literals', () => {
  it('skips a document without the literal, in any case, and keeps one with it', () => {
    expect(filterOf('sanctions')('New SANCTIONS.')).toBe(true);
    expect(filterOf('sanctions')('New measures.')).toBe(false);
    expect(filterOf('"double standard*"')('double  Standards')).toBe(true);
    expect(filterOf('"double standard*"')('double standing')).toBe(false);
    // a case-sensitive word must be there as written
    expect(filterOf('{ phrase: "US", case_sensitive: true }')('us and them')).toBe(false);
    // lemmas and gaps require nothing of the text
    expect(filterOf('{ lemma: "be" }')('It was.')).toBe(true);
  });

  it('still finds tokens that match only through case folding (Kelvin sign, dotted capital I)', () => {
    // wink makes each of these characters a token of its own; the text "An İ here." holds no "i" until lowercased
    const folded = [doc('k', 'The \u212A rule.'), doc('i', 'An İ here.')];
    expect(kwicRows(folded, 'k', { window: 0 }).map((r) => r.keyword)).toEqual(['\u212A']);
    expect(kwicRows(folded, 'i*', { window: 0 }).map((r) => r.keyword)).toEqual(['İ']);
    expect(kwicRows(docs, 'Sanction*', { window: 0, caseSensitive: true }).map((r) => r.keyword)).toEqual(['Sanctions']);
  });

  it('never skips a document holding a token the pattern matches (every word of 8 files of the bundled corpus)', () => {
    const { documents } = readCorpus('corpus');
    let checked = 0;
    for (const d of documents.slice(0, 8)) {
      const words = new Set(tokenize(d.text).tokens.filter((t) => t.isWord).map((t) => t.text));
      for (const word of words) {
        if (!/^[\p{L}\p{N}'’-]{3,}$/u.test(word)) continue;
        for (const entry of [JSON.stringify(word), JSON.stringify(word.slice(0, 3) + '*'), JSON.stringify('*' + word.slice(-3))]) {
          if (!filterOf(entry)(d.text)) throw new Error(`${d.id}: ${entry} skipped the document holding ${JSON.stringify(word)}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(3000);
  });
});
