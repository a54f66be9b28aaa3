// Edge cases of the corpus stage written against surviving mutants (docs/mutation.md); expected values by hand.
import { mkdirSync, symlinkSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanText, CorpusError, isIsoDate, joinBlock, loadDocument, loadFile, NO_BOILERPLATE, openCorpus, parseBoilerplateRules,
  parseMetadataCsv, readBoilerplateRules, splitFrontMatter,
} from '../../src/corpus/index.ts';
import { detectScript } from '../../src/corpus/script.ts';
import { makeCorpus, removeCorpora } from './tmpcorpus.ts';

afterAll(removeCorpora);

/** A rules file of one rule whose lines are given after its name (two-space YAML indent). */
const oneRule = (...fields: string[]): string => ['rules:', '  - name: r', ...fields.map((f) => `    ${f}`), ''].join('\n');
const rule = (...fields: string[]) => parseBoilerplateRules(oneRule('description: d', ...fields), 'r.yaml');

describe('parseBoilerplateRules: every refusal names the file and line', () => {
  const refused: [string, string][] = [
    ['- a\n- b\n', 'r.yaml line 1: a rules file must be a mapping with a `rules:` list'],
    ['version: 1\n', 'r.yaml line 1: `rules:` must be a list of rules'],
    ['version: 1\nrules: x\n', 'r.yaml line 2: `rules:` must be a list of rules'],
    ['rules:\n  - just text\n', 'r.yaml line 2: each rule must be a mapping with name, description, where and match'],
    ['rules: []\nother: 1\n', 'r.yaml line 2: unknown key "other" in top level (expected version, description, rules)'],
    [oneRule('where: head', "match: 'x'"), 'r.yaml line 2: rule is missing `description`'],
    [oneRule('description: d', 'where: head'), 'r.yaml line 2: rule is missing `match`'],
    [oneRule('description: "  "', 'where: head', "match: 'x'"), 'r.yaml line 3: `description` must be a non-empty text'],
    [oneRule('description: 5', 'where: head', "match: 'x'"), 'r.yaml line 3: `description` must be a non-empty text'],
    [oneRule('description:', 'where: head', "match: 'x'"), 'r.yaml line 3: `description` must be a non-empty text'],
    [oneRule('description: d', 'where: head', 'within: 0', "match: 'x'"), 'r.yaml line 5: `within` must be a whole number of lines, 1 or more'],
    [oneRule('description: d', 'where: head', 'within: 1.5', "match: 'x'"), 'r.yaml line 5: `within` must be a whole number of lines, 1 or more'],
    [oneRule('description: d', 'where: head', 'within: two', "match: 'x'"), 'r.yaml line 5: `within` must be a whole number of lines, 1 or more'],
    [oneRule('description: d', 'where: head', 'within:', "match: 'x'"), 'r.yaml line 5: `within` must be a whole number of lines, 1 or more'],
    [oneRule('description: d', 'where: anywhere', 'within: 2', "match: 'x'"), 'r.yaml line 5: `within` only applies to head or tail rules'],
    [oneRule('description: d', 'where: head', 'ignore_case: yes', "match: 'x'"), 'r.yaml line 5: `ignore_case` must be true or false'],
    [oneRule('description: d', 'where: head', 'ignore_case:', "match: 'x'"), 'r.yaml line 5: `ignore_case` must be true or false'],
  ];
  it.each(refused)('%j', (yaml, message) => {
    expect(() => parseBoilerplateRules(yaml, 'r.yaml')).toThrow(new CorpusError(message));
  });

  it('refuses a rule name that is not lower-case words joined by - or _', () => {
    for (const bad of ['Rule', 'a b', 'a--b', '-a', 'a_', 'é']) {
      const yaml = ['rules:', `  - name: "${bad}"`, '    description: d', '    where: head', "    match: 'x'", ''].join('\n');
      expect(() => parseBoilerplateRules(yaml, 'r.yaml'), bad).toThrow(`r.yaml line 2: rule name ${JSON.stringify(bad)} must be lower-case words joined by - or _`);
    }
    for (const good of ['a', 'a-b_c', 'x9', '9-1']) {
      const yaml = ['rules:', `  - name: "${good}"`, '    description: d', '    where: head', "    match: 'x'", ''].join('\n');
      expect(parseBoilerplateRules(yaml, 'r.yaml').rules[0]!.name).toBe(good);
    }
  });

  it('reads within, ignore_case and the line of each rule, and leaves within out when absent', () => {
    const r = rule('where: tail', 'within: 2', 'ignore_case: true', "match: 'Read more'").rules[0]!;
    expect([r.where, r.within, r.ignoreCase, r.line, r.match]).toEqual(['tail', 2, true, 2, 'Read more']);
    expect(r.pattern.test('READ MORE')).toBe(true);
    const plain = rule('where: head', 'ignore_case: false', "match: 'Read more'").rules[0]!;
    expect('within' in plain).toBe(false);
    expect([plain.ignoreCase, plain.pattern.test('READ MORE'), plain.pattern.flags]).toEqual([false, false, 'u']);
    expect(rule('where: head', "match: 'x'").rules[0]!.ignoreCase).toBe(false);
  });

  it('keeps the file name, and an empty file list of rules is no rule', () => {
    const r = parseBoilerplateRules('rules: []\n', 'empty.yaml');
    expect([r.file, r.rules]).toEqual(['empty.yaml', []]);
    expect(r.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  it('names a missing rules file', () => {
    expect(() => readBoilerplateRules('/no/such/rules.yaml')).toThrow(new CorpusError('boilerplate rules file not found: /no/such/rules.yaml'));
  });
});

describe('cleanText: line ends and invisible characters', () => {
  const clean = (raw: string) => cleanText(raw, NO_BOILERPLATE).text;

  it('turns U+000B, U+000C, U+0085 and U+2028 into line breaks and U+2029 into a paragraph break', () => {
    // Lines of equal width join (3 + 1 + 3 > 3: each was wrapped by width); U+2029 leaves a blank line.
    expect(clean('Aa.\u000BBb.\u000CCc.\u0085Dd.\u2028Ee.\u2029Ff.')).toBe('Aa. Bb. Cc. Dd. Ee.\n\nFf.');
    // Not line breaks: the line is one word with its own spaces.
    expect(clean('Aa.\u2027Bb.')).toBe('Aa.\u2027Bb.');
  });

  it('turns the non-breaking hyphen into "-" and removes the soft hyphen', () => {
    expect(clean('al\u2011Shaibani nego\u00ADtiated')).toBe('al-Shaibani negotiated');
  });
});

describe('joinBlock: the single-newline rule at its boundaries', () => {
  it('keeps a one-line block as it is', () => {
    expect(joinBlock(['Only line.'])).toEqual(['Only line.']);
  });

  it('puts one paragraph per line when a line is longer than 100 characters, and not at exactly 100', () => {
    const long = 'x'.repeat(101);
    expect(joinBlock([long, 'a', 'b'])).toEqual([long, 'a', 'b']);
    // Width 100, so the block may be wrapped prose: 1 + 1 + 100 > 100 and 100 + 1 + 1 > 100, both lines join.
    const hundred = 'y'.repeat(100);
    expect(joinBlock(['a', hundred, 'b'])).toEqual([`a ${hundred} b`]);
  });

  it('ends a line on purpose when the next word fits exactly, and joins when it is one character too long', () => {
    // Width 10. The first line joins the second (10 + 1 + 4 > 10). Then "abcd" + " " + "efghi" = 10 <= 10: ended on
    // purpose; "abcde" + " " + "fghij" = 11 > 10: joined.
    expect(joinBlock(['abcdefghij', 'abcd', 'efghi rest'])).toEqual(['abcdefghij abcd', 'efghi rest']);
    expect(joinBlock(['abcdefghij', 'abcde', 'fghij rest'])).toEqual(['abcdefghij abcde fghij rest']);
  });

  it('starts a paragraph at every kind of list item, and not at a word that only looks like one', () => {
    const width = 'w'.repeat(60);
    for (const item of ['- x', '* x', '+ x', '• x', '▪ x', '1. x', '12) x', '(3) x', 'a) x', '(b) x', 'iv. x', '(xii) x'.replace('xii', 'xi')]) {
      expect(joinBlock([width, item]), item).toEqual([width, item]);
    }
    for (const notItem of ['-x', '1.5 x', '1234. x', 'ab) x', 'A) x', 'x']) {
      expect(joinBlock([width, notItem]), notItem).toEqual([`${width} ${notItem}`]);
    }
  });
});

describe('boilerplate rules at the edges of a document', () => {
  const rules = parseBoilerplateRules([
    'rules:',
    '  - name: top',
    '    description: d',
    '    where: head',
    "    match: 'TOP'",
    '  - name: top-any',
    '    description: d',
    '    where: head',
    "    match: 'TOP|HEAD'",
    '  - name: bottom',
    '    description: d',
    '    where: tail',
    '    within: 2',
    "    match: 'END'",
    '',
  ].join('\n'), 'edge.yaml');

  it('counts a line for the first matching rule in file order, and stops the head run at the first other line', () => {
    const out = cleanText('TOP\nHEAD\nTOP\nText.\nTOP\nText two.', rules);
    expect(out.byRule).toEqual({ top: 2, 'top-any': 1 });
    expect(out.text).toBe('Text.\n\nTOP\n\nText two.');
  });

  it('strips tail lines from the bottom up, only within the last two non-blank lines', () => {
    const out = cleanText('Text.\n\nEND\n\nEND\n\nEND\n', rules);
    expect(out).toEqual({ text: 'Text.\n\nEND', boilerplateLines: 2, byRule: { bottom: 2 } });
  });

  it('strips nothing from a text without boilerplate', () => {
    expect(cleanText('Text.', rules)).toEqual({ text: 'Text.', boilerplateLines: 0, byRule: {} });
  });
});

describe('isIsoDate at its boundaries', () => {
  it('accepts the first and last valid month, day, hour, minute, second and offset', () => {
    for (const ok of ['2021-01', '2021-12', '2021-01-31', '2021-04-30', '2000-02-29', '2024-02-29', '2021-02-28',
      '2021-11-16 24:00', '2021-11-16T23:59:60', '2021-11-16T10:30:15,5Z', '2021-11-16T10:30+14:00', '2021-11-16T10:30-03', '2021-11-16T10:30+0559']) {
      expect(isIsoDate(ok), ok).toBe(true);
    }
  });
  it('refuses month 0 and 13, day 0, a 31st in a 30-day month, 29 February outside leap years, and out-of-range times', () => {
    for (const bad of ['2021-00', '2021-13', '2021-01-00', '2021-01-32', '2021-04-31', '1900-02-29', '2100-02-29', '2023-02-29',
      '2021-11-16T25:00', '2021-11-16T10:60', '2021-11-16T10:30:61', '2021-11-16T10:30+15:00', '2021-11-16T10:30+05:60', '2021-11-16T']) {
      expect(isIsoDate(bad), bad).toBe(false);
    }
  });
});

describe('splitFrontMatter', () => {
  it('returns no front matter for a text that does not start with a "---" line', () => {
    expect(splitFrontMatter('Body.\n---\n')).toEqual({ ok: true, frontMatter: null });
    expect(splitFrontMatter('--- not a fence\nx: 1\n---\n')).toEqual({ ok: true, frontMatter: null });
  });

  it('reads fields as text, joins lists with "; ", skips empty values, and gives the body and its first line', () => {
    const r = splitFrontMatter('---  \ntitle: " T "\nversion: 1.0\ntags:\n  - a\n  - " b "\nempty: ""\nnone:\n---\nBody line.\n');
    expect(r).toEqual({ ok: true, frontMatter: { body: 'Body line.\n', bodyLine: 10, fields: { title: 'T', version: '1.0', tags: 'a; b' }, lines: { title: 2, version: 3, tags: 4 } } });
  });

  it('accepts an empty front matter and a closing fence at the very end', () => {
    expect(splitFrontMatter('---\n---\nBody.')).toEqual({ ok: true, frontMatter: { body: 'Body.', bodyLine: 3, fields: {}, lines: {} } });
    expect(splitFrontMatter('---\r\ntitle: x\r\n---')).toEqual({ ok: true, frontMatter: { body: '', bodyLine: 4, fields: { title: 'x' }, lines: { title: 2 } } });
  });

  it('refuses front matter that is not "field: value" lines, a nested value, and a line that is only "---"', () => {
    expect(splitFrontMatter('---\n- a\n- b\n---\nBody.')).toEqual({ ok: false, line: 2, reason: 'front matter must be "field: value" lines' });
    expect(splitFrontMatter('---\ntitle: x\nmeta:\n  a: 1\n---\nBody.')).toEqual({ ok: false, line: 3, reason: 'front matter field "meta" must be a value or a list of values' });
    expect(splitFrontMatter('---\ntags:\n  - a\n  - [b]\n---\n')).toEqual({ ok: false, line: 2, reason: 'front matter field "tags" must be a value or a list of values' });
    expect(splitFrontMatter('---\n"": x\n---\n')).toEqual({ ok: false, line: 2, reason: 'front matter field without a plain name' });
    expect(splitFrontMatter('---')).toEqual({ ok: false, line: 1, reason: 'front matter opened by "---" on line 1 is never closed by a "---" line' });
  });
});

describe('parseMetadataCsv', () => {
  it('refuses a Latin-1 or UTF-16 file by its encoding, at the line of the first byte that is not UTF-8', () => {
    // Decoded as UTF-8, Å (0xC5) and Ä (0xC4) would both become U+FFFD and their two groups one.
    const latin1 = Buffer.from('id,country\na,\xc5land\nb,\xc4land\n', 'latin1');
    expect(() => parseMetadataCsv(latin1, 'm.csv')).toThrow(new CorpusError('m.csv line 2: the file is not UTF-8: byte 0xC5 ("Å" in Latin-1) looks like Latin-1 or Windows-1252: convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 m.csv > utf8-m.csv'));
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('id,country\na,Aland\n', 'utf16le')]);
    expect(() => parseMetadataCsv(utf16, 'm.csv')).toThrow(/^m\.csv line 1: the file is UTF-16 \(little-endian\)/);
    // UTF-8 with a BOM is read
    expect(parseMetadataCsv(Buffer.from('\ufeffid,country\na,Åland\n', 'utf8'), 'm.csv').rows.get('a')!.fields.country).toBe('Åland');
  });

  it('refuses an empty id, an empty file and an empty column name, naming the line', () => {
    expect(() => parseMetadataCsv('id,date\na,2021\n ,2022\n', 'm.csv')).toThrow(new CorpusError('m.csv line 3: empty id'));
    expect(() => parseMetadataCsv('', 'm.csv')).toThrow(new CorpusError('m.csv line 1: empty file, expected a header line with an id column'));
    expect(() => parseMetadataCsv('\n\nid,,date\n', 'm.csv')).toThrow(new CorpusError('m.csv line 3: empty column name in header'));
  });

  it('reads a file given as bytes with a BOM, and names the line of a malformed row after blank lines', () => {
    const t = parseMetadataCsv(Buffer.from('\uFEFFid,issuer\na,X\n', 'utf8'), 'm.csv');
    expect([t.columns, [...t.rows]]).toEqual([['id', 'issuer'], [['a', { fields: { id: 'a', issuer: 'X' }, line: 2 }]]]);
    expect(() => parseMetadataCsv('id,x\na,1\n\n\nb,1,2\n', 'm.csv')).toThrow(/^m\.csv line 5: malformed row: Invalid Record Length/);
  });

  it('keeps each value once a column has more distinct values than are interned, and equal values equal', () => {
    const rows = Array.from({ length: 1002 }, (_, i) => `d${i},v${i},same`);
    const t = parseMetadataCsv(`id,title,issuer\n${rows.join('\n')}\n`, 'm.csv');
    expect(t.rows.get('d1001')!.fields).toEqual({ id: 'd1001', title: 'v1001', issuer: 'same' });
    expect(t.rows.get('d999')!.fields.title).toBe('v999');
    expect(t.rows.get('d1000')!.fields.title).toBe('v1000');
  });
});

describe('openCorpus and loadFile', () => {
  it('leaves the corpus documentation out of the files, at the top level only, and keeps a metadata.csv in a subfolder', () => {
    const dir = makeCorpus({ 'README.md': 'r', 'LICENSE': 'l', 'Changelog.txt': 'c', 'citation.cff': 'c', 'NOTICE': 'n', 'licence.md': 'l',
      'source.MD': 's', 'readme-notes.md': 'x', 'sub/README.md': 'y', 'sub/metadata.csv': 'id\n', 'a.txt': 'A.', '.hidden.txt': 'h', '.git/x.txt': 'g' });
    const c = openCorpus(dir);
    expect(c.documentation).toEqual(['Changelog.txt', 'LICENSE', 'NOTICE', 'README.md', 'citation.cff', 'licence.md', 'source.MD']);
    expect(c.files).toEqual(['a.txt', 'readme-notes.md', 'sub/README.md', 'sub/metadata.csv']);
    expect([c.metadataFile, c.metadataFields, c.unmatchedMetadata]).toEqual([undefined, [], []]);
  });

  it('refuses a path that is a file, follows a symlinked folder once, and lists a broken link so it is rejected', () => {
    const dir = makeCorpus({ 'a.txt': 'A.', 'real/b.txt': 'B.' });
    expect(() => openCorpus(join(dir, 'a.txt'))).toThrow(new CorpusError(`corpus path is not a folder: ${join(dir, 'a.txt')}`));
    symlinkSync(join(dir, 'real'), join(dir, 'link'));
    symlinkSync(dir, join(dir, 'real', 'loop'));
    symlinkSync(join(dir, 'missing.txt'), join(dir, 'broken.txt'));
    symlinkSync(join(dir, 'a.txt'), join(dir, 'alias.txt'));
    const c = openCorpus(dir);
    // The folder is listed once, under the name first in code-point order (link/ before real/), whatever order
    // the file system lists them in, and the loop back to the corpus folder is not followed.
    expect(c.files).toEqual(['a.txt', 'alias.txt', 'broken.txt', 'link/b.txt']);
    const broken = loadDocument(c, 'broken.txt', NO_BOILERPLATE);
    expect(broken.ok ? 'loaded' : broken.rejection.reason).toBe('cannot be read (ENOENT)');
    expect(loadDocument(c, 'alias.txt', NO_BOILERPLATE).ok).toBe(true);
  });

  it('keeps dots inside folder names in the id, and reads .TXT and .Md files', () => {
    const dir = makeCorpus({ 'v1.2/a.TXT': 'A.', 'b.Md': 'B.', 'c.tar.txt': 'C.' });
    const c = openCorpus(dir);
    const ids = c.files.map((f) => { const r = loadDocument(c, f, NO_BOILERPLATE); return r.ok ? r.document.id : r.rejection.reason; });
    expect(ids).toEqual(['b', 'c.tar', 'v1.2/a']);
  });

  it('rejects a folder named like a document, and a file over the size limit before reading it', () => {
    const dir = makeCorpus({ 'big.txt': 'x'.repeat(1500) });
    mkdirSync(join(dir, 'folder.txt'));
    const reason = (file: string, max?: number) => { const r = loadFile(dir, file, undefined, undefined, NO_BOILERPLATE, max); return r.ok ? 'loaded' : r.rejection.reason; };
    expect(reason('folder.txt')).toBe('not a regular file');
    expect(reason('big.txt', 1000)).toBe('larger than the --max-document-mb limit of 0.001 MB (0.0 MB); raise the limit to analyse it');
    expect(reason('big.txt', 1500)).toBe('loaded');
    expect(reason('gone.txt')).toBe('cannot be read (ENOENT)');
    expect(reason('gone\uFFFD.txt')).toBe('file name is not valid UTF-8 (shown with \uFFFD for the bad bytes); rename the file');
  });

  it('names the line of invalid UTF-8 on the first line and on a last line without a newline', () => {
    const dir = makeCorpus({ 'first.txt': new Uint8Array([0xe9, 0x0a, 0x41]), 'last.txt': new Uint8Array([0x41, 0x0a, 0x42, 0x0a, 0x43, 0xe9]) });
    const reason = (file: string) => { const r = loadFile(dir, file, undefined, undefined, NO_BOILERPLATE); return r.ok ? 'loaded' : r.rejection.reason; };
    expect(reason('first.txt')).toBe('not valid UTF-8 (line 1); save the file as UTF-8');
    expect(reason('last.txt')).toBe('not valid UTF-8 (line 3); save the file as UTF-8');
  });
});

describe('detectScript at its boundaries', () => {
  it('counts only ASCII letters among ASCII characters', () => {
    // @ [ ` { are next to the letters in ASCII; with 32 or-ed in, @ is ` and [ is {: none is a letter.
    expect(detectScript('@[`{ 09')).toBe('none');
    expect(detectScript('AZaz')).toBe('latin');
  });
  it('needs more than half the letters for a script', () => {
    expect(detectScript('ab\u0431\u0432')).toBe('other'); // 2 Latin, 2 Cyrillic of 4
    expect(detectScript('ab\u0431\u0432\u0433')).toBe('cyrillic');
    expect(detectScript('abc\u0431\u0432')).toBe('latin');
    expect(detectScript('\u00e9\u00e8\u0431')).toBe('latin'); // non-ASCII Latin letters count as Latin
    expect(detectScript('\u05d0\u05d1\u0431')).toBe('other'); // Hebrew letters are letters of neither
  });
});

describe('second pass: survivors of the first corpus run', () => {
  it('names its error class', () => {
    expect(new CorpusError('x').name).toBe('CorpusError');
  });

  it('counts z as a letter and other non-ASCII characters not at all', () => {
    expect(detectScript('zZ')).toBe('latin');
    expect(detectScript('ab\u2014\u2014')).toBe('latin'); // two em dashes are not letters: 2 Latin of 2
  });

  it('filters on an empty value: a file without the field has the empty value', async () => {
    const { filterCorpus, parseFilter } = await import('../../src/corpus/filter.ts');
    const c = openCorpus(makeCorpus({ 'metadata.csv': 'id,country\na,Russia\n', 'a.txt': 'A.', 'e.txt': 'E.' }));
    expect(filterCorpus(c, [parseFilter('country=')])).toBe(1);
    expect(c.files).toEqual(['e.txt']);
  });

  it('loads: NUL at byte 0, empty after cleaning, sha256 of the text, duplicate ids, a bad line after a blank one', () => {
    const dir = makeCorpus({ 'nul.txt': new Uint8Array([0x00, 0x41]), 'blank.txt': ' \n\n', 'abc.txt': 'abc', 'crlf.txt': new Uint8Array([0x0a, 0xe9]) });
    const load = (file: string, owner?: string) => loadFile(dir, file, undefined, owner, NO_BOILERPLATE);
    const reason = (file: string, owner?: string) => { const r = load(file, owner); return r.ok ? 'loaded' : r.rejection.reason; };
    expect(reason('nul.txt')).toBe('binary file, not text (NUL byte at byte 0; a UTF-16 text must be saved as UTF-8)');
    expect(reason('blank.txt')).toBe('empty after cleaning');
    // FIPS 180-2, appendix B.1: SHA-256("abc").
    const abc = load('abc.txt');
    expect(abc.ok && abc.document.fingerprint).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(reason('abc.txt', 'abc.md')).toBe('duplicate id "abc": abc.md already gives it');
    expect(reason('abc.txt', 'abc.txt')).toBe('loaded');
    expect(reason('crlf.txt')).toBe('not valid UTF-8 (line 2); save the file as UTF-8');
  });

  it('gives an id to the first document file with it, never to a file that is not a document', () => {
    const c = openCorpus(makeCorpus({ 'a.md': 'A.', 'a.txt': 'A2.', 'b.pdf': 'x', 'b.txt': 'B.' }));
    const reason = (file: string) => { const r = loadDocument(c, file, NO_BOILERPLATE); return r.ok ? 'loaded' : r.rejection.reason; };
    expect(c.files.map(reason)).toEqual(['loaded', 'duplicate id "a": a.md already gives it', 'not a .txt or .md document', 'loaded']);
  });

  it('lists metadata ids without a document, a non-document file of that name not counting', () => {
    const c = openCorpus(makeCorpus({ 'metadata.csv': 'id\na\nscan\n', 'a.txt': 'A.', 'scan.pdf': 'x' }));
    expect(c.unmatchedMetadata).toEqual(['scan']);
  });

  it('orders the first code point above U+FFFF after U+E000..U+FFFF, at both ends of the ranges', async () => {
    const { compareCodePoints } = await import('../../src/corpus/index.ts');
    expect(compareCodePoints('\u{10000}', '\uE000')).toBeGreaterThan(0);
    expect(compareCodePoints('\uE000', '\u{10000}')).toBeLessThan(0);
    expect(compareCodePoints('\uE000', '\uF000')).toBeLessThan(0);
    expect(compareCodePoints('\uD7FF', '\uE000')).toBeLessThan(0);
  });

  it('refuses an unknown key in a rule with the whole message, a regex matching only the empty line, and accepts within: 1', () => {
    expect(() => rule('where: head', 'pattern: x', "match: 'x'")).toThrow(new CorpusError('r.yaml line 5: unknown key "pattern" in rule (expected name, description, where, within, match, ignore_case)'));
    expect(() => rule('where: head', "match: 'x?'")).toThrow(new CorpusError('r.yaml line 5: rule r matches an empty line; it must match some text'));
    expect(rule('where: head', 'within: 1', "match: 'x'").rules[0]!.within).toBe(1);
  });

  it('applies head rules only at the head and tail rules only at the tail, and skips a line an anywhere rule took', () => {
    const rules = parseBoilerplateRules(['rules:',
      '  - name: top', '    description: d', '    where: head', "    match: 'TOP'",
      '  - name: bottom', '    description: d', '    where: tail', "    match: 'END'",
      '  - name: ad', '    description: d', '    where: anywhere', "    match: 'AD'",
      '  - name: top-too', '    description: d', '    where: head', "    match: 'AD|NEXT'", ''].join('\n'), 'r.yaml');
    expect(cleanText('END\n\nText.\n\nTOP', rules)).toEqual({ text: 'END\n\nText.\n\nTOP', boilerplateLines: 0, byRule: {} });
    // AD is taken by the anywhere rule; the head run goes on past it to NEXT.
    expect(cleanText('AD\n\nNEXT\n\nText.', rules)).toEqual({ text: 'Text.', boilerplateLines: 2, byRule: { ad: 1, 'top-too': 1 } });
  });

  it('trims metadata.csv cells and column names, leaves empty cells out, and strips a BOM from text input', () => {
    const t = parseMetadataCsv('\uFEFF id , x ,y\n a , v ,\n', 'm.csv');
    expect([t.columns, t.rows.get('a')]).toEqual([['id', 'x', 'y'], { fields: { id: 'a', x: 'v' }, line: 2 }]);
  });

  it('gives each metadata row its first line after blank lines and multiline fields', () => {
    const t = parseMetadataCsv('id,t\n\n\na,"x\ny"\n\nb,z\n', 'm.csv');
    expect([...t.rows].map(([id, r]) => [id, r.line])).toEqual([['a', 4], ['b', 7]]);
  });

  it('names a malformed row at line 12 without csv-parse\'s own "on line" part', () => {
    const csv = `id,x\n${Array.from({ length: 10 }, (_, i) => `a${i},1`).join('\n')}\nb,1,2\n`;
    expect(() => parseMetadataCsv(csv, 'm.csv')).toThrow(new CorpusError('m.csv line 12: malformed row: Invalid Record Length: expect 2, got 3'));
  });

  it('reads front matter with old Mac line ends (\\r), two \\r\\n fields, a quoted key with spaces, and refuses a list as a key', () => {
    expect(splitFrontMatter('---\rtitle: x\r---\rBody.')).toEqual({ ok: true, frontMatter: { body: 'Body.', bodyLine: 4, fields: { title: 'x' }, lines: { title: 2 } } });
    expect(splitFrontMatter('---\r\ntitle: x\r\nby: y\r\n---\r\nB')).toEqual({ ok: true, frontMatter: { body: 'B', bodyLine: 5, fields: { title: 'x', by: 'y' }, lines: { title: 2, by: 3 } } });
    expect(splitFrontMatter('---\n" title ": x\n---\n')).toMatchObject({ ok: true, frontMatter: { fields: { title: 'x' } } });
    expect(splitFrontMatter('---\n[a]: x\n---\n')).toEqual({ ok: false, line: 2, reason: 'front matter field without a plain name' });
  });
});
