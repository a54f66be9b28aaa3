// Shared helpers for pipeline tests: temporary folders and whole-run comparisons.
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { outputFiles } from '../../src/provenance/manifest.ts';
import { parseOptions } from '../../src/cli/options.ts';
import { runAnalysis } from '../../src/engine/run.ts';

export const ROOT = resolve(__dirname, '../..');
/** The 500-document test corpus: its folder comes from FRAMESCOPE_REAL_CORPUS (.ci/run sets it); tests that need it skip without. */
export const REAL = process.env.FRAMESCOPE_REAL_CORPUS ? resolve(process.env.FRAMESCOPE_REAL_CORPUS) : '';
export const realPresent = REAL !== '' && existsSync(join(REAL, 'metadata.csv'));
export const skipReason = realPresent ? '' : ' (skipped: set FRAMESCOPE_REAL_CORPUS to the 500-document test corpus folder)';

export function tmp(prefix: string): string {
  return mkdtempSync(join(tmpdir(), `framescope-${prefix}-`));
}

export async function run(args: string[]) {
  return runAnalysis(parseOptions([...args, '--quiet']).options);
}

export function readCsv(dir: string, name: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];
}

/** Every output file under dir (dotfiles and the cache excluded), manifest included, sorted. */
export function files(dir: string): string[] {
  const all = existsSync(join(dir, 'manifest.json')) ? [...outputFiles(dir), 'manifest.json'] : outputFiles(dir);
  return all.sort();
}

/** manifest.json as parsed and re-serialised (run.json, beside it, is what differs between honest runs). */
export function manifestWithoutRun(dir: string): string {
  const m = JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
  delete m.run;
  return JSON.stringify(m);
}

/** Names of files whose bytes differ between two output folders (run.json is not an output). */
export function differingFiles(a: string, b: string): string[] {
  const fa = files(a), fb = files(b);
  const all = [...new Set([...fa, ...fb])].sort();
  return all.filter((f) => {
    if (!fa.includes(f) || !fb.includes(f)) return true;
    if (f === 'manifest.json') return manifestWithoutRun(a) !== manifestWithoutRun(b);
    return !readFileSync(join(a, f)).equals(readFileSync(join(b, f)));
  });
}
