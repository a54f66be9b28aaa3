// Runs the command line as a user does (a child process), so the end-to-end tests see what the cited tables see.
// FRAMESCOPE_E2E_ROOT points the runs at another copy of the project (used to check that the tests catch mutations);
// the fixtures always come from this folder. Kept apart from tests/pipeline/helpers.ts, which imports the pipeline itself.
import { parse } from 'csv-parse/sync';
import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { expect } from 'vitest';

export const PROJECT = resolve(process.env.FRAMESCOPE_E2E_ROOT ?? resolve(__dirname, '../..'));
export const FIXTURES = resolve(__dirname, 'fixtures');
export const CORPUS = join(FIXTURES, 'corpus');
export const LEXICON = join(FIXTURES, 'lexicon.yaml');

export interface CliRun { out: string; code: number; stdout: string; stderr: string }

const made: string[] = [];

/** A fresh temporary folder, removed by cleanUp(). */
export function tmp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `framescope-e2e-${prefix}-`));
  made.push(dir);
  return dir;
}

/** Removes every folder tmp() made in this test file. */
export function cleanUp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/**
 * `node --import tsx src/analyze.ts ARGS --out TMP --no-charts --no-cache --workers 1 [--quiet]`, from the project
 * folder. Resolves with the exit code and output instead of throwing, so a test can say what went wrong.
 */
export function analyze(args: string[], opts: { quiet?: boolean } = {}): Promise<CliRun> {
  const out = tmp('out');
  const argv = ['--import', 'tsx', join(PROJECT, 'src/analyze.ts'), ...args, '--out', out, '--no-charts', '--no-cache', '--workers', '1'];
  if (opts.quiet !== false) argv.push('--quiet');
  return new Promise((done) => {
    execFile(process.execPath, argv, { cwd: PROJECT, maxBuffer: 16 * 1024 * 1024, env: { ...process.env, TZ: 'UTC' } }, (err, stdout, stderr) => {
      const code = err ? (typeof err.code === 'number' ? err.code : 1) : 0;
      done({ out, code, stdout, stderr });
    });
  });
}

/** analyze() that fails the test, with the command's stderr, unless the run succeeded. */
export async function analyzeOk(args: string[], opts: { quiet?: boolean } = {}): Promise<string> {
  const r = await analyze(args, opts);
  if (r.code !== 0) throw new Error(`framescope exited with ${r.code}: ${r.stderr}`);
  return r.out;
}

/**
 * The standard run of the constructed corpus with its own lexicon and the AFINN scorer only (integer valences, easy to
 * sum), every word kept in the keyword and collocate lists so each hand-computed row is there.
 */
export const BASE_ARGS = ['--corpus', CORPUS, '--lexicon', LEXICON, '--sentiment', 'afinn', '--keep-stopwords', '--keep-names'];

export function readCsv(dir: string, name: string): Record<string, string>[] {
  return parse(readFileSync(join(dir, name), 'utf8'), { columns: true }) as Record<string, string>[];
}

export function readManifest(dir: string): Record<string, any> {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8'));
}

/**
 * A CSV cell against a figure worked out by hand. CSV numbers carry 6 decimals (values below 1e-4: 6 significant
 * digits), so a number is equal when it is within that rounding; null means an empty cell; strings compare exactly.
 */
export function expectCell(cell: string | undefined, expected: number | string | null, where: string): void {
  if (expected === null) {
    expect(cell, where).toBe('');
  } else if (typeof expected === 'string') {
    expect(cell, where).toBe(expected);
  } else {
    expect(cell, where).toMatch(/^-?\d/);
    const x = Number(cell);
    const tol = Math.abs(expected) < 1e-4 ? Math.abs(expected) * 1e-5 : 6e-7 + Math.abs(expected) * 1e-12;
    expect(Math.abs(x - expected), `${where}: ${cell} vs ${expected}`).toBeLessThanOrEqual(tol);
  }
}

/** Rows of a table, in order, against hand-made rows: the same number of rows and every named column equal. */
export function expectRows(rows: Record<string, string>[], columns: string[], expected: (number | string | null)[][], table: string): void {
  expect(rows.map((r) => columns.slice(0, 2).map((c) => r[c]).join(' / ')), `${table}: rows and their order`)
    .toEqual(expected.map((e) => e.slice(0, 2).join(' / ')));
  rows.forEach((r, i) => {
    columns.forEach((c, j) => expectCell(r[c], expected[i]![j]!, `${table} row ${i + 1} (${expected[i]![0]}, ${expected[i]![1]}) ${c}`));
  });
}
