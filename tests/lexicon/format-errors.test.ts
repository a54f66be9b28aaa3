import { describe, expect, it } from 'vitest';
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { compileLexicon, inspectLexicon, LexiconError, matchTokens, parseLexicon, readLexicons, registerLexiconFormat, lexiconFormats, type LexiconFormat } from '../../src/lexicon/index.ts';
import { tokenize } from '../../src/text/index.ts';
import { parseErrorOf } from './errors.ts';

const fx = (name: string) => `tests/fixtures/dictionaries/${name}`;

const errorOf = parseErrorOf;

describe('encodings', () => {
  it('reads a UTF-8 BOM and CRLF line ends as plain UTF-8', () => {
    const crlf = Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from('%\r\n1\tposemo\r\n%\r\ngood\t1\r\nnice*\t1\r\n')]);
    const lex = parseLexicon(crlf, 'bom.dic');
    expect(lex.categories[0]!.entries.map((e) => `${e.pattern}@${e.line}`)).toEqual(['good@4', 'nice*@5']);
  });

  it('names UTF-16 and Latin-1 and says how to convert', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('%\n1\tposemo\n%\ngood\t1\n', 'utf16le')]);
    const e16 = errorOf(utf16, 'wide.dic');
    expect(e16.message).toMatch(/^wide\.dic:1: the file is UTF-16 \(little-endian\).*iconv -f UTF-16LE -t UTF-8/);
    // "café" in Latin-1 on line 4: é is the single byte 0xE9, not valid UTF-8.
    const latin1 = Buffer.from('%\n1\tposemo\n%\ncaf\xe9\t1\n', 'latin1');
    const e1 = errorOf(latin1, 'old.dic');
    expect(e1.line).toBe(4);
    expect(e1.message).toMatch(/0xE9.*Latin-1 or Windows-1252.*iconv -f WINDOWS-1252 -t UTF-8/);
  });
});

describe('bad dictionaries: one error naming file and line', () => {
  const cases: [string, string, number, RegExp][] = [
    ['empty category (Lexicoder)', '+EMPTY\n+FULL\ngood\n', 1, /category "EMPTY" has no entries/],
    ['term with no category (Lexicoder)', 'good\n+POSITIVE\nnice\n', 1, /a term with no category/],
    ['category number not in the legend (LIWC)', '%\n1\tposemo\n%\ngood\t1\nbad\t2\n', 5, /category 2 is not in the legend/],
    ['term with no category (LIWC)', '%\n1\tposemo\n%\ngood\t1\nlonely\n', 5, /a term with no category/],
    ['term with no category (.dicx)', 'DicTerm,posemo\ngood,X\nlonely,\n', 3, /a term with no category/],
    ['empty category (quanteda)', 'economy:\n  - inflation\nempty: []\n', 3, /category "empty" has no entries/],
    ['empty category (WordStat)', 'ECONOMY\n\tPRICE (1)\nEMPTY\nPOLITICS\n\tVOTE (1)\n', 3, /category "EMPTY" has no entries/],
    ['malformed CSV', 'threat,danger\nthreat,"open quote\n', 2, /malformed CSV/],
    // csv-parse reports an unclosed quote at the file's end; the line to fix is where its row starts
    ['unclosed quote (CSV)', 'category,term\nthreat,"attack\npeace,peace\npeace,truce\n', 2, /malformed CSV: a quote in this row is never closed/],
    // the row that opens the quote, not a later line holding quotes (escaped ones on line 3)
    ['unclosed quote with escaped ones (CSV)', 'category,term\nthreat,"attack\nsays ""no"" here\npeace,truce\n', 2, /malformed CSV: a quote in this row is never closed/],
    ['unclosed quote (.dicx)', 'DicTerm,a\n"good,X\nnice,X\n', 2, /malformed CSV: a quote in this row is never closed/],
    ['three columns in plain CSV', 'threat,danger,extra\n', 1, /expected 2 columns/],
  ];
  const ext: Record<string, string> = { Lexicoder: 'lc3', LIWC: 'dic', '.dicx': 'dicx', quanteda: 'yml', WordStat: 'cat', CSV: 'csv' };
  for (const [what, text, line, message] of cases) {
    it(what, () => {
      const kind = Object.keys(ext).find((k) => what.includes(k))!;
      const file = `bad.${ext[kind]!}`;
      const e = errorOf(text, file);
      expect(e.file).toBe(file);
      expect(e.line).toBe(line);
      expect(e.message).toMatch(message);
      expect(e.message.startsWith(`${file}:${line}: `)).toBe(true);
    });
  }
});

describe('the reader registry', () => {
  const dummy = (name: string): LexiconFormat => ({ name, description: 'test', extensions: ['.zz'], read: () => { throw new Error('unused'); } });

  it('refuses a name already registered unless override is set', () => {
    expect(() => registerLexiconFormat(dummy('liwc-dic'))).toThrow(/already registered/);
    expect(() => registerLexiconFormat(dummy('Not Kebab'))).toThrow(/kebab-case/);
  });

  it('lists the built-in formats, and picks a reader by extension and content', () => {
    expect(lexiconFormats().map((f) => f.name).slice(0, 7)).toEqual(['framescope-yaml', 'liwc-dic', 'liwc-dicx', 'quanteda-yaml', 'lexicoder', 'wordstat', 'csv']);
    expect(parseLexicon('econ:\n  - price\n', 'q.yaml').format).toBe('quanteda-yaml');
    expect(parseLexicon('DicTerm,posemo\ngood,X\n', 'd.csv').format).toBe('liwc-dicx');
    expect(parseLexicon('posemo,good\n', 'p.csv').format).toBe('csv');
    expect(errorOf('x', 'a.unknownext').message).toMatch(/no lexicon reader for \*\.unknownext/);
  });

  it('takes a framescope file without its name for what it is, and refuses it for the missing name', () => {
    // read as quanteda YAML, it would have given four categories: version, categories.illegality.label, ...
    const text = 'version: "1.0"\ncategories:\n  illegality:\n    label: Illegality\n    definition: calls it illegal\n    entries:\n      - illegal\n';
    expect(errorOf(text, 'f.yaml').message).toBe('f.yaml:1: lexicon: missing name');
    // a quanteda dictionary with a category called categories is still quanteda
    expect(parseLexicon('categories:\n  - category\n', 'q.yaml').format).toBe('quanteda-yaml');
  });

  it('refuses a framescope file with a misspelt categories key instead of reading it as quanteda YAML', () => {
    // read as quanteda YAML, it gave categories "name", "version" and "categorie.posemo.label", and the run went on
    const text = 'name: My framing\nversion: "1.0"\ncategorie:\n  posemo:\n    label: P\n    definition: d\n    entries:\n      - good\n';
    expect(errorOf(text, 'f.yaml').message).toBe('f.yaml:3: top-level: unknown key "categorie" (expected name, version, description, validation, negation, nested_scope, join_expressions, categories)');
    // one single-valued key, or settings written as lists, are a quanteda dictionary's categories
    expect(parseLexicon('name: alpha\npolitics:\n  - beta\n', 'q.yaml').format).toBe('quanteda-yaml');
    expect(parseLexicon('name: [alpha]\nversion: [beta]\n', 'q.yaml').format).toBe('quanteda-yaml');
  });

  it('a registered format is read by readLexicon, and override replaces it', () => {
    const words = (name: string): LexiconFormat => ({
      name: 'one-word-list', description: 'a word a line, one category', extensions: ['.words'],
      read: (s) => parseLexicon(`category,term\n${s.text.trim().split('\n').map((w) => `${name},${w}`).join('\n')}\n`, `${s.file}.csv`),
    });
    registerLexiconFormat(words('first'));
    expect(() => registerLexiconFormat(words('second'))).toThrow(/already registered/);
    registerLexiconFormat(words('second'), { override: true });
    expect(parseLexicon('peace\n', 'list.words').categories.map((c) => c.id)).toEqual(['second']);
  });
});

describe('several lexicons in one run', () => {
  it('keeps ids, and prefixes the lexicon name where ids collide; each keeps its counting rules', () => {
    const lex = readLexicons([fx('lexicoder.lc3'), fx('plain.csv'), fx('collide.csv')]);
    expect(lex.categories.map((c) => c.id)).toEqual(['negative', 'lexicoder_positive', 'neg_positive', 'threat', 'peace', 'collide_positive']);
    expect(lex.categories.find((c) => c.id === 'collide_positive')!.label).toBe('collide: POSITIVE');
    expect(lex.sources!.map((s) => s.format)).toEqual(['lexicoder', 'csv', 'csv']);
    const counts: Record<string, number> = {};
    for (const m of matchTokens(compileLexicon(lex), tokenize('Not good, but peace and a ceasefire.').tokens)) counts[m.category] = (counts[m.category] ?? 0) + 1;
    // Lexicoder: "Not good" is neg_positive only; lexicoder positive: peace (peace*) = 1.
    // plain.csv peace: peace, ceasefire = 2 (its own rules: not bound by Lexicoder's one count per token);
    // collide.csv POSITIVE: peace, ceasefire = 2.
    expect(counts).toEqual({ neg_positive: 1, lexicoder_positive: 1, peace: 2, collide_positive: 2 });
  });

  it('numbers the ids and labels of two lexicons of one name, so charts tell them apart', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-samename-'));
    writeFileSync(join(dir, 'collide.csv'), readFileSync(fx('collide.csv')));
    const lex = readLexicons([fx('collide.csv'), join(dir, 'collide.csv')]);
    expect(lex.categories.map((c) => [c.id, c.label])).toEqual([['collide_positive', 'collide: POSITIVE'], ['collide_positive_2', 'collide (2): POSITIVE']]);
  });

  it('refuses one file given twice', () => {
    expect(() => readLexicons([fx('plain.csv'), fx('plain.csv')])).toThrow(/given twice/);
  });

  // One run, one negation model: the bundled model with "hardly" added as a cue, and another with "barely".
  const negationDir = () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-negation-'));
    const bundled = readFileSync('lexicons/negation.yaml', 'utf8');
    for (const cue of ['hardly', 'barely']) writeFileSync(join(dir, `neg-${cue}.yaml`), bundled.replace('cues: [not,', `cues: [${cue}, not,`));
    const lexicon = (cue: string) => `name: own-${cue}\nversion: "1"\nnegation: neg-${cue}.yaml\ncategories:\n  threat_${cue}:\n    label: T\n    definition: d\n    entries: [threat]\n`;
    for (const cue of ['hardly', 'barely']) writeFileSync(join(dir, `own-${cue}.yaml`), lexicon(cue));
    return dir;
  };

  it('refuses lexicons that name different negation models, naming the second', () => {
    const dir = negationDir();
    expect(() => readLexicons([join(dir, 'own-hardly.yaml'), join(dir, 'own-barely.yaml')]))
      .toThrow(new RegExp(`^${join(dir, 'own-barely.yaml')}:1: its negation model .*neg-barely.yaml\\) is not the one .*own-hardly.yaml names`));
  });

  it('applies a named negation model to the lexicons without one, and warns of it', () => {
    const dir = negationDir();
    const lex = readLexicons([fx('plain.csv'), join(dir, 'own-hardly.yaml')]);
    expect(lex.negation.file).toBe(join(dir, 'neg-hardly.yaml'));
    const shared = lex.warnings!.filter((w) => w.detail.includes('negation model'));
    expect(shared.map((w) => `${w.file}:${w.line}`)).toEqual([`${fx('plain.csv')}:1`]);
    expect(shared[0]!.detail).toMatch(/^its hits are flagged negated by the negation model .*own-hardly.yaml names/);
    // plain.csv's "peace" is negated by the cue only the named model has
    const hit = matchTokens(compileLexicon(lex), tokenize('There is hardly peace.').tokens).find((m) => m.category === 'peace')!;
    expect([hit.negated, hit.negationCue]).toEqual([true, 'hardly']);
    // without the named model, the bundled one applies and "hardly" is no cue
    const plain = matchTokens(compileLexicon(readLexicons([fx('plain.csv')])), tokenize('There is hardly peace.').tokens).find((m) => m.category === 'peace')!;
    expect(plain.negated).toBe(false);
  });
});

describe('lexicon show', () => {
  it('warns of duplicates, entries that cannot match as written, and globs that swallow entries', () => {
    const lex = parseLexicon('category,term\nthreat,threat*\nthreat,threats\nthreat,Threats\nthreat,U.S. policy. Now\n', 'show.csv');
    const w = inspectLexicon(lex).warnings;
    expect(w.some((x) => x.startsWith('show.csv:4: duplicate entry "Threats"'))).toBe(true);
    expect(w.some((x) => x.startsWith('show.csv:3: "threats" in threat is swallowed by "threat*" (line 2)'))).toBe(true);
    // "policy. Now" holds a sentence end: a hit never crosses one.
    expect(w.some((x) => x.startsWith('show.csv:5: "U.S. policy. Now" in threat can never match as written'))).toBe(true);
    expect(w).toHaveLength(3);
  });
});

describe('the command', () => {
  const tsx = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync('npx', ['tsx', 'src/analyze.ts', ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }), err: '' };
    } catch (e) {
      const x = e as { status: number; stdout: string; stderr: string };
      return { code: x.status, out: x.stdout, err: x.stderr };
    }
  };

  it('convert writes YAML that reads back; a bad dictionary exits 2 with one line and writes nothing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-convert-'));
    const ok = tsx(['lexicon', 'convert', fx('liwc2007.dic'), join(dir, 'liwc.yaml')]);
    expect(ok.code).toBe(0);
    expect(readFileSync(join(dir, 'liwc.yaml'), 'utf8')).toContain('unless:');
    const badFile = join(dir, 'bad.dic');
    writeFileSync(badFile, '%\n1\tposemo\n%\ngood\t7\n');
    const bad = tsx(['lexicon', 'convert', badFile, join(dir, 'bad.yaml')]);
    expect(bad.code).toBe(2);
    expect(bad.err.trim()).toBe(`framescope: ${badFile}:4: "good": category 7 is not in the legend`);
    expect(existsSync(join(dir, 'bad.yaml'))).toBe(false);
    const run = tsx(['--lexicon', 'lexicons/framing.yaml', '--lexicon', badFile, '--out', join(dir, 'out'), '--quiet']);
    expect(run.code).toBe(2);
    expect(existsSync(join(dir, 'out'))).toBe(false);
  }, 60_000);

  it('a missing lexicon file or a folder given as one: one line naming it, exit 2, nothing written', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-missing-'));
    const missing = join(dir, 'nope.dic');
    const run = tsx(['--lexicon', missing, '--out', join(dir, 'out'), '--quiet']);
    expect([run.code, run.err]).toEqual([2, `framescope: ${missing}: no such file\n`]);
    expect(existsSync(join(dir, 'out'))).toBe(false);
    const folder = tsx(['lexicon', 'show', dir]);
    expect([folder.code, folder.err]).toEqual([2, `framescope: ${dir}: is a folder, not a lexicon file\n`]);
  }, 60_000);

  it('the manifest names every lexicon file of a run, with each one\'s format and hash', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-sources-'));
    const run = tsx(['--corpus', 'tests/e2e/fixtures/corpus', '--lexicon', fx('lexicoder.lc3'), '--lexicon', fx('collide.csv'), '--out', join(dir, 'out'), '--no-charts', '--no-cache', '--workers', '1', '--sentiment', 'afinn', '--bootstrap', '100', '--quiet']);
    expect(run.code).toBe(0);
    const { lexicon } = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as { lexicon: { file: string; sources: { file: string; format: string; sha256: string }[] } };
    const sha = (f: string) => createHash('sha256').update(readFileSync(fx(f))).digest('hex');
    expect(lexicon.file).toBe('lexicoder.lc3 + collide.csv');
    expect(lexicon.sources.map((s) => [s.file, s.format, s.sha256])).toEqual([['lexicoder.lc3', 'lexicoder', sha('lexicoder.lc3')], ['collide.csv', 'csv', sha('collide.csv')]]);
  }, 60_000);

  it('says what the lexicon reader left out, in the summary and the manifest', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-warn-'));
    const run = tsx(['--corpus', 'tests/e2e/fixtures/corpus', '--lexicon', fx('liwc2007.dic'), '--out', join(dir, 'out'), '--no-charts', '--no-cache', '--workers', '1', '--sentiment', 'afinn', '--bootstrap', '100']);
    expect(run.code).toBe(0);
    const line = 'liwc2007.dic:14: "like": LIWC 2007 conditional code (02 134)01/02 not read (framescope cannot test the neighbouring word\'s category); read category 134';
    expect(run.out).toContain(`warning: lexicon ${line}`);
    const manifest = JSON.parse(readFileSync(join(dir, 'out', 'manifest.json'), 'utf8')) as { lexicon: { warnings?: string[] } };
    expect(manifest.lexicon.warnings).toEqual([line, 'liwc2007.dic:18: duplicate entry "Good" in category "posemo" (first at line 8); counted once']);
  }, 60_000);
});
