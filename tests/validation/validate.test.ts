// sample and validate end to end on a tiny corpus whose every figure is worked out by hand below.
import { parse } from 'csv-parse/sync';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/options.ts';
import { drawIndexes, drawSample, splitOf } from '../../src/validation/sample.ts';
import type { RunTables } from '../../src/validation/run-tables.ts';
import { sampleCommand, validateCommand } from '../../src/validation/commands.ts';
import { writeCsv } from '../../src/tables/csv.ts';
import { tmp } from '../pipeline/helpers.ts';

type Rec = Record<string, string>;
const readRows = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Rec[];

let dir = '';
let corpus = '';
let lexicon = '';
let sheet: Rec[] = [];

function opts(...args: string[]) {
  return parseOptions([...args, '--corpus', corpus, '--lexicon', lexicon, '--group-by', 'country', '--workers', '1', '--no-cache']).options;
}

function writeSheet(file: string, rows: Rec[]): string {
  writeCsv(file, Object.keys(sheet[0]!), rows);
  return file;
}

beforeAll(async () => {
  dir = tmp('validate');
  corpus = join(dir, 'corpus');
  mkdirSync(corpus);
  writeFileSync(join(corpus, 'a.txt'), 'The annexation was illegal. Sanctions were imposed. The UN met.\n');
  writeFileSync(join(corpus, 'b.txt'), 'This is not illegal. Humanitarian aid arrived.\n');
  writeFileSync(join(corpus, 'metadata.csv'), 'id,country\na,Atlantis\nb,Borduria\n');
  lexicon = join(dir, 'lex.yaml');
  writeFileSync(lexicon, [
    'name: tiny', 'version: "1"', 'categories:',
    '  illegality: { label: I, definition: d, entries: [illegal] }',
    '  sanctions: { label: S, definition: d, entries: [{ lemma: sanction }] }',
    '  legitimacy: { label: L, definition: d, entries: [{ word: UN, case_sensitive: true }] }',
    '  humanitarian: { label: H, definition: d, entries: [refugees] }', '',
  ].join('\n'));
  expect(await sampleCommand(opts('sample', '--out', join(dir, 's1'), '--n', '10', '--sentences', '10', '--seed', '7'))).toContain('4 hits and 5 sentences');
  sheet = readRows(join(dir, 's1', 'sample.csv'));
});

describe('sample', () => {
  it('draws every hit of small cells and every sentence of small groups, with blank code columns', () => {
    expect(sheet.filter((r) => r.kind === 'hit').map((r) => `${r.doc_id}:${r.matched}:${r.group}`)).toEqual(['a:illegal:Atlantis', 'a:Sanctions:Atlantis', 'a:UN:Atlantis', 'b:illegal:Borduria']);
    expect(sheet.filter((r) => r.kind === 'sentence').map((r) => r.sentence)).toEqual(['The annexation was illegal.', 'Sanctions were imposed.', 'The UN met.', 'This is not illegal.', 'Humanitarian aid arrived.']);
    for (const r of sheet) expect([r.code_frame, r.code_negated, r.code_categories, r.coder]).toEqual(['', '', '', '']);
    // The split is by document, the same for every item of a document.
    for (const r of sheet) expect(r.split).toBe(splitOf(r.doc_id!, 7));
    expect(readFileSync(join(dir, 's1', 'CODING.md'), 'utf8')).toContain('### `illegality`: I');
  });

  it('is reproducible by seed', async () => {
    await sampleCommand(opts('sample', '--out', join(dir, 's2'), '--n', '10', '--sentences', '10', '--seed', '7'));
    expect(readFileSync(join(dir, 's2', 'sample.csv'))).toEqual(readFileSync(join(dir, 's1', 'sample.csv')));
  });

  it('carries codes of an earlier sheet over to the same items, so only new items need coding', async () => {
    const earlier = sheet.map((r) => (r.kind === 'hit' && r.doc_id === 'a' ? { ...r, coder: 'A', code_frame: 'yes', code_negated: 'no' } : r));
    const file = writeSheet(join(dir, 'earlier.csv'), earlier);
    expect(await sampleCommand(opts('sample', '--out', join(dir, 's3'), '--n', '10', '--sentences', '10', '--seed', '7', '--gold', file))).toContain('3 carry codes from 1 earlier sheet, 6 to code');
    const again = readRows(join(dir, 's3', 'sample.csv'));
    expect(again.filter((r) => r.code_frame === 'yes').map((r) => r.matched)).toEqual(['illegal', 'Sanctions', 'UN']);
  });

  it('--fresh leaves out every item an earlier sheet coded and holds the rest out as test', async () => {
    // coded: the three hits of a, and the sentence "Sanctions were imposed."; left: b's hit, four sentences
    const earlier = sheet.map((r) =>
      r.kind === 'hit' && r.doc_id === 'a' ? { ...r, coder: 'A', code_frame: 'yes', code_negated: 'no' }
        : r.sentence === 'Sanctions were imposed.' ? { ...r, coder: 'A', code_categories: 'sanctions' } : r);
    const file = writeSheet(join(dir, 'earlier-fresh.csv'), earlier);
    expect(await sampleCommand(opts('sample', '--out', join(dir, 's4'), '--n', '10', '--sentences', '10', '--seed', '7', '--gold', file, '--fresh')))
      .toContain('1 hits and 4 sentences');
    const fresh = readRows(join(dir, 's4', 'sample.csv'));
    expect(fresh.filter((r) => r.kind === 'hit').map((r) => `${r.doc_id}:${r.matched}`)).toEqual(['b:illegal']);
    expect(fresh.filter((r) => r.kind === 'sentence').map((r) => r.sentence)).toEqual(['The annexation was illegal.', 'The UN met.', 'This is not illegal.', 'Humanitarian aid arrived.']);
    for (const r of fresh) expect([r.split, r.code_frame, r.code_categories]).toEqual(['test', '', '']);
    await expect(sampleCommand(opts('sample', '--out', join(dir, 's5'), '--fresh'))).rejects.toThrow('--fresh needs');
  });

  it('stratifies: k per category x group cell, without replacement', () => {
    const hit = (doc: string, category: string, i: number) => ({ doc_id: doc, sentence_index: i, char_start: i, char_end: i + 1, category, entry: 'e', matched: 'm', negated: i === 0, negation_cue: '', left_context: '', right_context: '' });
    const t: RunTables = {
      runFingerprint: 'f', lexiconVersion: '1',
      hits: [...[0, 1, 2, 3, 4].map((i) => hit('a', 'x', i)), ...[0, 1, 2].map((i) => hit('b', 'x', i)), hit('a', 'y', 9)],
      sentences: [],
      documents: new Map([['a', { id: 'a', fingerprint: 'fa', group: 'G1' }], ['b', { id: 'b', fingerprint: 'fb', group: 'G2' }]]),
    };
    const rows = drawSample(t, { perCell: 2, sentencesPerGroup: 0, allNegated: false, seed: 1 });
    // cells: (x, G1) 5 hits -> 2; (x, G2) 3 -> 2; (y, G1) 1 -> 1
    expect(rows.length).toBe(5);
    expect(rows.filter((r) => r.category === 'x' && r.group === 'G1').length).toBe(2);
    expect(new Set(rows.map((r) => `${r.doc_id}${r.char_start}${r.category}`)).size).toBe(5);
    // every negated hit added when asked: a0 (x, G1) and b0 (x, G2), unless already drawn
    const withNeg = drawSample(t, { perCell: 2, sentencesPerGroup: 0, allNegated: true, seed: 1 });
    expect(withNeg.filter((r) => r.char_start === 0).length).toBe(2);
  });

  it('draws indexes uniformly without replacement', () => {
    const counts = new Array(10).fill(0);
    for (let s = 0; s < 2000; s++) for (const i of drawIndexes(10, 3, s)) counts[i]++;
    // each index is drawn with probability 3/10: 600 expected of 2000 draws, well within 600 +/- 100
    for (const c of counts) expect(Math.abs(c - 600)).toBeLessThan(100);
    expect(drawIndexes(4, 9, 1)).toEqual([0, 1, 2, 3]);
  });
});

describe('validate', () => {
  function coded(coder: string, frames: Record<string, string>): Rec[] {
    return sheet.map((r) => {
      const out: Rec = { ...r, coder };
      if (r.kind === 'hit') {
        out.code_frame = frames[`${r.doc_id}:${r.matched}`]!;
        out.code_negated = r.doc_id === 'b' ? 'yes' : 'no';
      } else {
        out.code_categories = r.sentence === 'The annexation was illegal.' ? 'illegality' : r.sentence === 'Humanitarian aid arrived.' ? 'humanitarian' : 'none';
      }
      return out;
    });
  }

  it('measures precision, recall, negation and agreement as worked out by hand', async () => {
    const a = writeSheet(join(dir, 'A.csv'), coded('A', { 'a:illegal': 'yes', 'a:Sanctions': 'yes', 'a:UN': 'no', 'b:illegal': 'yes' }));
    const b = writeSheet(join(dir, 'B.csv'), coded('B', { 'a:illegal': 'yes', 'a:Sanctions': 'no', 'a:UN': 'no', 'b:illegal': 'yes' }));
    const out = join(dir, 'v');
    await validateCommand(opts('validate', '--gold', a, '--gold', b, '--out', out));
    const rows = readRows(join(out, 'validation.csv'));
    const get = (measure: string, category: string, group: string) => rows.find((r) => r.split === '(all)' && r.measure === measure && r.category === category && r.group === group)!;
    // Four cells of one hit each, coder A: yes, yes, no, yes; weights 1/4 each: (1 + 1 + 0 + 1) / 4 = 0.75
    expect(Number(get('precision', '(all)', '(all)').estimate)).toBe(0.75);
    expect(get('precision', 'legitimacy', 'Atlantis')).toMatchObject({ n: '1', k: '0', estimate: '0' });
    // Wilson for 0/1: upper = (0 + z^2/2) / (1 + z^2) * 2 ... = z^2 / (1 + z^2) = 3.8415 / 4.8415 = 0.793
    expect(Number(get('precision', 'legitimacy', 'Atlantis').upper)).toBeCloseTo(3.841459 / 4.841459, 5);
    // Recall: coded frames illegality (found in its sentence) and humanitarian (no hit) -> 1 / 2
    expect(get('recall', '(all)', '(all)')).toMatchObject({ n: '2', k: '1', estimate: '0.5' });
    // Negation: the tool flags "not illegal" in b and nothing else; coder A says the same: 4 / 4
    expect(get('negation_accuracy', '(all)', '(all)')).toMatchObject({ n: '4', k: '4', estimate: '1' });
    expect(get('negation_precision', '(all)', '(all)')).toMatchObject({ n: '1', k: '1' });
    // A: yes yes no yes, B: yes no no yes. kappa: po 3/4, pe 3/4 * 2/4 + 1/4 * 2/4 = 1/2, (3/4 - 1/2) / (1/2) = 0.5.
    // alpha: 8 values (5 yes, 3 no), one disagreeing unit: Do = 2, De = 2 * 5 * 3 = 30, 1 - 7 * 2 / 30 = 0.533333
    expect(Number(get('kappa_frame', '(all)', '(all)').estimate)).toBeCloseTo(0.5, 12);
    expect(Number(get('alpha_frame', '(all)', '(all)').estimate)).toBeCloseTo(1 - 14 / 30, 6);
    expect(readFileSync(join(out, 'VALIDATION.md'), 'utf8')).toContain("Krippendorff's alpha 0.533 over 4 doubly coded markers");
    // The chart shows the held-out split when there is one: a point per category x group with its n (legitimacy in
    // Atlantis is 0 of 1, from document a; the other three cells are 1 of 1).
    const spec = JSON.parse(readFileSync(join(out, 'validation.vl.json'), 'utf8'));
    const values = spec.data.values as { category: string; group: string; precision: number; n: number }[];
    const splits = new Set([splitOf('a', 7), splitOf('b', 7)]);
    const shown = splits.has('test') ? 'test' : '(all)';
    const inShown = (doc: string) => shown === '(all)' || splitOf(doc, 7) === shown;
    expect(values.length).toBe((inShown('a') ? 3 : 0) + (inShown('b') ? 1 : 0));
    if (inShown('a')) expect(values.find((v) => v.category === 'legitimacy')).toMatchObject({ group: 'Atlantis', precision: 0, n: 1 });
  });

  it('names file and line for a code outside the coding sheet, and a missing column', async () => {
    const rows = coded('A', { 'a:illegal': 'maybe', 'a:Sanctions': 'yes', 'a:UN': 'no', 'b:illegal': 'yes' });
    const bad = writeSheet(join(dir, 'bad.csv'), rows);
    await expect(validateCommand(opts('validate', '--gold', bad, '--out', join(dir, 'v2')))).rejects.toThrow(/bad\.csv:2: code_frame must be yes, no, unsure or empty, got 'maybe'/);
    writeFileSync(join(dir, 'cols.csv'), 'item_id,kind\nh1,hit\n');
    await expect(validateCommand(opts('validate', '--gold', join(dir, 'cols.csv'), '--out', join(dir, 'v3')))).rejects.toThrow(/cols\.csv:1: missing columns doc_id?|cols\.csv:1: missing columns .*doc_fingerprint/);
  });

  it('refuses an item coded twice by one coder; names physical lines past a multi-line note; reads a BOM', async () => {
    // The sheet's rows: four hits (h0001-h0004, lines 2-5), then five sentences.
    const rows = coded('A', { 'a:illegal': 'yes', 'a:Sanctions': 'yes', 'a:UN': 'no', 'b:illegal': 'yes' });
    expect(rows.slice(0, 4).map((r) => r.kind)).toEqual(['hit', 'hit', 'hit', 'hit']);
    // h0001 again on line 11, coded the other way: which code counted depended on the order of the rows.
    const twice = writeSheet(join(dir, 'twice.csv'), [...rows, { ...rows[0]!, code_frame: rows[0]!.code_frame === 'yes' ? 'no' : 'yes' }]);
    await expect(validateCommand(opts('validate', '--gold', twice, '--out', join(dir, 'v6'))))
      .rejects.toThrow('twice.csv:11: item h0001 is coded twice by coder A (first at line 2); keep one code per coder');
    // A three-line note on line 2 moves h0004 from line 5 to line 7, where its bad code is named.
    const multi = writeSheet(join(dir, 'multi.csv'), rows.map((r, k) => (k === 0 ? { ...r, note: 'one\ntwo\nthree' } : k === 3 ? { ...r, code_frame: 'maybe' } : r)));
    await expect(validateCommand(opts('validate', '--gold', multi, '--out', join(dir, 'v7')))).rejects.toThrow("multi.csv:7: code_frame must be yes, no, unsure or empty, got 'maybe'");
    // An unclosed quote in h0002's row (line 3): csv-parse gives up at the end of the file, the row is named.
    const quoted = join(dir, 'quoted.csv');
    writeFileSync(quoted, readFileSync(multi, 'utf8').replace('\nh0002,', '\n"h0002,'));
    await expect(validateCommand(opts('validate', '--gold', quoted, '--out', join(dir, 'v10')))).rejects.toThrow(/^.*quoted\.csv:5: not a readable CSV \(Quote Not Closed/);
    // Saved by a spreadsheet as "CSV UTF-8": a byte-order mark before the header is read, not taken for part of item_id.
    const plain = writeSheet(join(dir, 'plain.csv'), rows);
    const bom = join(dir, 'bom.csv');
    writeFileSync(bom, `\ufeff${readFileSync(plain, 'utf8')}`);
    await validateCommand(opts('validate', '--gold', bom, '--out', join(dir, 'v8')));
    await validateCommand(opts('validate', '--gold', plain, '--out', join(dir, 'v9')));
    expect(readFileSync(join(dir, 'v8', 'validation.csv'), 'utf8')).toBe(readFileSync(join(dir, 'v9', 'validation.csv'), 'utf8'));
  });

  it('reports coded items of other documents and refuses a sheet of another corpus', async () => {
    const rows = coded('A', { 'a:illegal': 'yes', 'a:Sanctions': 'yes', 'a:UN': 'no', 'b:illegal': 'yes' });
    const stranger = writeSheet(join(dir, 'other.csv'), rows.map((r) => ({ ...r, doc_fingerprint: r.doc_id === 'b' ? 'f'.repeat(64) : r.doc_fingerprint! })));
    const summary = await validateCommand(opts('validate', '--gold', stranger, '--out', join(dir, 'v4')));
    // b's hit and its two sentences are left out, and said to be
    expect(summary).toContain('warning: 3 coded items are from documents not in this corpus');
    const all = writeSheet(join(dir, 'all-other.csv'), rows.map((r) => ({ ...r, doc_fingerprint: 'f'.repeat(64) })));
    await expect(validateCommand(opts('validate', '--gold', all, '--out', join(dir, 'v5')))).rejects.toThrow(/none of the 9 coded items is from a document of/);
  });
});
