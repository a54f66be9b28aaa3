import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULTS, helpText, OPTION_DEFS, parseOptions, UsageError, type Options } from '../../src/cli/options.ts';

describe('parseOptions', () => {
  it('takes the documented defaults', () => {
    const p = parseOptions([]);
    expect(p.command).toBe('analyze');
    expect(p.options.sentiment).toEqual(['wink', 'afinn', 'vader']);
    expect(p.options.period).toBe('month');
    expect(p.options.minFreq).toBe(5);
    expect(p.options.window).toBe(5);
    expect(p.options.cache).toBe(true);
  });
  it('rejects unknown options, bad values and stray arguments with a UsageError', () => {
    expect(() => parseOptions(['--frobnicate'])).toThrow(UsageError);
    expect(() => parseOptions(['--period', 'week'])).toThrow(/--period takes one of month, quarter, year/);
    expect(() => parseOptions(['--min-freq', '-3'])).toThrow(UsageError);
    expect(() => parseOptions(['--sentiment', 'wink,liwc'])).toThrow(/unknown scorer 'liwc'/);
    expect(() => parseOptions(['--shard', '5/4'])).toThrow(/--shard/);
    expect(() => parseOptions(['stray'])).toThrow(/unexpected argument 'stray'/);
  });
  it('parses shards and subcommands', () => {
    expect(parseOptions(['--shard', '2/4']).options.shard).toEqual({ index: 2, count: 4 });
    const m = parseOptions(['merge', 'a', 'b', '--out', 'x']);
    expect(m.command).toBe('merge');
    expect(m.positionals).toEqual(['a', 'b']);
  });
  it('documents every option in --help', () => {
    const help = helpText();
    for (const d of OPTION_DEFS) expect(help).toContain(`--${d.name}`);
  });
});

describe('the command', () => {
  const run = (...args: string[]) => spawnSync('npx', ['tsx', 'src/analyze.ts', ...args], { encoding: 'utf8' });
  it('exits 2 with a one-line error on an unknown option', () => {
    const r = run('--bogus');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/^framescope: .*--bogus/);
  });
  it('exits 2 with a one-line error naming a missing corpus folder', () => {
    const r = run('--corpus', 'no/such/folder', '--out', '/tmp/framescope-never-written');
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toContain('no/such/folder');
  });
  it('exits 2 naming the file and line of a malformed lexicon, and writes nothing', () => {
    const out = '/tmp/framescope-bad-lexicon-never-written';
    const r = run('--lexicon', 'tests/fixtures/lexicon/duplicate.yaml', '--out', out);
    expect(r.status).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    // The third entry (line 10) repeats "illegal" (line 8) with the same case rule.
    expect(r.stderr).toMatch(/tests\/fixtures\/lexicon\/duplicate\.yaml:10: duplicate entry/);
    expect(existsSync(out)).toBe(false);
  });
  it('prints help and exits 0', () => {
    const r = run('--help');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('--lexicon FILE');
  });
});

describe('each option is defined once, in OPTION_DEFS', () => {
  const camel = (name: string) => name.replace(/-([a-z])/g, (_, c: string) => c.toUpperCase()) as keyof Options;
  const numeric = OPTION_DEFS.filter((d) => d.min !== undefined && d.name !== 'workers');

  it('parses every numeric default from the table, and refuses a value below its minimum', () => {
    // min-freq, window, context, seed, bootstrap, min-docs, max-document-mb, n, sentences
    expect(numeric.map((d) => d.name)).toEqual(['min-freq', 'window', 'context', 'seed', 'bootstrap', 'min-docs', 'max-document-mb', 'n', 'sentences']);
    for (const d of numeric) {
      expect(DEFAULTS[camel(d.name)], d.name).toBe(Number(d.default));
      expect(() => parseOptions([`--${d.name}=${d.min! - 1}`]), d.name).toThrow(`--${d.name} takes a whole number >= ${d.min}`);
    }
  });

  it('refuses a seed the 32-bit generator would wrap (4294967303 ran as 7), and an empty list of scorers or formats', () => {
    expect(parseOptions(['--seed', '4294967295']).options.seed).toBe(4294967295);
    expect(() => parseOptions(['--seed', '4294967296'])).toThrow("--seed takes a whole number from 0 to 4294967295, got '4294967296'");
    expect(() => parseOptions(['--sentiment', ','])).toThrow('--sentiment: name at least one scorer');
    expect(() => parseOptions(['--format', ''])).toThrow('--format: name at least one format (csv, arrow)');
  });

  it('refuses a --validation folder that holds no validation.csv (the report would show none, and say nothing)', () => {
    expect(() => parseOptions(['report', '--validation', 'no-such-folder'])).toThrow("--validation no-such-folder: no validation.csv there (give a folder written by validate)");
    expect(parseOptions(['report', '--validation', 'validation/results-1.2']).options.validation).toBe('validation/results-1.2');
  });

  it('takes the choices and the project paths from the table', () => {
    expect(() => parseOptions(['--period', 'week'])).toThrow('--period takes one of month, quarter, year');
    expect(DEFAULTS.period).toBe('month');
    expect(DEFAULTS.corpus.endsWith('/corpus')).toBe(true);
    expect(DEFAULTS.lexicon.map((f) => f.split('/').slice(-2).join('/'))).toEqual(['lexicons/framing.yaml']);
  });
});
