// Edge cases of the corpus stage for the mutants the second corpus run left (docs/mutation.md, "Not killed yet");
// each input is one no other test has. Expected values by hand from the doc comments.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import {
  cleanText, CorpusError, loadFile, NO_BOILERPLATE, openCorpus, parseBoilerplateRules, parseMetadataCsv, splitFrontMatter,
} from '../../src/corpus/index.ts';

const made: string[] = [];
const freshDir = (): string => {
  const dir = mkdtempSync(join(tmpdir(), 'framescope-edges2-'));
  made.push(dir);
  return dir;
};
afterAll(() => { for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true }); });

describe('parseMetadataCsv: the byte-order mark, line ends and the line of a malformed row', () => {
  it('strips only the three bytes EF BB BF, never a character whose UTF-8 shares one or two of them', () => {
    // U+F03F = EF 80 BF, U+FEC0 = EF BB 80, U+3EFF = E3 BB BF, U+F000 = EF 80 80, U+3EC0 = E3 BB 80, U+303F = E3 80 BF:
    // none is a BOM, so each stays the name of the first column (stripping three bytes would leave it empty).
    for (const c of ['\uF03F', '\uFEC0', '\u3EFF', '\uF000', '\u3EC0', '\u303F']) {
      for (const source of [`${c},id\nv,a\n`, Buffer.from(`${c},id\nv,a\n`, 'utf8')]) {
        const t = parseMetadataCsv(source, 'm.csv');
        expect([t.columns, t.rows.get('a')], c.codePointAt(0)!.toString(16)).toEqual([[c, 'id'], { fields: { [c]: 'v', id: 'a' }, line: 2 }]);
      }
    }
  });

  it('strips a real BOM before a quoted column name, from text and from bytes', () => {
    // Without the BOM the first field starts with a quote: a plain quoted "id". (A BOM left in place before an
    // unquoted name would be hidden by the trim; before a quote it is not.)
    for (const source of ['\uFEFF"id",x\na,1\n', Buffer.from('\uFEFF"id",x\na,1\n', 'utf8')]) {
      const t = parseMetadataCsv(source, 'm.csv');
      expect([t.columns, [...t.rows]]).toEqual([['id', 'x'], [['a', { fields: { id: 'a', x: '1' }, line: 2 }]]]);
    }
  });

  it('counts lines the same in text with mixed \\r\\n and \\n line ends as in bytes', () => {
    // Lines: 1 header (\r\n), 2 "a,1", 3 "b,1,2" with three fields for two columns.
    for (const source of ['id,x\r\na,1\nb,1,2\n', Buffer.from('id,x\r\na,1\nb,1,2\n', 'utf8')]) {
      expect(() => parseMetadataCsv(source, 'm.csv')).toThrow(new CorpusError('m.csv line 3: malformed row: Invalid Record Length: expect 2, got 3'));
    }
    const t = parseMetadataCsv('id,x\r\na,1\n\r\nb,2\r\nc,3\n', 'm.csv');
    expect([...t.rows].map(([id, r]) => [id, r.line])).toEqual([['a', 2], ['b', 4], ['c', 5]]);
  });

  it('reads a metadata.csv with old Mac line ends (lone \\r) and mixed \\r and \\n', () => {
    // Each \r ends a line as \n does: header line 1, a line 2, b line 3.
    for (const csv of ['id,x\ra,1\rb,2\r', 'id,x\ra,1\nb,2\n', 'id,x\na,1\rb,2']) {
      const t = parseMetadataCsv(csv, 'm.csv');
      expect([...t.rows].map(([id, r]) => [id, r.line, r.fields.x]), JSON.stringify(csv)).toEqual([['a', 2, '1'], ['b', 3, '2']]);
    }
    expect(() => parseMetadataCsv('id,x\ra,1\r\rb,1,2\r', 'm.csv')).toThrow(new CorpusError('m.csv line 4: malformed row: Invalid Record Length: expect 2, got 3'));
  });

  it('names the last line when the malformed row is a whitespace-only last line without a newline', () => {
    // Line 3 is " ": one field for two columns. Skipping blank lines must stop at the end of the file.
    expect(() => parseMetadataCsv('id,x\na,1\n ', 'm.csv')).toThrow(new CorpusError('m.csv line 3: malformed row: Invalid Record Length: expect 2, got 1'));
    expect(() => parseMetadataCsv('id,x\na,1\n\n ', 'm.csv')).toThrow(new CorpusError('m.csv line 4: malformed row: Invalid Record Length: expect 2, got 1'));
  });
  it('names a line of spaces or a tab as the malformed row, not the next line (csv-parse skips only empty lines)', () => {
    // line 3 is " " (one field for two columns), as csv-parse itself says ("on line 3"); line 4 is a good row
    expect(() => parseMetadataCsv('id,x\na,1\n \nb,1\n', 'm.csv')).toThrow(new CorpusError('m.csv line 3: malformed row: Invalid Record Length: expect 2, got 1'));
    expect(() => parseMetadataCsv('id,x\na,1\n\t\n\nb,1\n', 'm.csv')).toThrow(new CorpusError('m.csv line 3: malformed row: Invalid Record Length: expect 2, got 1'));
  });
});

describe('splitFrontMatter: lone \\r line ends inside the YAML', () => {
  it('gives each field of a front matter with old Mac line ends its own line', () => {
    // Lines: 1 "---", 2 title, 3 by, 4 date, 5 "---", 6 body.
    expect(splitFrontMatter('---\rtitle: x\rby: y\rdate: 2020\r---\rB')).toEqual({
      ok: true, frontMatter: { body: 'B', bodyLine: 6, fields: { title: 'x', by: 'y', date: '2020' }, lines: { title: 2, by: 3, date: 4 } },
    });
  });
});

describe('loadFile and openCorpus: files that cannot be read or are not regular', () => {
  it('gives the error code when a name with U+FFFD fails for another reason than a missing file', () => {
    // "f" is a file, so "f/\uFFFD.txt" fails with ENOTDIR, not ENOENT: the name is not the cause.
    const dir = freshDir();
    writeFileSync(join(dir, 'f'), 'x');
    const r = loadFile(dir, 'f/\uFFFD.txt', undefined, undefined, NO_BOILERPLATE);
    expect(r.ok ? 'loaded' : r.rejection.reason).toBe('cannot be read (ENOTDIR)');
  });

  it('leaves a FIFO in the corpus folder out of the files', () => {
    const dir = freshDir();
    writeFileSync(join(dir, 'a.txt'), 'A.');
    execFileSync('mkfifo', [join(dir, 'pipe.txt')]);
    expect(openCorpus(dir).files).toEqual(['a.txt']);
  });
});

describe('rules files and head rules', () => {
  it('names a key that is not text as the empty key', () => {
    // A flow list as a key has no text: the message quotes "" (not the list's JS value).
    expect(() => parseBoilerplateRules('[a]: 1\nrules: []\n', 'r.yaml'))
      .toThrow(new CorpusError('r.yaml line 1: unknown key "" in top level (expected version, description, rules)'));
  });

  it('counts each stripped line once when a head rule takes every line', () => {
    // Two non-blank lines, both matched by the head rule: 2 lines stripped, nothing left.
    const rules = parseBoilerplateRules(['rules:', '  - name: r', '    description: d', '    where: head', "    match: '.+'", ''].join('\n'), 'r.yaml');
    const r = cleanText('A\n\nB', rules);
    expect([r.boilerplateLines, r.byRule]).toEqual([2, { r: 2 }]);
  });
});

describe('code-point order: a survivor of the run at 5a29d48 (docs/mutation.md, src/corpus)', () => {
  it('puts U+F000-U+FFFF before any character above U+FFFF, as their code points are', async () => {
    const { compareCodePoints } = await import('../../src/corpus/index.ts');
    // U+FFFD < U+1F600 and U+F000 < U+10000 as code points; in UTF-16 each pair's second is a surrogate (U+D83D, U+D800),
    // which compares below U+F000. Shifting U+E000-U+FFFF up by 0x800 instead of down would put U+F800 and above after them.
    expect(compareCodePoints('\uFFFD', '\u{1F600}')).toBeLessThan(0);
    expect(compareCodePoints('\u{1F600}', '\uFFFD')).toBeGreaterThan(0);
    expect(compareCodePoints('\uF800', '\u{10000}')).toBeLessThan(0);
  });
});
