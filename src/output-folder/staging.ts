// All or nothing per run: a run writes into a staging folder inside OUT, flushes it, writes a commit record, and only
// then moves its files into place, the manifest last. A staging folder without a commit record is debris of a run that
// did not finish; one with a record is a finished run whose move was cut short, and is completed (rolled forward).
import { closeSync, existsSync, fsyncSync, mkdirSync, mkdtempSync, openSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { listedOutputs, MANIFEST } from '../provenance/manifest.ts';

export const STAGING_PREFIX = '.framescope-staging-';
/** Written last into a staging folder: its files are complete and flushed, and which of OUT's files they replace. */
const COMMIT = '.commit.json';

interface CommitRecord {
  format: 'framescope-commit/1';
  /** files relative to the staging folder, in the order they are moved; the last one marks the run as in place */
  files: string[];
  /** files of the previous run (listed in its manifest) that this run did not write: removed before the last move */
  stale: string[];
}

export interface CommitPlan {
  files: string[];
  /** moved after every other file (the manifest, or a partial result's header) */
  last: string;
  /** remove the files the previous manifest listed and this run did not write */
  replaceListed: boolean;
}

// Test-only fault injection (tests/faults): `enospc-after:N` fails the flush of file N+1 as a full disk does;
// `kill-after-moves:N` kills the process after N files are moved into place.
const FAULT = /^(enospc-after|kill-after-moves):(\d+)$/.exec(process.env.FRAMESCOPE_FAULT ?? '');
const faultAt = (kind: string): number => (FAULT && FAULT[1] === kind ? Number(FAULT[2]) : -1);

/** A path from a manifest that stays inside OUT (a hostile manifest must not make a run remove files elsewhere). */
function insideOut(f: string): boolean {
  return f !== '' && !f.startsWith('/') && !f.includes('\\') && !f.split('/').some((p) => p === '' || p === '.' || p === '..' || p.startsWith('.'));
}

function fsyncPath(path: string): void {
  const fd = openSync(path, 'r');
  try {
    fsyncSync(fd);
  } finally {
    closeSync(fd);
  }
}

/** Flushes a folder's entries (new names, removed names); platforms that cannot open a folder for fsync are skipped. */
function fsyncDir(dir: string): void {
  try {
    fsyncPath(dir);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code !== 'EISDIR' && code !== 'EINVAL' && code !== 'EPERM' && code !== 'EBADF') throw e;
  }
}

function flush(dir: string, files: string[]): void {
  const enospc = faultAt('enospc-after');
  files.forEach((f, i) => {
    if (i === enospc) throw Object.assign(new Error(`ENOSPC: no space left on device, fsync '${join(dir, f)}'`), { code: 'ENOSPC', syscall: 'fsync', path: join(dir, f) });
    fsyncPath(join(dir, f));
  });
  for (const d of new Set(files.map((f) => dirname(join(dir, f))))) fsyncDir(d);
  fsyncDir(dir);
}

export class Staging {
  // Ctrl-C ends the process through process.exit, past every finally: the folder is removed on the way out.
  private readonly onExit = () => this.discard();

  private constructor(readonly out: string, readonly dir: string) {
    process.on('exit', this.onExit);
  }

  /** A fresh staging folder inside OUT (same file system, so the moves are renames; a dot-name, so verify skips it). */
  static open(out: string): Staging {
    mkdirSync(out, { recursive: true });
    return new Staging(out, mkdtempSync(join(out, `${STAGING_PREFIX}${process.pid}-`)));
  }

  /** Flushes every file, records the commit, and moves the files into OUT. */
  commit(plan: CommitPlan): void {
    const files = [...new Set(plan.files.filter((f) => f !== plan.last)), plan.last];
    flush(this.dir, files);
    const written = new Set(files);
    const stale = plan.replaceListed ? previousOutputs(this.out).filter((f) => !written.has(f)) : [];
    const record: CommitRecord = { format: 'framescope-commit/1', files, stale };
    writeFileSync(join(this.dir, COMMIT), `${JSON.stringify(record)}\n`);
    fsyncPath(join(this.dir, COMMIT));
    fsyncDir(this.dir);
    completeCommit(this.out, this.dir);
  }

  /** Removes the staging folder (nothing of it was moved into place unless commit ran). */
  discard(): void {
    process.off('exit', this.onExit);
    rmSync(this.dir, { recursive: true, force: true });
  }
}

/** The files the manifest now in OUT lists (none if there is none, or it cannot be read). */
function previousOutputs(out: string): string[] {
  const file = join(out, MANIFEST);
  if (!existsSync(file)) return [];
  try {
    return listedOutputs(file).filter(insideOut);
  } catch {
    return [];
  }
}

/** Moves a committed staging folder's files into OUT (those already moved are skipped), then removes the folder. */
function completeCommit(out: string, dir: string): void {
  const record = JSON.parse(readFileSync(join(dir, COMMIT), 'utf8')) as CommitRecord;
  if (record.format !== 'framescope-commit/1') throw new Error(`${join(dir, COMMIT)}: unknown commit record format`);
  const kill = faultAt('kill-after-moves');
  const touched = new Set<string>([out]);
  let moved = 0;
  record.files.forEach((f, i) => {
    if (!insideOut(f)) throw new Error(`${join(dir, COMMIT)}: file ${JSON.stringify(f)} is not inside the output folder`);
    if (i === record.files.length - 1) {
      for (const s of record.stale) if (insideOut(s)) rmSync(join(out, s), { force: true });
    }
    const from = join(dir, f);
    if (!existsSync(from)) return;
    if (moved === kill) process.kill(process.pid, 'SIGKILL');
    const to = join(out, f);
    mkdirSync(dirname(to), { recursive: true });
    renameSync(from, to);
    touched.add(dirname(to));
    moved++;
  });
  if (moved === kill) process.kill(process.pid, 'SIGKILL');
  for (const d of touched) fsyncDir(d);
  rmSync(dir, { recursive: true, force: true });
}

/** Staging folders in OUT: finished ones (with a commit record) and debris. */
function stagingFolders(out: string): { dir: string; committed: boolean }[] {
  let names: string[];
  try {
    names = readdirSync(out);
  } catch {
    return [];
  }
  return names.filter((n) => n.startsWith(STAGING_PREFIX)).sort().map((n) => ({ dir: join(out, n), committed: existsSync(join(out, n, COMMIT)) }));
}

/** True when a finished run is waiting to be moved into place (verify completes it first). */
export function commitPending(out: string): boolean {
  return stagingFolders(out).some((s) => s.committed);
}

/** Completes every committed staging folder and removes the others; each reported in one line. Call holding the lock. */
export function settleStaging(out: string, notice: (line: string) => void): void {
  for (const s of stagingFolders(out)) {
    if (s.committed) {
      completeCommit(out, s.dir);
      notice(`${out}: moved into place the outputs of a run interrupted after it had finished writing them (${s.dir})`);
    } else {
      rmSync(s.dir, { recursive: true, force: true });
      notice(`${out}: removed the unfinished outputs of an interrupted run (${s.dir})`);
    }
  }
}
