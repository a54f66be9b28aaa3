// Fault tests run the command as a user does (a child process that can be killed), on a small copy of the demo corpus.
import { spawn, type ChildProcess } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative, resolve } from 'node:path';
import { settleForReading } from '../../src/output-folder/index.ts';
import { verifyOutputs } from '../../src/provenance/manifest.ts';

export const ROOT = resolve(__dirname, '../..');
export const LOCK_FILE = '.framescope.lock';

const made: string[] = [];

/** A fresh temporary folder, removed by cleanUp(). */
export function tmp(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), `framescope-faults-${prefix}-`));
  made.push(dir);
  return dir;
}

export function cleanUp(): void {
  for (const d of made.splice(0)) rmSync(d, { recursive: true, force: true });
}

/** The first `n` State Department documents of the demo corpus with their metadata rows, in a new folder. */
export function smallCorpus(n: number): string {
  const src = join(ROOT, 'corpus');
  const dir = join(tmp('corpus'), 'corpus');
  mkdirSync(dir);
  const docs = readdirSync(src).filter((f) => f.startsWith('usdos-') && f.endsWith('.txt')).sort().slice(0, n);
  for (const f of docs) copyFileSync(join(src, f), join(dir, f));
  const ids = new Set(docs.map((f) => f.slice(0, -4)));
  const lines = readFileSync(join(src, 'metadata.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'metadata.csv'), `${[lines[0], ...lines.slice(1).filter((l) => ids.has(l.split(',')[0]!))].join('\n')}\n`);
  return dir;
}

export interface Exit { code: number | null; signal: NodeJS.Signals | null; stdout: string; stderr: string }

/** `node --import tsx src/analyze.ts ARGS` (no npx: a SIGKILL must reach the process that writes). */
export function start(args: string[], env: Record<string, string> = {}): ChildProcess & { exited: Promise<Exit> } {
  const child = spawn(process.execPath, ['--import', 'tsx', join(ROOT, 'src/analyze.ts'), ...args], { cwd: ROOT, env: { ...process.env, ...env } });
  let stdout = '', stderr = '';
  child.stdout!.on('data', (d) => { stdout += d; });
  child.stderr!.on('data', (d) => { stderr += d; });
  const exited = new Promise<Exit>((done) => child.on('close', (code, signal) => done({ code, signal, stdout, stderr })));
  return Object.assign(child, { exited });
}

export function cli(args: string[], env: Record<string, string> = {}): Promise<Exit> {
  return start(args, env).exited;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** Resolves when `file` exists (true) or the child has exited first (false). */
export async function appears(file: string, exited: Promise<Exit>): Promise<boolean> {
  let over = false;
  void exited.then(() => { over = true; });
  for (;;) {
    if (existsSync(file)) return true;
    if (over) return false;
    await sleep(5);
  }
}

/** Every file under dir, relative, '/' separators, dot-names included. */
export function allFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.sort();
}

export interface RunInPlace { fingerprint: string; outputs: Record<string, string> }

/**
 * The run in OUT as verify sees it (a finished run whose move was cut short is completed first): every listed file
 * has its hash, and OUT holds nothing else of framescope's (the cache and a dead run's lock or staging folder aside).
 */
export async function runInPlace(out: string): Promise<RunInPlace> {
  await settleForReading(out, () => {});
  const v = verifyOutputs(out);
  if (v.changed.length + v.missing.length + v.added.length > 0) throw new Error(`${out}: not one complete run: ${JSON.stringify(v)}`);
  const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { run_fingerprint: string; outputs: Record<string, string> };
  const visible = allFiles(out).filter((f) => !f.split('/').some((p) => p.startsWith('.')));
  const expected = [...Object.keys(m.outputs), 'manifest.json', 'run.json'].sort();
  if (JSON.stringify(visible) !== JSON.stringify(expected)) throw new Error(`${out}: files ${JSON.stringify(visible)} are not the run's ${JSON.stringify(expected)}`);
  return { fingerprint: m.run_fingerprint, outputs: m.outputs };
}

/** What an interrupted run can leave: its lock, staging folder, temporary and scratch files (the cache itself is kept). */
export function leftovers(out: string): string[] {
  return allFiles(out).filter((f) => f.startsWith('.framescope') || f.endsWith('.tmp') || /(^|\/)\.(documents\.jsonl|sentence-scores\.bin)$/.test(f) || (f.startsWith('.') && !f.startsWith('.cache/')));
}
