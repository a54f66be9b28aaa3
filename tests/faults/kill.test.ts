// kill -9 at seeded random points of a run: OUT always holds the earlier run or the new one, whole, and verify agrees.
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/random.ts';
import { appears, cleanUp, cli, leftovers, LOCK_FILE, runInPlace, smallCorpus, start, tmp, type RunInPlace } from './helpers.ts';

afterAll(cleanUp);

// 2 chains of 16: 32 kill points (FRAMESCOPE_KILL_POINTS to change), each chain in its own output folder.
const POINTS = Number(process.env.FRAMESCOPE_KILL_POINTS ?? 32);
const CHAINS = 2;
const SEED = 20211116;

// Two runs that differ in every file: A without charts from the cache, B with charts and no cache (so a B run is long
// and leaves chart files that an A run must remove).
const CONFIG = { A: ['--no-charts', '--seed', '1'], B: ['--no-cache', '--seed', '2'] } as const;
type Name = keyof typeof CONFIG;
const args = (corpus: string, out: string, c: Name) => ['--corpus', corpus, '--out', out, '--workers', '1', '--quiet', '--bootstrap', '100', ...CONFIG[c]];

/** A complete run; returns how long it held the lock (from the lock's appearance to its exit), in ms. */
async function completeRun(corpus: string, out: string, c: Name): Promise<number> {
  const child = start(args(corpus, out, c));
  expect(await appears(join(out, LOCK_FILE), child.exited)).toBe(true);
  const t0 = Date.now();
  const e = await child.exited;
  // After a killed run, only notices of what was cleaned up (one line each), nothing else.
  for (const line of e.stderr.split('\n').filter(Boolean)) expect(line).toMatch(/^framescope: .*(taking over the lock|removed|moved into place)/);
  expect(e.code).toBe(0);
  return Date.now() - t0;
}

describe('kill -9 during a run', () => {
  it(`leaves the earlier run or the new one in place at ${POINTS} seeded random points, and the next run clears the leftovers`, async () => {
    const corpus = smallCorpus(12);
    const outs = Array.from({ length: CHAINS }, (_, i) => join(tmp(`kill${i}`), 'out'));
    // The reference runs: chain i starts from A (even) or B (odd); its files are those of the reference.
    const ref: Partial<Record<Name, RunInPlace>> = {};
    const held: Partial<Record<Name, number>> = {};
    await Promise.all(outs.map(async (out, i) => {
      const c: Name = i % 2 === 0 ? 'A' : 'B';
      held[c] = await completeRun(corpus, out, c);
      ref[c] = await runInPlace(out);
    }));
    expect(ref.A!.fingerprint).not.toBe(ref.B!.fingerprint);
    const which = (r: RunInPlace): Name => {
      const c: Name = r.fingerprint === ref.A!.fingerprint ? 'A' : 'B';
      expect(r).toEqual(ref[c]);
      return c;
    };

    const tally = { killed: 0, finished: 0, commitPending: 0, verifiedByCli: 0 };
    await Promise.all(outs.map(async (out, chain) => {
      const random = mulberry32(SEED + chain);
      for (let k = chain; k < POINTS; k += CHAINS) {
        const before = which(await runInPlace(out));
        const target: Name = before === 'A' ? 'B' : 'A';
        const child = start(args(corpus, out, target));
        // Killed a seeded fraction of the way through the time the run holds the lock (after startup and reading inputs).
        const reached = await appears(join(out, LOCK_FILE), child.exited);
        expect(reached).toBe(true);
        // Up to 1.15 times the time measured: a few runs finish, and their outputs must then be in place.
        const delay = Math.floor(random() * 1.15 * held[target]!);
        const timer = setTimeout(() => child.kill('SIGKILL'), delay);
        const e = await child.exited;
        clearTimeout(timer);
        if (e.signal === 'SIGKILL') tally.killed++;
        else {
          expect(e.code).toBe(0);
          tally.finished++;
        }
        if (leftovers(out).some((f) => f.startsWith('.framescope-staging-') && f.endsWith('/.commit.json'))) tally.commitPending++;
        // Every eighth point the command's own verify judges the folder first (and completes a move cut short).
        if (k % 8 < CHAINS) {
          const v = await cli(['verify', out]);
          expect(v.code, v.stderr).toBe(0);
          expect(v.stdout).toMatch(/files checked: \d+ unchanged, 0 changed, 0 missing\n$/);
          tally.verifiedByCli++;
        }
        const after = which(await runInPlace(out));
        if (e.signal !== 'SIGKILL') expect(after).toBe(target);
      }
      // The next run clears whatever the last killed run left, and no temporary file of any run remains.
      const last = which(await runInPlace(out));
      await completeRun(corpus, out, last === 'A' ? 'B' : 'A');
      expect(leftovers(out)).toEqual([]);
    }));
    process.stdout.write(`kill points: ${JSON.stringify(tally)}; ms held: ${JSON.stringify(held)}\n`);
    expect(tally.killed + tally.finished).toBe(POINTS);
    // Most points must be real kills, or the test says little.
    expect(tally.killed).toBeGreaterThanOrEqual(Math.floor(POINTS * 0.7));
  }, 300_000);

  it('a kill while the finished run is moved into place is completed by the next run, or by verify', async () => {
    const corpus = smallCorpus(6);
    const out = join(tmp('commit'), 'out');
    const refOut = join(tmp('commit-ref'), 'out');
    await Promise.all([completeRun(corpus, out, 'A'), completeRun(corpus, refOut, 'B')]);
    const a = await runInPlace(out);
    const refB = await runInPlace(refOut);
    // B moves its outputs, run.json and the manifest (last).
    const moved = Object.keys(refB.outputs).length + 2;
    // Killed after 3 moves: the manifest is A's, some tables are B's. The next run (A again) completes B first.
    const cut = await cli(args(corpus, out, 'B'), { FRAMESCOPE_FAULT: 'kill-after-moves:3' });
    expect(cut.signal).toBe('SIGKILL');
    expect(leftovers(out).filter((f) => f.endsWith('/.commit.json'))).toHaveLength(1);
    const next = await cli(args(corpus, out, 'A'));
    expect(next.code).toBe(0);
    expect(next.stderr).toContain('moved into place the outputs of a run interrupted after it had finished writing them');
    expect(await runInPlace(out)).toEqual(a);
    // Killed with all but the manifest moved: verify completes the move, then finds B whole.
    const late = await cli(args(corpus, out, 'B'), { FRAMESCOPE_FAULT: `kill-after-moves:${moved - 1}` });
    expect(late.signal).toBe('SIGKILL');
    const v = await cli(['verify', out]);
    expect(v.code, v.stderr).toBe(0);
    expect(v.stderr).toContain('moved into place the outputs of a run interrupted after it had finished writing them');
    expect(await runInPlace(out)).toEqual(refB);
    await completeRun(corpus, out, 'A');
    expect(leftovers(out)).toEqual([]);
  }, 120_000);
});
