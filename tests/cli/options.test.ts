import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { helpText, OPTION_DEFS, parseOptions, UsageError } from '../../src/cli/options.ts';

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
