// One run per output folder: OUT/.framescope.lock names its holder; a holder that is no longer running is taken over.
import { linkSync, mkdirSync, openSync, readFileSync, statSync, unlinkSync, writeFileSync, closeSync, writeSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';

export const LOCK = '.framescope.lock';

/** Another run holds the folder (exit code 4). */
export class BusyError extends Error {}

/** What the lock file says: enough to tell whether its holder still runs, and to name it to a user. */
export interface LockHolder {
  pid: number;
  host: string;
  /** ISO time the holder took the lock */
  started: string;
  /** the holder's start in clock ticks since boot (Linux /proc): tells a reused PID from the holder */
  start_ticks: string | null;
}

export interface LockOptions {
  /** wait for the holder to finish instead of throwing BusyError */
  wait: boolean;
  notice: (line: string) => void;
}

// A lock file that cannot be parsed is taken for one being written for this long, then for debris.
const UNREADABLE_GRACE_MS = 5000;
const POLL_MS = 250;

/** Fields 3 (state) and 22 (starttime) of /proc/PID/stat; null where there is no /proc. */
function procStat(pid: number): { state: string; startTicks: string } | null {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // The command name (field 2) may hold spaces and parentheses: fields are counted after its last ')'.
    const f = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return { state: f[0] ?? '', startTicks: f[19] ?? '' };
  } catch {
    return null;
  }
}

export function startTicks(pid: number): string | null {
  return procStat(pid)?.startTicks ?? null;
}

/** True unless the holder is known to be gone: another host's process cannot be checked, so it counts as running. */
export function holderRunning(h: LockHolder): boolean {
  if (h.host !== hostname()) return true;
  try {
    process.kill(h.pid, 0);
  } catch (e) {
    // EPERM: the process exists but belongs to another user.
    if ((e as NodeJS.ErrnoException).code !== 'EPERM') return false;
  }
  const now = procStat(h.pid);
  // A killed holder its parent has not yet reaped is a zombie: it writes nothing any more.
  if (now?.state === 'Z') return false;
  return h.start_ticks === null || now === null || now.startTicks === h.start_ticks;
}

export function describeHolder(h: LockHolder): string {
  return `PID ${h.pid} on ${h.host}, started ${h.started}`;
}

type Seen = { kind: 'gone' } | { kind: 'unreadable'; raw: string; ageMs: number } | { kind: 'held'; raw: string; holder: LockHolder };

function readLock(file: string): Seen {
  let raw: string;
  let ageMs: number;
  try {
    raw = readFileSync(file, 'utf8');
    ageMs = Date.now() - statSync(file).mtimeMs;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return { kind: 'gone' };
    throw e;
  }
  try {
    const h = JSON.parse(raw) as LockHolder;
    if (Number.isInteger(h.pid) && typeof h.host === 'string' && typeof h.started === 'string') return { kind: 'held', raw, holder: h };
  } catch {
    // not a lock framescope wrote whole
  }
  return { kind: 'unreadable', raw, ageMs };
}

/** Creates the lock file with its whole content at once (a hard link of a private file), or returns false if it exists. */
function create(file: string, text: string): boolean {
  const tmp = `${file}.${process.pid}.tmp`;
  writeFileSync(tmp, text);
  try {
    linkSync(tmp, file);
    return true;
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'EEXIST') return false;
    // File systems without hard links: an exclusive create, briefly empty (readLock's grace covers that).
    if (code !== 'EPERM' && code !== 'ENOTSUP' && code !== 'EOPNOTSUPP') throw e;
    let fd: number;
    try {
      fd = openSync(file, 'wx');
    } catch (e2) {
      if ((e2 as NodeJS.ErrnoException).code === 'EEXIST') return false;
      throw e2;
    }
    try { writeSync(fd, text); } finally { closeSync(fd); }
    return true;
  } finally {
    try { unlinkSync(tmp); } catch { /* already gone */ }
  }
}

/** Removes the lock file if it still holds `raw` (what this process read or wrote), so another's lock is never removed. */
function removeIf(file: string, raw: string): void {
  try {
    if (readFileSync(file, 'utf8') === raw) unlinkSync(file);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
  }
}

/** BusyError if a running framescope holds OUT's lock: said at once, before a run spends time reading its inputs. */
export function refuseIfBusy(out: string): void {
  const seen = readLock(join(out, LOCK));
  if (seen.kind === 'held' && holderRunning(seen.holder)) throw busy(out, describeHolder(seen.holder));
}

const busy = (out: string, who: string) => new BusyError(`${out} is in use by another framescope run (${who}); run again when it has finished, or add --wait`);

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/**
 * Takes OUT's lock (making OUT if missing) and returns its release. A running holder gives BusyError, or a wait
 * with `wait`; a holder that no longer runs (or an unreadable lock older than a few seconds) is taken over with a notice.
 * The lock is also released when the process exits.
 */
export async function lockFolder(out: string, o: LockOptions): Promise<() => void> {
  mkdirSync(out, { recursive: true });
  const file = join(out, LOCK);
  const me: LockHolder = { pid: process.pid, host: hostname(), started: new Date().toISOString(), start_ticks: startTicks(process.pid) };
  const text = `${JSON.stringify(me)}\n`;
  let waiting = false;
  for (;;) {
    if (create(file, text)) break;
    const seen = readLock(file);
    if (seen.kind === 'gone') continue;
    if (seen.kind === 'unreadable' && seen.ageMs > UNREADABLE_GRACE_MS) {
      o.notice(`${file}: not a lock framescope wrote; taken over`);
      removeIf(file, seen.raw);
      continue;
    }
    if (seen.kind === 'held' && !holderRunning(seen.holder)) {
      o.notice(`${out}: taking over the lock of a framescope run that is no longer running (${describeHolder(seen.holder)})`);
      removeIf(file, seen.raw);
      continue;
    }
    const who = seen.kind === 'held' ? describeHolder(seen.holder) : 'its lock is being written';
    if (!o.wait) throw busy(out, who);
    if (!waiting) o.notice(`waiting for the framescope run writing ${out} to finish (${who})`);
    waiting = true;
    await sleep(POLL_MS);
  }
  const release = () => {
    process.off('exit', release);
    removeIf(file, text);
  };
  process.on('exit', release);
  return release;
}
