// kwic on constructed documents: every pattern kind, the window at the edges, and bad patterns.
import { describe, expect, it } from 'vitest';
import { kwicRows } from '../../src/lexicon/kwic.ts';
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
  });

  it('refuses an empty pattern, a bad regular expression and a bad window', () => {
    expect(() => kwicRows(docs, '  ')).toThrow('kwic: the pattern is empty');
    expect(() => kwicRows(docs, 'a(', { regex: true })).toThrow('"a(" is not a regular expression');
    expect(() => kwicRows(docs, 'war', { window: -1 })).toThrow('window must be a whole number');
    expect(() => kwicRows(docs, '*')).toThrow(/kwic: bad glob/);
  });
});
