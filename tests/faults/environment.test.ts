// Inputs a run would destroy are refused (exit 2); what the machine refuses is said in one line (exit 3); either way the
// earlier run stays whole.
import { spawnSync } from 'node:child_process';
import { chmodSync, existsSync, mkdirSync, readdirSync, readFileSync, statfsSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { cleanUp, cli, leftovers, runInPlace, smallCorpus, tmp } from './helpers.ts';

const args = (corpus: string, out: string, seed = 1) => ['--corpus', corpus, '--out', out, '--workers', '1', '--quiet', '--bootstrap', '100', '--no-charts', '--seed', String(seed)];

// Root ignores file permissions; as root a read-only or a full file system is a tmpfs mount, where mounting is allowed.
const root = process.getuid?.() === 0;
const mounts: string[] = [];
function mountTmpfs(size: string): string | null {
  const dir = join(tmp('mount'), 'fs');
  mkdirSync(dir);
  if (spawnSync('mount', ['-t', 'tmpfs', '-o', `size=${size}`, 'tmpfs', dir]).status !== 0) return null;
  mounts.push(dir);
  return dir;
}
const canMount = root && (() => {
  const d = mountTmpfs('1m');
  if (d !== null) spawnSync('umount', [mounts.pop()!]);
  return d !== null;
})();
afterAll(() => {
  for (const d of mounts.splice(0)) spawnSync('umount', ['-l', d]);
  cleanUp();
});

/** The one line a refused run prints: framescope's, no stack trace. */
function oneLine(stderr: string): string {
  const lines = stderr.split('\n').filter(Boolean);
  expect(lines).toHaveLength(1);
  expect(lines[0]).toMatch(/^framescope: /);
  return lines[0]!;
}

describe('inputs a run would destroy: exit 2, nothing written', () => {
  it('refuses --out inside or equal to --corpus, and --corpus inside --out, also through a symbolic link', async () => {
    const corpus = smallCorpus(2);
    const before = readdirSync(corpus).sort();
    const inside = await cli(args(corpus, join(corpus, 'out')));
    expect(inside.code).toBe(2);
    expect(oneLine(inside.stderr)).toBe(`framescope: --out ${join(corpus, 'out')} is inside the corpus folder --corpus ${corpus}: its files would be read as documents next time; choose an --out outside the corpus`);
    const same = await cli(args(corpus, corpus));
    expect(same.code).toBe(2);
    expect(oneLine(same.stderr)).toContain('is the corpus folder');
    const link = join(tmp('link'), 'to-corpus');
    symlinkSync(corpus, link);
    const viaLink = await cli(args(corpus, join(link, 'out')));
    expect(viaLink.code).toBe(2);
    expect(oneLine(viaLink.stderr)).toContain('is inside the corpus folder');
    const sample = await cli(['sample', '--corpus', corpus, '--out', join(corpus, 'coding')]);
    expect(sample.code).toBe(2);
    expect(oneLine(sample.stderr)).toContain('is inside the corpus folder');
    expect(readdirSync(corpus).sort()).toEqual(before);
    const parent = join(corpus, '..');
    const around = await cli(args(corpus, parent));
    expect(around.code).toBe(2);
    expect(oneLine(around.stderr)).toBe(`framescope: --corpus ${corpus} is inside the output folder --out ${parent}: a run replaces files there; move the corpus or choose another --out`);
    expect(readdirSync(parent)).toEqual(['corpus']);
  });
});

describe('what the machine refuses: one line, exit 3, the earlier run intact', () => {
  it('--out is a file', async () => {
    const corpus = smallCorpus(2);
    const file = join(tmp('file'), 'outputs');
    writeFileSync(file, 'not a folder');
    const r = await cli(args(corpus, file));
    expect(r.code).toBe(3);
    expect(oneLine(r.stderr)).toBe(`framescope: ${file}: a file is in the way of a folder (EEXIST): --out must be a folder: remove the file or choose another --out`);
    expect(readFileSync(file, 'utf8')).toBe('not a folder');
  });

  it('disk full while the new run is flushed (FRAMESCOPE_FAULT=enospc-after:2)', async () => {
    const corpus = smallCorpus(4);
    const out = join(tmp('enospc'), 'out');
    expect((await cli(args(corpus, out))).code).toBe(0);
    const earlier = await runInPlace(out);
    const r = await cli(args(corpus, out, 2), { FRAMESCOPE_FAULT: 'enospc-after:2' });
    expect(r.code).toBe(3);
    expect(oneLine(r.stderr)).toMatch(new RegExp(`^framescope: ${out}/\\.framescope-staging-\\d+-\\w+/\\S+: no space left on the device \\(ENOSPC\\): free some space or choose another --out; the earlier outputs in ${out} are unchanged$`));
    expect(await runInPlace(out)).toEqual(earlier);
    expect(leftovers(out)).toEqual([]);
  });

  it.skipIf(!canMount)(`disk full on a real 4 MB file system${canMount ? '' : ' (skipped: needs root and permission to mount a tmpfs)'}`, async () => {
    const corpus = smallCorpus(12);
    const fs = mountTmpfs('4m')!;
    const out = join(fs, 'out');
    expect((await cli(args(corpus, out))).code).toBe(0);
    const earlier = await runInPlace(out);
    // Leave 40 kB: the new run (without the cache, ~400 kB of tables) cannot be written.
    const free = Number(statfsSync(fs).bavail) * Number(statfsSync(fs).bsize);
    writeFileSync(join(fs, 'filler'), Buffer.alloc(Math.max(0, free - 40_000)));
    const r = await cli([...args(corpus, out, 2), '--no-cache']);
    expect(r.code).toBe(3);
    expect(oneLine(r.stderr)).toMatch(/: no space left on the device \(ENOSPC\): free some space or choose another --out; the earlier outputs in .* are unchanged$/);
    expect(await runInPlace(out)).toEqual(earlier);
    expect(leftovers(out)).toEqual([]);
  });

  const readOnly = !root ? 'chmod 0555' : canMount ? 'a read-only tmpfs' : null;
  it.skipIf(readOnly === null)(`a read-only output folder (${readOnly ?? 'skipped: root ignores chmod 0555 and cannot mount a read-only file system here'})`, async () => {
    const corpus = smallCorpus(4);
    const base = root ? mountTmpfs('8m')! : tmp('readonly');
    const out = join(base, 'out');
    expect((await cli(args(corpus, out))).code).toBe(0);
    const earlier = await runInPlace(out);
    if (root) expect(spawnSync('mount', ['-o', 'remount,ro', base]).status).toBe(0);
    else chmodSync(out, 0o555);
    try {
      const r = await cli(args(corpus, out, 2));
      expect(r.code).toBe(3);
      const code = root ? 'read-only file system \\(EROFS\\): choose an --out on a writable file system' : 'permission denied \\(EACCES\\): make it writable';
      expect(oneLine(r.stderr)).toMatch(new RegExp(`^framescope: ${out}/\\S+: ${code}.*; the earlier outputs in ${out} are unchanged$`));
      expect(await runInPlace(out)).toEqual(earlier);
      const v = await cli(['verify', out]);
      expect(v.code).toBe(0);
      expect(existsSync(join(out, 'manifest.json'))).toBe(true);
    } finally {
      if (!root) chmodSync(out, 0o755);
    }
  });
});
