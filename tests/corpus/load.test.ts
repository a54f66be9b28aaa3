import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { CorpusError, loadDocument, NO_BOILERPLATE, openCorpus, type Corpus, type LoadResult } from '../../src/corpus/index.ts';
import { makeCorpus, removeCorpora } from './tmpcorpus.ts';

afterAll(removeCorpora);
const BASIC = fileURLToPath(new URL('../fixtures/corpus/basic/', import.meta.url));

const loadAll = (c: Corpus): Map<string, LoadResult> => new Map(c.files.map((f) => [f, loadDocument(c, f, NO_BOILERPLATE)]));
const reasonOf = (r: LoadResult | undefined): string => (r && !r.ok ? r.rejection.reason : `loaded: ${JSON.stringify(r)}`);
const docOf = (r: LoadResult | undefined) => {
  if (!r || !r.ok) throw new Error(`not loaded: ${JSON.stringify(r)}`);
  return r.document;
};

describe('openCorpus', () => {
  it('lists documents in subfolders and other files, skips dotfiles, dot-folders and the top metadata.csv', () => {
    const c = openCorpus(BASIC);
    expect(c.files).toEqual(['a.md', 'b.txt', 'scan.pdf', 'sub/c.txt']);
    expect(c.metadataFields).toEqual(['id', 'date', 'issuer', 'country', 'title', 'language', 'region']);
    expect(c.unmatchedMetadata).toEqual(['ghost']);
  });

  it('records the first line of each metadata row, also after a multiline field', () => {
    const c = openCorpus(BASIC);
    expect([...c.metadata].map(([id, row]) => [id, row.line])).toEqual([['a', 2], ['b', 3], ['sub/c', 4], ['ghost', 6]]);
  });

  it('sorts by code point, whatever order the files were written in', () => {
    // Code points: B 42 < a 61 < b 62 < e 65 < z 7A < é E9 < ｚ FF5A < 𝒜 1D49C; and '-' 2D < '.' 2E < '/' 2F.
    const expected = ['B.txt', 'a-b.txt', 'a.txt', 'a/b.txt', 'b.txt', 'e.txt', 'z.txt', 'é.txt', 'ｚ.txt', '𝒜.txt'];
    const forward = openCorpus(makeCorpus(Object.fromEntries(expected.map((f) => [f, 'Text.'])))).files;
    const backward = openCorpus(makeCorpus(Object.fromEntries([...expected].reverse().map((f) => [f, 'Text.'])))).files;
    expect(forward).toEqual(expected);
    expect(backward).toEqual(expected);
    // UTF-16 order (JS default sort) would put 𝒜 before ｚ; locale order would put a before B.
    expect([...expected].sort()).not.toEqual(expected);
  });

  it('throws CorpusError for a missing folder', () => {
    expect(() => openCorpus('/no/such/folder')).toThrow(new CorpusError('corpus folder not found: /no/such/folder'));
  });
});

describe('metadata', () => {
  const c = openCorpus(BASIC);
  const all = loadAll(c);

  it('merges metadata.csv and front matter, front matter winning field by field, and keeps unknown fields', () => {
    const a = docOf(all.get('a.md'));
    expect(a.id).toBe('a');
    expect(a.meta).toEqual({
      id: 'a', date: '2021-03-01', country: 'Russia', language: 'en', region: 'Levant',
      title: 'Front matter title', issuer: 'Front Matter Issuer', topic: 'refugees', tags: 'return; aid', version: '1.0',
    });
    expect(a.text).toBe('# Statement\n\nThe text of document a.');
  });

  it('leaves an empty csv cell out and keeps a multiline csv field', () => {
    expect(docOf(all.get('b.txt')).meta).toEqual({ id: 'b', date: '2021-04', issuer: 'Ministry B', country: 'Syria', title: 'B title, with a comma', language: 'en' });
    const sub = docOf(all.get('sub/c.txt'));
    expect(sub.id).toBe('sub/c');
    expect(sub.meta.title).toBe('Title over\ntwo lines');
  });

  it('fingerprints the cleaned text with sha256', () => {
    // printf 'The text of document b.' | sha256sum
    expect(docOf(all.get('b.txt')).fingerprint).toBe('bdd9658f73beba2fae2dd06f3cd90b56f19f990454fa83efdd64ebf290e20053');
  });

  it('rejects a document whose csv date is not ISO 8601, naming metadata.csv and the row line', () => {
    const csv = [
      'id,date,title', 'a,2021-01-01,"one', 'two', 'three"', '', 'b,2021-02-01,b', 'c,2021-03-01,c', 'd,2021-04-01,"d', 'd2"',
      'e,2021-05-01,e', 'f,2021-06-01,f', 'g,12/03/2021,g',
    ].join('\n');
    const dir = makeCorpus({ 'metadata.csv': csv, 'a.txt': 'A.', 'g.txt': 'G.' });
    const cc = openCorpus(dir);
    expect(cc.metadata.get('d')!.line).toBe(8);
    expect(loadDocument(cc, 'a.txt', NO_BOILERPLATE).ok).toBe(true);
    expect(reasonOf(loadDocument(cc, 'g.txt', NO_BOILERPLATE))).toBe("metadata.csv line 12: date '12/03/2021' is not ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY or a full datetime)");
  });

  it('rejects a front-matter date that is not ISO 8601 with the file and line, even over a good csv date', () => {
    const dir = makeCorpus({ 'metadata.csv': 'id,date\nx,2021-11-16\n', 'x.md': '---\ntitle: T\ndate: 16 Nov 2021\n---\nBody.' });
    const cc = openCorpus(dir);
    expect(reasonOf(loadDocument(cc, 'x.md', NO_BOILERPLATE))).toMatch(/^x\.md line 3: date '16 Nov 2021' is not ISO 8601/);
  });

  it('rejects invalid YAML front matter with the file and line', () => {
    const dir = makeCorpus({ 'dup.md': '---\ntitle: ok\ntitle: again\n---\nBody.', 'open.txt': '---\ntitle: x\nBody.' });
    const cc = openCorpus(dir);
    expect(reasonOf(loadDocument(cc, 'dup.md', NO_BOILERPLATE))).toBe('dup.md line 3: invalid YAML front matter: Map keys must be unique');
    expect(reasonOf(loadDocument(cc, 'open.txt', NO_BOILERPLATE))).toMatch(/^open\.txt line 1: front matter opened by "---" on line 1 is never closed/);
  });

  it('reads front matter after a BOM and with \\r\\n line endings', () => {
    const dir = makeCorpus({ 'w.txt': '\uFEFF---\r\ntitle: Windows\r\n---\r\nBody.\r\n' });
    const d = docOf(loadDocument(openCorpus(dir), 'w.txt', NO_BOILERPLATE));
    expect([d.meta, d.text]).toEqual([{ title: 'Windows' }, 'Body.']);
  });
});

describe('isIsoDate via metadata', () => {
  it.each(['2021', '2021-11', '2021-11-16', '2021-11-16T10:30', '2021-11-16T10:30:15Z', '2021-11-16T10:30:15.250+03:00', '2024-02-29'])('accepts %s', (date) => {
    const dir = makeCorpus({ 'a.md': `---\ndate: "${date}"\n---\nText.` });
    expect(loadDocument(openCorpus(dir), 'a.md', NO_BOILERPLATE).ok).toBe(true);
  });
  it.each(['12/03/2021', '2021-13', '2021-02-30', '2023-02-29', '21-11-16', '2021-11-16T25:00', 'November 2021'])('rejects %s', (date) => {
    const dir = makeCorpus({ 'a.md': `---\ndate: "${date}"\n---\nText.` });
    expect(reasonOf(loadDocument(openCorpus(dir), 'a.md', NO_BOILERPLATE))).toMatch(/^a\.md line 2: date '.*' is not ISO 8601/);
  });
});

describe('bad metadata.csv', () => {
  const cases: [string, string, RegExp][] = [
    ['no id column', 'name,date\na,2021\n', /^metadata\.csv line 1: no "id" column \(columns: name, date\)/],
    ['a row with an extra field', 'id,date\na,2021\nb,2021,extra\n', /^metadata\.csv line 3: malformed row: Invalid Record Length/],
    ['an unclosed quote', 'id,title\na,x\n\nb,"oops\nc,x\n', /^metadata\.csv line 4: malformed row: Quote Not Closed/],
    ['a duplicate id', 'id,date\na,2021\nb,2021\na,2022\n', /^metadata\.csv line 4: duplicate id "a" \(first on line 2\)/],
    ['a duplicate column', 'id,date,date\na,1,2\n', /^metadata\.csv line 1: duplicate column "date"/],
  ];
  it.each(cases)('%s is a CorpusError naming file and line', (_, csv, message) => {
    const dir = makeCorpus({ 'metadata.csv': csv, 'a.txt': 'A.' });
    expect(() => openCorpus(dir)).toThrow(CorpusError);
    expect(() => openCorpus(dir)).toThrow(message);
  });
});

describe('metadata.csv read as bytes', () => {
  it('gives the same rows with a BOM and \\r\\n line endings as without, lines counted alike', () => {
    const plain = 'id,issuer,title\na,X,"Two\nlines"\nb,X,T\n';
    const windows = `\uFEFF${plain.replace(/\n/g, '\r\n')}`;
    const rows = (csv: string) => [...openCorpus(makeCorpus({ 'metadata.csv': csv, 'a.txt': 'A.', 'b.txt': 'B.' })).metadata];
    const want = [['a', { fields: { id: 'a', issuer: 'X', title: 'Two\nlines' }, line: 2 }], ['b', { fields: { id: 'b', issuer: 'X', title: 'T' }, line: 4 }]];
    expect(rows(plain)).toEqual(want);
    // csv-parse keeps the line break inside a quoted field as written: \r\n became \n before parsing.
    expect(rows(windows)).toEqual(want);
  });
  it('keeps every value when a column has more distinct values than are interned', () => {
    const ids = Array.from({ length: 1500 }, (_, i) => `d${i}`);
    const csv = `id,issuer,title\n${ids.map((id, i) => `${id},${i % 2 ? 'A' : 'B'},Title ${i}`).join('\n')}\n`;
    const meta = openCorpus(makeCorpus({ 'metadata.csv': csv, 'd0.txt': 'A.' })).metadata;
    expect(meta.size).toBe(1500);
    expect(meta.get('d1499')!.fields).toEqual({ id: 'd1499', issuer: 'A', title: 'Title 1499' });
    expect(meta.get('d1000')!.fields.title).toBe('Title 1000');
  });
});

describe('rejections', () => {
  const dir = makeCorpus({
    'a.md': 'From the .md file.',
    'a.txt': 'From the .txt file.',
    'binary.txt': new Uint8Array([0x54, 0x65, 0x78, 0x74, 0x00, 0x01, 0x02]),
    'latin1.txt': new Uint8Array([...Buffer.from('Line one.\nCaf'), 0xe9, 0x0a]),
    'empty.txt': '',
    'blank.txt': ' \n\u200B\n\n',
    'feed-only.txt': 'Post sponsored by\n\nMIL OSI Russia News\n',
    'report.docx': 'x',
    'bom.txt': '\uFEFFHello.',
  });
  const c = openCorpus(dir);
  const all = loadAll(c);

  it('rejects the second of two files with the same id, naming the first', () => {
    expect(docOf(all.get('a.md')).text).toBe('From the .md file.');
    expect(reasonOf(all.get('a.txt'))).toBe('duplicate id "a": a.md already gives it');
  });

  it('rejects a binary file (NUL byte)', () => {
    expect(reasonOf(all.get('binary.txt'))).toMatch(/^binary file, not text \(NUL byte at byte 4/);
  });

  it('rejects invalid UTF-8 and names the line', () => {
    expect(reasonOf(all.get('latin1.txt'))).toBe('not valid UTF-8 (line 2); save the file as UTF-8');
  });

  it('rejects an empty file and a file empty after cleaning', () => {
    expect(reasonOf(all.get('empty.txt'))).toBe('empty file');
    expect(reasonOf(all.get('blank.txt'))).toBe('empty after cleaning');
  });

  it('rejects a file that is all feed boilerplate', async () => {
    const { readBoilerplateRules, DEFAULT_BOILERPLATE } = await import('../../src/corpus/index.ts');
    expect(reasonOf(loadDocument(c, 'feed-only.txt', readBoilerplateRules(DEFAULT_BOILERPLATE)))).toBe('empty after cleaning (2 boilerplate lines stripped)');
  });

  it('rejects a file that is not .txt or .md', () => {
    expect(reasonOf(all.get('report.docx'))).toBe('not a .txt or .md document');
  });

  it('strips a UTF-8 BOM', () => {
    expect(docOf(all.get('bom.txt')).text).toBe('Hello.');
  });

  it('goes on after rejections: every file gives a result', () => {
    expect(c.files).toHaveLength(9);
    // a.md, bom.txt, and feed-only.txt (no rules given here, so nothing is stripped).
    expect([...all].filter(([, r]) => r.ok).map(([f]) => f)).toEqual(['a.md', 'bom.txt', 'feed-only.txt']);
  });
});
