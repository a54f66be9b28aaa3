// One run per output folder: a second run is refused (exit 4) or waits (--wait); a dead holder's lock is taken over.
import { spawnSync } from 'node:child_process';
import { hostname } from 'node:os';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { appears, cleanUp, cli, leftovers, LOCK_FILE, runInPlace, smallCorpus, start, tmp } from './helpers.ts';

afterAll(cleanUp);

const args = (corpus: string, out: string, seed: number) => ['--corpus', corpus, '--out', out, '--workers', '1', '--quiet', '--bootstrap', '100', '--no-cache', '--seed', String(seed)];
const seedInPlace = (out: string) => (JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { options: { seed: number } }).options.seed;

describe('two runs into one output folder', () => {
  it('refuses the second with one line naming the folder and the holder (exit 4); --wait waits; the first completes', async () => {
    // 60 documents without the cache: the first run holds the folder for seconds after its lock appears.
    const corpus = smallCorpus(60);
    const out = join(tmp('busy'), 'out');
    const first = start(args(corpus, out, 1));
    expect(await appears(join(out, LOCK_FILE), first.exited)).toBe(true);
    // The first draws charts (it holds the folder longer); the others need not.
    const [second, waiter] = [cli([...args(corpus, out, 2), '--no-charts']), start([...args(corpus, out, 3), '--no-charts', '--wait'])];
    const refused = await second;
    expect(refused.code).toBe(4);
    expect(refused.stderr).toMatch(new RegExp(`^framescope: ${out} is in use by another framescope run \\(PID ${first.pid} on ${hostname()}, started [0-9T:.-]+Z\\); run again when it has finished, or add --wait\\n$`));
    const done = await first.exited;
    expect(done.code, done.stderr).toBe(0);
    const waited = await waiter.exited;
    expect(waited.code, waited.stderr).toBe(0);
    expect(waited.stderr).toContain(`framescope: waiting for the framescope run writing ${out} to finish (PID ${first.pid} on`);
    // The waiting run went last: its outputs are in place, whole, and verify agrees.
    await runInPlace(out);
    expect(seedInPlace(out)).toBe(3);
    const v = await cli(['verify', out]);
    expect(v.code).toBe(0);
    expect(leftovers(out)).toEqual([]);
  }, 180_000);

  it('takes over the lock of a run that no longer runs, says so, and keeps files that are not framescope\'s', async () => {
    const corpus = smallCorpus(4);
    const out = join(tmp('stale'), 'out');
    mkdirSync(out);
    // A PID that has just exited, and the debris a killed run leaves.
    const dead = spawnSync(process.execPath, ['-e', '']).pid;
    writeFileSync(join(out, LOCK_FILE), `${JSON.stringify({ pid: dead, host: hostname(), started: '2026-01-01T00:00:00.000Z', start_ticks: null })}\n`);
    mkdirSync(join(out, '.framescope-staging-1-abcdef'));
    writeFileSync(join(out, '.framescope-staging-1-abcdef', 'hits.csv'), 'half a table');
    writeFileSync(join(out, '.hits.csv.999999.0.tmp'), 'half a table');
    writeFileSync(join(out, 'my-notes.txt'), 'mine');
    const r = await cli([...args(corpus, out, 1), '--no-charts']);
    expect(r.code, r.stderr).toBe(0);
    expect(r.stderr).toContain(`framescope: ${out}: taking over the lock of a framescope run that is no longer running (PID ${dead} on ${hostname()}, started 2026-01-01T00:00:00.000Z)\n`);
    expect(r.stderr).toContain(`framescope: ${out}: removed the unfinished outputs of an interrupted run (${join(out, '.framescope-staging-1-abcdef')})\n`);
    expect(r.stderr).toContain(`framescope: ${out}: removed 1 temporary file left by an interrupted run\n`);
    expect(leftovers(out)).toEqual([]);
    expect(readFileSync(join(out, 'my-notes.txt'), 'utf8')).toBe('mine');
    // verify names the file it does not know, and passes.
    const v = await cli(['verify', out]);
    expect(v.code).toBe(0);
    expect(v.stdout).toContain('not in manifest: my-notes.txt\n');
  }, 120_000);
});
