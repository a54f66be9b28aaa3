// Edge cases of the corpus tables' row builders (src/outputs), on small folds made inside each test from constructed
// analyses, so that mutation testing sees which test reaches which line. Every expected value is worked out by hand
// from outputs/CODEBOOK.md and the doc comments: counts and sums, rates with word totals chosen as powers of two (so
// hits / words × 1000 is exact), and bootstrap intervals only where every resample must equal the estimate (a group
// of identical documents) or where there is no resample at all (a group of one document).
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'csv-parse/sync';
import { describe, expect, it } from 'vitest';
import { DEFAULTS } from '../../src/cli/options.ts';
import { CorpusState } from '../../src/engine/corpus-state.ts';
import type { DocumentAnalysis } from '../../src/engine/document-analysis.ts';
import { summarize } from '../../src/engine/summary.ts';
import type { Lexicon } from '../../src/lexicon/index.ts';
import { categoryRows, categoryTotals } from '../../src/outputs/categories.ts';
import { collocationRows } from '../../src/outputs/collocations.ts';
import { documentColumnsOf, writeDocumentsCsv } from '../../src/outputs/documents.ts';
import { frameToneRows } from '../../src/outputs/frame-tone.ts';
import { excludedItems } from '../../src/outputs/item-filter.ts';
import { categoryKeynessRows, keywordComparisons } from '../../src/outputs/keyness.ts';
import { ratesByGroupRows } from '../../src/outputs/rates-by-group.ts';
import { groupResamples, prepareResamples, resampleLayout, type BlockRunner } from '../../src/outputs/resamples.ts';
import {
  categoriesOf, categoryKeynessOf, collocationsOf, keynessChunks, ratesOf, resampleSettings, tableOptionsOf, trendsOf, type Fold,
} from '../../src/outputs/rows.ts';
import { scorerAgreementRows } from '../../src/outputs/scorer-agreement.ts';
import { resampleBlock } from '../../src/stats/index.ts';

interface SentenceSpec { scores: Record<string, number>; categories?: string[]; unmarked?: Record<string, Record<string, number>> }
interface DocSpec {
  id: string;
  meta?: Record<string, string>;
  nWords?: number;
  words?: Record<string, number>;
  names?: Record<string, number>;
  /** [category, entry, negated] */
  hits?: [string, string, boolean?][];
  sentences?: SentenceSpec[];
  collocates?: Record<string, Record<string, number>>;
}

function analysis(d: DocSpec): DocumentAnalysis {
  const words = d.words ?? {};
  const sentences = d.sentences ?? [];
  return {
    id: d.id, path: `${d.id}.txt`, meta: d.meta ?? {}, fingerprint: d.id, boilerplateLines: 0,
    nWords: d.nWords ?? Object.values(words).reduce((a, b) => a + b, 0), nSentences: sentences.length, script: 'latin', notEnglish: false,
    hits: (d.hits ?? []).map(([category, entry, negated = false], k) => ({
      sentence: 0, start: k, end: k + 1, category, entry, matched: entry, negated, negationCue: negated ? 'not' : '', left: '', right: '',
    })),
    sentences: sentences.map((s, index) => ({
      index, start: 0, end: 1, text: 'x', nWords: 1, scores: s.scores, categories: s.categories ?? [], negatedHit: false,
      ...(s.unmarked ? { unmarked: s.unmarked } : {}),
    })),
    words, lemmas: words, names: d.names ?? {}, collocates: d.collocates ?? {},
  };
}

function lexiconOf(cats: string[]): Lexicon {
  return { categories: cats.map((id) => ({ id, label: `Label ${id}` })) } as unknown as Lexicon;
}

/** The fold of these documents, grouped by issuer, as the command folds them. */
function fold(docs: DocSpec[], cats: string[], cols: string[] = ['afinn'], spool: string | null = null): Fold {
  const pol = cols.map((c) => ({ scorer: c, column: c }));
  const state = new CorpusState(cats, cols, { groupBy: 'issuer', period: 'month', keynessUnit: 'word', knownFields: ['id', 'date', 'issuer', 'country', 'title', 'source_url', 'language'], spool });
  const cfg = { categoryIds: cats, scoreColumns: cols, pol, groupBy: 'issuer', keynessUnit: 'word' as const };
  for (const d of docs) state.add(summarize(analysis(d), cfg, state.counts));
  return { state, lexicon: lexiconOf(cats) };
}

const tmp = (prefix: string) => mkdtempSync(join(tmpdir(), `framescope-${prefix}-`));

describe('categories.csv', () => {
  it('sums hits, non-negated hits and documents per category and entry, entries by hits then code point', () => {
    // 512 words in all: every rate (hits / 512 × 1000) is exact. Entries appear in the order zeta, war, peace, alpha.
    const f = fold([
      { id: 'd1', meta: { issuer: 'X' }, nWords: 128, hits: [['a', 'zeta'], ['a', 'war', true], ['a', 'zeta'], ['b', 'peace']] },
      { id: 'd2', meta: { issuer: 'X' }, nWords: 256, hits: [['a', 'alpha'], ['a', 'war'], ['a', 'war', true], ['b', 'peace', true], ['a', 'alpha']] },
      { id: 'd3', meta: { issuer: 'X' }, nWords: 128 },
    ], ['a', 'b']);
    const row = (level: string, category: string, entry: string, hits: number, nonNeg: number, documents: number, rate: number) =>
      ({ level, category, label: `Label ${category}`, entry, hits, hits_non_negated: nonNeg, documents, rate_per_1000_words: rate });
    expect(categoriesOf(f)).toEqual([
      row('category', 'a', '', 7, 5, 2, 13.671875),
      row('entry', 'a', 'war', 3, 1, 2, 5.859375),
      // a tie at 2 hits: code-point order
      row('entry', 'a', 'alpha', 2, 2, 1, 3.90625),
      row('entry', 'a', 'zeta', 2, 2, 1, 3.90625),
      row('category', 'b', '', 2, 1, 2, 3.90625),
      row('entry', 'b', 'peace', 2, 1, 2, 3.90625),
    ]);
  });

  it('leaves the rate missing when the corpus has no words', () => {
    const f = fold([{ id: 'd1', meta: { issuer: 'X' }, nWords: 0, hits: [['a', 'war']] }], ['a', 'b']);
    expect(categoryRows(f.state, f.lexicon).map((r) => [r.level, r.category, r.entry, r.hits, r.documents, r.rate_per_1000_words])).toEqual([
      ['category', 'a', '', 1, 1, null],
      ['entry', 'a', 'war', 1, 1, null],
      ['category', 'b', '', 0, 0, null],
    ]);
  });
});

describe('a fold whose per-document hit table fills exactly one storage chunk', () => {
  it('reads no document past the last (one document, 2^14 categories)', () => {
    // Growable keeps 2^14 values a chunk: one document × 16384 categories fills the first chunk, so reading a
    // document past the end would reach for a chunk that does not exist.
    const cats = Array.from({ length: 1 << 14 }, (_, k) => `c${k}`);
    const f = fold([{ id: 'd1', meta: { issuer: 'X' }, nWords: 4, words: { war: 4 }, hits: [['c0', 'war']], collocates: { c0: { war: 1 } } }], cats);
    const totals = categoryTotals(f.state, f.lexicon);
    expect(totals[0]).toEqual({ category: 'c0', label: 'Label c0', hits: 1, hitsNonNegated: 1, documents: 1 });
    expect(totals[cats.length - 1]!.hits).toBe(0);
    // One group: nothing to compare, but every document's hits are still read.
    expect(categoryKeynessRows(f.state, f.lexicon)).toEqual([]);
    expect(collocationRows(f.state, f.lexicon, 1).map((r) => [r.category, r.collocate, r.node_freq])).toEqual([['c0', 'war', 1]]);
  });
});

describe('trends.csv', () => {
  it('gives (all) then each group in code-point order, per period in order, with rates and missing rates', () => {
    const f = fold([
      { id: 'd1', meta: { issuer: 'Y', date: '2021-11-03' }, nWords: 128, hits: [['a', 'war'], ['a', 'war'], ['b', 'peace']] },
      { id: 'd2', meta: { issuer: 'X', date: '2021-11-20' }, nWords: 128, hits: [['a', 'war']] },
      { id: 'd3', meta: { issuer: 'X', date: '2021-10-05' }, nWords: 0, hits: [['b', 'peace']] },
      { id: 'd4', meta: { issuer: 'X' }, nWords: 64, hits: [['a', 'war']] },
    ], ['a', 'b']);
    const row = (period: string, group: string, category: string, hits: number, words: number, documents: number, rate: number | null) =>
      ({ period, group, category, label: `Label ${category}`, hits, words, documents, rate_per_1000_words: rate });
    // d4 has no date: in no period.
    expect(trendsOf(f)).toEqual([
      row('2021-10', '(all)', 'a', 0, 0, 1, null),
      row('2021-10', '(all)', 'b', 1, 0, 1, null),
      row('2021-10', 'X', 'a', 0, 0, 1, null),
      row('2021-10', 'X', 'b', 1, 0, 1, null),
      row('2021-11', '(all)', 'a', 3, 256, 2, 11.71875),
      row('2021-11', '(all)', 'b', 1, 256, 2, 3.90625),
      row('2021-11', 'X', 'a', 1, 128, 1, 7.8125),
      row('2021-11', 'X', 'b', 0, 128, 1, 0),
      row('2021-11', 'Y', 'a', 2, 128, 1, 15.625),
      row('2021-11', 'Y', 'b', 1, 128, 1, 7.8125),
    ]);
  });
});

describe('documents.csv', () => {
  it('has the known metadata columns, then the free ones as meta_ in order, then the counts', () => {
    const f = fold([{ id: 'd1', meta: { issuer: 'X', topic: 't', batch: '1' } }], [], ['afinn']);
    expect(documentColumnsOf(f.state, [{ scorer: 'afinn', column: 'afinn' }])).toEqual([
      'doc_id', 'path', 'date', 'issuer', 'country', 'title', 'source_url', 'language', 'meta_batch', 'meta_topic',
      'fingerprint', 'n_words', 'n_sentences', 'boilerplate_lines', 'n_hits', 'language_detected', 'afinn_mean', 'afinn_share_negative',
    ]);
  });

  it('writes each spooled record once, skipping blank lines, past a thousand rows, and removes the spool', async () => {
    const dir = tmp('documents');
    const spool = join(dir, 'documents.jsonl');
    const out = join(dir, 'documents.csv');
    const line = (k: number) => JSON.stringify({ row: { doc_id: `d${String(k).padStart(4, '0')}`, n_words: k }, meta: { issuer: 'X', topic: `t${k}` } });
    // 1001 records (one more than a write chunk of 1000), with a blank line among them and one at the end.
    const lines = Array.from({ length: 1001 }, (_, k) => line(k));
    lines.splice(2, 0, '');
    writeFileSync(spool, `${lines.join('\n')}\n\n`);
    await writeDocumentsCsv(spool, out, ['doc_id', 'issuer', 'meta_topic', 'n_words']);
    const text = readFileSync(out, 'utf8');
    const rows = parse(text, { columns: true }) as Record<string, string>[];
    expect(rows.length).toBe(1001);
    expect(rows[0]).toEqual({ doc_id: 'd0000', issuer: 'X', meta_topic: 't0', n_words: '0' });
    expect(rows[2]).toEqual({ doc_id: 'd0002', issuer: 'X', meta_topic: 't2', n_words: '2' });
    expect(rows[1000]).toEqual({ doc_id: 'd1000', issuer: 'X', meta_topic: 't1000', n_words: '1000' });
    expect(text.split('\n').length).toBe(1003); // header, 1001 rows, the empty string after the last newline
    expect(existsSync(spool)).toBe(false);
  });
});

describe('item filter (stop words and proper names)', () => {
  // blinken: 2 of 3 occurrences tagged as a name (most: left out); kyiv: 1 of 2 (half is not most: kept).
  const docs = (): DocSpec[] => [{ id: 'd1', meta: { issuer: 'X' }, words: { the: 3, war: 2, blinken: 3, kyiv: 2 }, names: { blinken: 2, kyiv: 1 } }];

  it('leaves out stop words and forms tagged as names in most of their occurrences', () => {
    const { state } = fold(docs(), []);
    const out = excludedItems(state, { stopWords: new Set(['the']), names: true });
    expect(['the', 'war', 'blinken', 'kyiv'].map(out)).toEqual([true, false, true, false]);
  });

  it('leaves out stop words alone when names are kept, and nothing with neither', () => {
    const { state } = fold(docs(), []);
    const stopOnly = excludedItems(state, { stopWords: new Set(['the']), names: false });
    expect(['the', 'war', 'blinken', 'kyiv'].map(stopOnly)).toEqual([true, false, false, false]);
    const none = excludedItems(state, { stopWords: null, names: false });
    expect(['the', 'war', 'blinken', 'kyiv'].map(none)).toEqual([false, false, false, false]);
  });
});

describe('keyness.csv', () => {
  // Groups first seen in the order B, A, C. Totals: war 5, peace 6, truce 2.
  const threeGroups = (): DocSpec[] => [
    { id: 'b1', meta: { issuer: 'B' }, words: { war: 4, peace: 1 } },
    { id: 'a1', meta: { issuer: 'A' }, words: { war: 1, peace: 3 } },
    { id: 'c1', meta: { issuer: 'C' }, words: { peace: 2, truce: 2 } },
  ];
  const freqs = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [r.item, [r.freq_target, r.freq_reference]]));

  it('compares each of three groups with the rest, in code-point order, the rest being total minus target', () => {
    const { state } = fold(threeGroups(), []);
    const comps = [...keywordComparisons(state, 1)];
    expect(comps.map((rows) => [rows[0]!.comparison, rows[0]!.target, rows[0]!.reference])).toEqual([
      ['A vs rest', 'A', '(rest)'], ['B vs rest', 'B', '(rest)'], ['C vs rest', 'C', '(rest)'],
    ]);
    // A: 4 words; rest: war 5-1, peace 6-3, truce 2 (9 words).
    expect(freqs(comps[0]!)).toEqual({ war: [1, 4], peace: [3, 3], truce: [0, 2] });
    expect(freqs(comps[1]!)).toEqual({ war: [4, 1], peace: [1, 5], truce: [0, 2] });
    // C has all of truce: nothing of it is left in the rest.
    expect(freqs(comps[2]!)).toEqual({ war: [0, 5], peace: [2, 4], truce: [2, 0] });
    const peaceA = comps[0]!.find((r) => r.item === 'peace')!;
    expect(peaceA.per_million_target).toBe(750000);
    expect(peaceA.per_million_reference).toBeCloseTo((3 / 9) * 1e6, 6);
  });

  it('puts "(none)" beside the named groups, and compares nothing with one group or "(none)" alone', () => {
    const withNone = fold([...threeGroups().slice(0, 2), { id: 'n1', words: { war: 2 } }], []).state;
    expect([...keywordComparisons(withNone, 1)].map((rows) => rows[0]!.comparison)).toEqual(['(none) vs rest', 'A vs rest', 'B vs rest']);
    expect([...keywordComparisons(fold([{ id: 'n1', words: { war: 2 } }], []).state, 1)]).toEqual([]);
    expect([...keywordComparisons(fold([threeGroups()[0]!], []).state, 1)]).toEqual([]);
  });

  it('compares a --compare pair in its order, and two groups A against B only', () => {
    const { state } = fold(threeGroups(), []);
    const pair = [...keywordComparisons(state, 1, undefined, ['C', 'B'])];
    expect(pair.length).toBe(1);
    expect([pair[0]![0]!.comparison, pair[0]![0]!.reference]).toEqual(['C vs B', 'B']);
    expect(freqs(pair[0]!)).toEqual({ war: [0, 4], peace: [2, 1], truce: [2, 0] });
    const two = [...keywordComparisons(fold(threeGroups().slice(0, 2), []).state, 1)];
    expect(two.map((rows) => rows[0]!.comparison)).toEqual(['A vs B']);
  });

  it('leaves per-million figures missing for a side with no words (a --compare group absent from the fold)', () => {
    const { state } = fold(threeGroups(), []);
    const [absentTarget] = [...keywordComparisons(state, 1, undefined, ['Z', 'A'])];
    expect(absentTarget!.map((r) => [r.item, r.per_million_target, r.per_million_reference])).toContainEqual(['peace', null, 750000]);
    const [absentRef] = [...keywordComparisons(state, 1, undefined, ['A', 'Z'])];
    expect(absentRef!.map((r) => [r.item, r.per_million_target, r.per_million_reference])).toContainEqual(['peace', 750000, null]);
  });
});

describe('category_keyness.csv', () => {
  // 400 words: A 100, B 100, C 200. Hits: a B 3, A 1; b A 2, C 1.
  const docs = (): DocSpec[] => [
    { id: 'b1', meta: { issuer: 'B' }, nWords: 100, hits: [['a', 'x'], ['a', 'x'], ['a', 'x']] },
    { id: 'a1', meta: { issuer: 'A' }, nWords: 100, hits: [['a', 'x'], ['b', 'y'], ['b', 'y']] },
    { id: 'c1', meta: { issuer: 'C' }, nWords: 200, hits: [['b', 'y']] },
  ];
  const cells = (rows: Record<string, unknown>[]) => Object.fromEntries(rows.map((r) => [`${r.comparison}/${r.item}`, [r.freq_target, r.freq_reference, r.per_million_target, r.per_million_reference]]));

  it('counts hits against words, each group against the rest (words of the corpus minus the group\'s)', () => {
    const f = fold(docs(), ['a', 'b']);
    const got = cells(categoryKeynessRows(f.state, f.lexicon));
    const close = (x: number) => expect.closeTo(x, 6);
    expect(got).toEqual({
      'A vs rest/a': [1, 3, close(10000), close(10000)], 'A vs rest/b': [2, 1, close(20000), close(1e6 / 300)],
      'B vs rest/a': [3, 1, close(30000), close(1e6 / 300)], 'B vs rest/b': [0, 3, close(0), close(10000)],
      'C vs rest/a': [0, 4, close(0), close(20000)], 'C vs rest/b': [1, 2, close(5000), close(10000)],
    });
  });

  it('sizes a --compare pair by the two groups\' words, and leaves a side without words missing', () => {
    const f = fold(docs(), ['a', 'b']);
    // A (100 words) against C (200 words), not against the rest (300).
    expect(cells(categoryKeynessOf(f, { compare: ['A', 'C'] }))).toEqual({
      'A vs C/a': [1, 0, 10000, 0], 'A vs C/b': [2, 1, 20000, 5000],
    });
    const absent = categoryKeynessRows(f.state, f.lexicon, ['A', 'Z']);
    expect(absent.map((r) => [r.item, r.per_million_reference])).toEqual(expect.arrayContaining([['a', null], ['b', null]]));
    const absentTarget = categoryKeynessRows(f.state, f.lexicon, ['Z', 'A']);
    expect(absentTarget.map((r) => [r.item, r.per_million_target])).toEqual(expect.arrayContaining([['a', null], ['b', null]]));
  });
});

describe('collocations.csv', () => {
  it('skips a category without collocates and works without an item filter', () => {
    const f = fold([{ id: 'd1', meta: { issuer: 'X' }, words: { war: 3, peace: 1 }, hits: [['a', 'war']], collocates: { a: { peace: 1 } } }], ['a', 'b']);
    expect(collocationRows(f.state, f.lexicon, 1).map((r) => [r.category, r.collocate, r.cooccurrence, r.node_freq, r.collocate_freq, r.corpus_words]))
      .toEqual([['a', 'peace', 1, 1, 1, 4]]);
  });
});

describe('the table options (rows.ts)', () => {
  // A: the 5, war 5, blinken 5 (all tagged as a name), truce 2; B: the 5, peace 6, truce 2.
  const f = () => fold([
    { id: 'a1', meta: { issuer: 'A' }, words: { the: 5, war: 5, blinken: 5, truce: 2 }, names: { blinken: 5 }, hits: [['a', 'war']], collocates: { a: { peace: 6, truce: 2 } } },
    { id: 'b1', meta: { issuer: 'B' }, words: { the: 5, peace: 6, truce: 2 } },
  ], ['a']);
  const items = (chunks: Iterable<Record<string, unknown>[]>) => [...chunks].flat().map((r) => r.item as string).sort();

  it('takes the options of the command\'s flags', () => {
    const stopWords = new Set(['x']);
    expect(tableOptionsOf({ ...DEFAULTS, minFreq: 7, compare: ['A', 'B'], keepStopwords: true, keepNames: false, seed: 3, bootstrap: 300, minDocs: 2 }, stopWords)).toEqual({
      minFreq: 7, compare: ['A', 'B'], keepStopwords: true, keepNames: false, stopWords, seed: 3, bootstrap: 300, minDocs: 2,
    });
  });

  it('defaults the bootstrap to --seed 20211116 and --bootstrap 2000, and takes given ones', () => {
    expect(resampleSettings({})).toEqual({ seed: 20211116, iterations: 2000 });
    expect(resampleSettings({ seed: 7, bootstrap: 300 })).toEqual({ seed: 7, iterations: 300 });
  });

  it('by default leaves out the bundled stop words, names and items below --min-freq 5', () => {
    // truce: 4 in all, below 5; the: a stop word; blinken: a name.
    expect(items(keynessChunks(f()))).toEqual(['peace', 'war']);
    expect(items(keynessChunks(f(), { minFreq: 3 }))).toEqual(['peace', 'truce', 'war']);
    expect(items(keynessChunks(f(), { keepNames: true }))).toEqual(['blinken', 'peace', 'war']);
    expect(items(keynessChunks(f(), { keepStopwords: true, keepNames: true }))).toEqual(['blinken', 'peace', 'the', 'war']);
  });

  it('uses a given stop-word list instead of the bundled one', () => {
    expect(items(keynessChunks(f(), { stopWords: new Set(['war']), keepNames: true }))).toEqual(['blinken', 'peace', 'the']);
  });

  it('passes --compare to both keyness tables', () => {
    expect([...keynessChunks(f(), { compare: ['B', 'A'] })].map((rows) => rows[0]!.comparison)).toEqual(['B vs A']);
    expect(categoryKeynessOf(f(), { compare: ['B', 'A'] }).map((r) => r.comparison)).toEqual(['B vs A']);
  });

  it('applies --min-freq to collocations (default 5)', () => {
    expect(collocationsOf(f()).map((r) => r.collocate)).toEqual(['peace']);
    expect(collocationsOf(f(), { minFreq: 2 }).map((r) => r.collocate).sort()).toEqual(['peace', 'truce']);
  });
});

// Two score columns and two categories; b is used by no sentence. Documents: B1 (group B, alone, no frame), then
// A1 and A2 (group A, identical). Per A document: sentences 2, sums s1 0 and s2 0.5; one sentence with frame a
// (s1 0.5, s2 -0.25; with its markers left out s1 0.25, s2 -0.5); 8 words, 1 hit of a. B1: one sentence (0.25, 0.25), 4 words.
const toneDocs = (): DocSpec[] => {
  const a = (id: string): DocSpec => ({
    id, meta: { issuer: 'A' }, nWords: 8, hits: [['a', 'war']],
    sentences: [
      { scores: { s1: 0.5, s2: -0.25 }, categories: ['a'], unmarked: { a: { s1: 0.25, s2: -0.5 } } },
      { scores: { s1: -0.5, s2: 0.75 } },
    ],
  });
  return [{ id: 'b1', meta: { issuer: 'B' }, nWords: 4, sentences: [{ scores: { s1: 0.25, s2: 0.25 } }] }, a('a1'), a('a2')];
};
const toneFold = () => fold(toneDocs(), ['a', 'b'], ['s1', 's2']);

describe('resamples', () => {
  it('lays a document out as the doc comment says', () => {
    // stride 1 + nCol; per category 1 + 2 nCol; then words and one field per category.
    const L = resampleLayout(2, 2);
    expect([L.stride, L.toneStride, L.tone(0), L.tone(1), L.words, L.hits(0), L.hits(1), L.nFields]).toEqual([3, 5, 3, 8, 13, 14, 15, 16]);
  });

  it('sums each group\'s fields, "(all)" first and without words and hits', async () => {
    const { state } = toneFold();
    await prepareResamples(state, { seed: 1, iterations: 100 }, null);
    const L = resampleLayout(2, 2);
    const g = groupResamples(state, { seed: 1, iterations: 100 });
    expect(g.map((x) => [x.group, x.documents, x.replicates === null])).toEqual([['(all)', 3, false], ['A', 2, false], ['B', 1, true]]);
    const a = g[1]!;
    // sentences, s1 and s2 sums; frame a: sentences, sums, sums without markers; frame b: nothing; words; hits of a and b.
    expect([...a.total]).toEqual([4, 0, 1, 2, 1, -0.5, 0.5, -1, 0, 0, 0, 0, 0, 16, 2, 0]);
    expect([...a.documentsWith]).toEqual([2, 2, 2, 2, 2, 2, 2, 2, 0, 0, 0, 0, 0, 2, 2, 0]);
    expect([...g[0]!.total]).toEqual([5, 0.25, 1.25, 2, 1, -0.5, 0.5, -1, 0, 0, 0, 0, 0, 0, 0, 0]);
    expect(g[0]!.documentsWith[L.words]).toBe(0);
  });

  it('refuses to serve resamples not prepared for these settings, and keeps those of other settings', async () => {
    const { state } = toneFold();
    expect(() => groupResamples(state, { seed: 1, iterations: 100 })).toThrow(/internal error: bootstrap resamples used before prepareResamples/);
    await prepareResamples(state, { seed: 1, iterations: 100 }, null);
    expect(() => groupResamples(state, { seed: 1, iterations: 200 })).toThrow(/used before prepareResamples/);
    await prepareResamples(state, { seed: 2, iterations: 100 }, null);
    expect(groupResamples(state, { seed: 1, iterations: 100 }).length).toBe(3);
  });

  it('gives the same resamples through a block runner, on shared arrays, made once', async () => {
    // 250 resamples: blocks of 100, 100 and 50, for "(all)" and A (B has one document: no resamples).
    let calls = 0;
    const shared: boolean[] = [];
    const runner: BlockRunner = async (data, seed, iterations, block) => {
      calls++;
      shared.push(data.values.buffer instanceof SharedArrayBuffer && data.fields.buffer instanceof SharedArrayBuffer);
      return resampleBlock(data, seed, iterations, block);
    };
    const opts = { seed: 5, iterations: 250 };
    const viaRunner = toneFold().state;
    await prepareResamples(viaRunner, opts, runner);
    expect(calls).toBe(6);
    expect(shared.every(Boolean)).toBe(true);
    await prepareResamples(viaRunner, opts, runner);
    expect(calls).toBe(6);
    const here = toneFold().state;
    await prepareResamples(here, opts, null);
    const strip = (gs: ReturnType<typeof groupResamples>) => gs.map((g) => ({ ...g, total: [...g.total], documentsWith: [...g.documentsWith], replicates: g.replicates && [...g.replicates] }));
    expect(strip(groupResamples(viaRunner, opts))).toEqual(strip(groupResamples(here, opts)));
  });
});

describe('frame_tone.csv', () => {
  it('gives means, differences and their intervals per column; identical documents give intervals of one point, one document none', async () => {
    const { state, lexicon } = toneFold();
    const opts = { seed: 9, iterations: 200 };
    await prepareResamples(state, opts, null);
    const rows = frameToneRows(state, lexicon, opts);
    const pick = (group: string, category: string, score: string) => rows.find((r) => r.group === group && r.category === category && r.score === score)!;
    // A, s1: with 1/2; without (0 - 1)/(4 - 2); unmarked 0.5/2; difference_unmarked 0.25 - (-0.5).
    const point = (x: number) => [x, x, x];
    const summary = (r: Record<string, unknown>) => ({
      counts: [r.n_sentences_with, r.n_documents_with, r.n_sentences_without],
      with: [r.mean_with, r.ci_low_with, r.ci_high_with],
      without: [r.mean_without, r.ci_low_without, r.ci_high_without],
      difference: [r.difference, r.ci_low_difference, r.ci_high_difference],
      unmarked: [r.mean_with_unmarked, r.ci_low_with_unmarked, r.ci_high_with_unmarked],
      differenceUnmarked: [r.difference_unmarked, r.ci_low_difference_unmarked, r.ci_high_difference_unmarked],
    });
    expect(summary(pick('A', 'a', 's1'))).toEqual({
      counts: [2, 2, 2], with: point(0.5), without: point(-0.5), difference: point(1), unmarked: point(0.25), differenceUnmarked: point(0.75),
    });
    // A, s2: with -0.5/2; without (1 + 0.5)/2; unmarked -1/2; difference_unmarked -0.5 - 0.75.
    expect(summary(pick('A', 'a', 's2'))).toEqual({
      counts: [2, 2, 2], with: point(-0.25), without: point(0.75), difference: point(-1), unmarked: point(-0.5), differenceUnmarked: point(-1.25),
    });
    // A, frame b (no sentence): nothing with it; every sentence without it.
    const nothing = [null, null, null];
    expect(summary(pick('A', 'b', 's2'))).toEqual({
      counts: [0, 0, 4], with: nothing, without: point(0.25), difference: nothing, unmarked: nothing, differenceUnmarked: nothing,
    });
    // B: one document, no resamples: estimates only.
    expect(summary(pick('B', 'a', 's2'))).toEqual({
      counts: [0, 0, 1], with: nothing, without: [0.25, null, null], difference: nothing, unmarked: nothing, differenceUnmarked: nothing,
    });
    // (all): 5 sentences, 2 with frame a (from A1 and A2 only); without s1 (0.25 - 1)/3.
    const all = pick('(all)', 'a', 's1');
    expect([all.n_sentences_with, all.n_documents_with, all.n_sentences_without, all.mean_with, all.mean_without]).toEqual([2, 2, 3, 0.5, -0.25]);
  });
});

describe('rates_by_group.csv', () => {
  it('gives rates with intervals, none for a one-document group, and marks groups below --min-docs', async () => {
    const f = toneFold();
    const o = { seed: 4, bootstrap: 200, minDocs: 2 };
    await prepareResamples(f.state, resampleSettings(o), null);
    // A: 2 hits of a in 16 words (125 per 1000), both documents alike; B: 1 document, 4 words, no hits.
    expect(ratesOf(f, o).map((r) => [r.group, r.category, r.hits, r.words, r.documents, r.documents_with_category, r.rate_per_1000_words, r.ci_low, r.ci_high, r.small_group])).toEqual([
      ['A', 'a', 2, 16, 2, 2, 125, 125, 125, false],
      ['A', 'b', 0, 16, 2, 0, 0, 0, 0, false],
      ['B', 'a', 0, 4, 1, 0, 0, null, null, true],
      ['B', 'b', 0, 4, 1, 0, 0, null, null, true],
    ]);
    // Below 3 documents, A is small too; with the default (--min-docs 5) both are.
    expect(ratesByGroupRows(f.state, f.lexicon, { seed: 4, iterations: 200, minDocs: 3 }).map((r) => r.small_group)).toEqual([true, true, true, true]);
    expect(ratesByGroupRows(f.state, f.lexicon, { seed: 4, iterations: 200, minDocs: 1 }).map((r) => r.small_group)).toEqual([false, false, false, false]);
    expect(ratesOf(f, { seed: 4, bootstrap: 200 }).map((r) => r.small_group)).toEqual([true, true, true, true]);
  });
});

describe('scorer_agreement.csv', () => {
  const pol = [{ scorer: 'p', column: 'p' }, { scorer: 'q', column: 'q' }];
  const state = (scores: [number, number][], spool: string | null = null) =>
    fold(scores.length === 0 ? [{ id: 'd1' }] : [{ id: 'd1', sentences: scores.map(([p, q]) => ({ scores: { p, q } })) }], [], ['p', 'q'], spool).state;

  it('agrees on polarity only where both say positive, both negative or both neutral', () => {
    // (positive, neutral), (neutral, negative), (negative, negative), (positive, positive): 2 of 4.
    const [row] = scorerAgreementRows(state([[0.5, 0], [0, -0.5], [-0.5, -0.5], [0.5, 0.5]]), pol);
    expect(row!.polarity_agreement).toBe(0.5);
  });

  it('gives rho from two sentences, none from one, and neither from none', () => {
    expect(scorerAgreementRows(state([[0.1, 1], [0.2, 2]]), pol).map((r) => [r.n_sentences, r.spearman_rho, r.polarity_agreement])).toEqual([[2, 1, 1]]);
    expect(scorerAgreementRows(state([[0.1, 1]]), pol).map((r) => [r.n_sentences, r.spearman_rho, r.polarity_agreement])).toEqual([[1, null, 1]]);
    expect(scorerAgreementRows(state([]), pol).map((r) => [r.n_sentences, r.spearman_rho, r.polarity_agreement])).toEqual([[0, null, null]]);
  });

  it('removes its rank file beside the sentence spool', () => {
    const spool = join(tmp('agreement'), 'scores.bin');
    const s = state([[0.1, 1], [0.2, 2], [0.3, 3]], spool);
    expect(scorerAgreementRows(s, pol)[0]!.spearman_rho).toBe(1);
    expect(existsSync(`${spool}.ranks`)).toBe(false);
  });
});
