// Reproducibility: byte-identical reruns across time zones, locales, file order, workers and shards;
// an incremental rerun after a one-document edit; verify.
import { spawnSync } from 'node:child_process';
import { copyFileSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/options.ts';
import { verifyOutputs } from '../../src/provenance/manifest.ts';
import { mergeContext, mergedStream } from '../../src/engine/partial.ts';
import { writeOutputs } from '../../src/engine/run.ts';
import { differingFiles, REAL, realPresent, ROOT, run, skipReason, tmp } from './helpers.ts';

/** A copy of every 6th corpus-real document (both sources), written in the given order, with matching metadata rows. */
function subsetCorpus(order: 'forward' | 'reverse'): string {
  const dir = tmp(`subset-${order}`);
  const docs = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort().filter((_, i) => i % 6 === 0);
  const ids = new Set(docs.map((f) => f.replace(/\.txt$/, '')));
  const lines = readFileSync(join(REAL, 'metadata.csv'), 'utf8').split('\n');
  // metadata.csv has no line breaks inside fields (checked: 501 lines for 500 rows + header).
  writeFileSync(join(dir, 'metadata.csv'), [lines[0], ...lines.slice(1).filter((l) => ids.has(l.split(',')[0]!))].join('\n') + '\n');
  for (const f of order === 'forward' ? docs : [...docs].reverse()) copyFileSync(join(REAL, f), join(dir, f));
  return dir;
}

function cli(args: string[], env: Record<string, string>) {
  const r = spawnSync('npx', ['tsx', 'src/analyze.ts', ...args, '--quiet'], { cwd: ROOT, encoding: 'utf8', env: { ...process.env, ...env } });
  if (r.status !== 0) throw new Error(`analyze failed: ${r.stderr}`);
}

describe.skipIf(!realPresent)(`reproducibility${skipReason}`, () => {
  let forward: string, reverse: string;
  beforeAll(() => {
    forward = subsetCorpus('forward');
    reverse = subsetCorpus('reverse');
  });

  it('gives byte-identical outputs across time zones, locales, file order and worker counts', () => {
    const a = tmp('tz-a'), b = tmp('tz-b');
    cli(['--corpus', forward, '--out', a, '--workers', '1'], { TZ: 'UTC', LANG: 'C', LC_ALL: 'C' });
    cli(['--corpus', reverse, '--out', b, '--workers', '2'], { TZ: 'Pacific/Kiritimati', LANG: 'de_DE.UTF-8', LC_ALL: 'de_DE.UTF-8' });
    expect(differingFiles(a, b)).toEqual([]);
    // The manifest is byte-identical too; what differs between the runs (time, time zone's clock) is in run.json only.
    expect(readFileSync(join(a, 'manifest.json'), 'utf8')).toBe(readFileSync(join(b, 'manifest.json'), 'utf8'));
    expect(readFileSync(join(a, 'run.json'), 'utf8')).not.toBe(readFileSync(join(b, 'run.json'), 'utf8'));
  });

  it('reanalyses only an edited document, reuses the rest, and matches a cold run; corrupt entries are recomputed', async () => {
    const corpus = subsetCorpus('forward');
    const warm = tmp('warm');
    const first = await run(['--corpus', corpus, '--out', warm, '--no-charts']);
    expect(first.source.fresh).toBe(first.analysed);
    const edited = readdirSync(corpus).filter((f) => f.endsWith('.txt')).sort()[3]!;
    writeFileSync(join(corpus, edited), `${readFileSync(join(corpus, edited), 'utf8')}\n\nThese sanctions are illegal.\n`);
    const second = await run(['--corpus', corpus, '--out', warm, '--no-charts']);
    expect(second.source.fresh).toBe(1);
    expect(second.source.cached).toBe(first.analysed - 1);
    const cold = tmp('cold');
    await run(['--corpus', corpus, '--out', cold, '--no-charts', '--no-cache']);
    expect(differingFiles(warm, cold)).toEqual([]);

    // Corrupt one cache entry: it is detected, recomputed, and the outputs stay the same. The newest entry (the
    // edited document's): the first in name order could be the edited document's old text, which is never read again.
    const cacheDir = join(warm, '.cache');
    const entries = readdirSync(cacheDir).flatMap((sub) => readdirSync(join(cacheDir, sub)).map((f) => join(cacheDir, sub, f)));
    const newest = entries.reduce((a, b) => (statSync(b).mtimeMs > statSync(a).mtimeMs ? b : a));
    writeFileSync(newest, '{"key":"x","sha256":"y"}\n{}');
    const third = await run(['--corpus', corpus, '--out', warm, '--no-charts']);
    expect(third.source.corrupt).toBe(1);
    expect(third.source.fresh).toBe(1);
    expect(differingFiles(warm, cold)).toEqual([]);
  });

  it('merges 4 shards of corpus-real into outputs byte-identical to a single run', async () => {
    const single = tmp('single');
    await run(['--corpus', REAL, '--out', single, '--no-cache']);
    const parts: string[] = [];
    let analysed = 0;
    for (let i = 1; i <= 4; i++) {
      const p = tmp(`shard${i}`);
      const r = await run(['--corpus', REAL, '--out', p, '--no-cache', '--shard', `${i}/4`]);
      analysed += r.analysed;
      parts.push(p);
    }
    expect(analysed).toBe(500);
    const merged = tmp('merged');
    const { ctx, rejected } = mergeContext(parts, parseOptions(['--out', merged, '--quiet']).options);
    await writeOutputs(ctx, mergedStream(parts, rejected));
    expect(differingFiles(single, merged)).toEqual([]);
    expect(() => mergeContext(parts.slice(0, 3), parseOptions(['--out', merged]).options)).toThrow(/shard 4\/4 missing/);
  });
});

describe('verify', () => {
  it('reports an edited output file and exits 1', async () => {
    const out = tmp('verify');
    await run(['--out', out, '--no-charts']);
    expect(verifyOutputs(out).changed).toEqual([]);
    writeFileSync(join(out, 'categories.csv'), `${readFileSync(join(out, 'categories.csv'), 'utf8')}x\n`);
    expect(verifyOutputs(out).changed).toEqual(['categories.csv']);
    const r = spawnSync('npx', ['tsx', 'src/analyze.ts', 'verify', out], { cwd: ROOT, encoding: 'utf8' });
    expect(r.status).toBe(1);
    expect(r.stdout).toContain('changed: categories.csv');
  });

  it('reports an edit to manifest.json itself, and names the file of a manifest it cannot read', async () => {
    const out = tmp('verify-manifest');
    await run(['--out', out, '--no-charts']);
    const file = join(out, 'manifest.json');
    const text = readFileSync(file, 'utf8');
    const n = Object.keys((JSON.parse(text) as { outputs: object }).outputs).length;
    expect(verifyOutputs(out)).toMatchObject({ changed: [], checked: n + 1 });
    // The seed the run says it used, changed after the run: its outputs still hash right, its record does not.
    expect(text).toContain('"seed": 20211116');
    writeFileSync(file, text.replace('"seed": 20211116', '"seed": 7'));
    expect(verifyOutputs(out).changed).toEqual(['manifest.json']);
    writeFileSync(file, '{');
    expect(() => verifyOutputs(out)).toThrow(`${file}: not readable JSON`);
    writeFileSync(file, '{}');
    expect(() => verifyOutputs(out)).toThrow(`${file}: not a framescope manifest (no outputs and run_fingerprint)`);
  });
});

describe('the cache written from worker threads', () => {
  it('holds one entry for documents with the same text, however many workers write it', async () => {
    // Eight files with the founding communiqué's text: the same cache key, written by two workers at once.
    const corpus = tmp('dup-text');
    const seed = readFileSync(join(ROOT, 'corpus', 'interagency-hq-syria-2021-11-16.txt'));
    for (let i = 1; i <= 8; i++) writeFileSync(join(corpus, `copy-${i}.txt`), seed);
    const warm = tmp('dup-warm');
    const first = await run(['--corpus', corpus, '--out', warm, '--no-charts', '--workers', '2']);
    expect(first.analysed).toBe(8);
    const entries = readdirSync(join(warm, '.cache')).flatMap((d) => readdirSync(join(warm, '.cache', d)));
    expect(entries.filter((f) => f.endsWith('.json'))).toHaveLength(1);
    expect(entries.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    const second = await run(['--corpus', corpus, '--out', warm, '--no-charts', '--workers', '2']);
    expect(second.source.cached).toBe(8);
    const cold = tmp('dup-cold');
    await run(['--corpus', corpus, '--out', cold, '--no-charts', '--no-cache', '--workers', '1']);
    expect(differingFiles(warm, cold)).toEqual([]);
  });
});
