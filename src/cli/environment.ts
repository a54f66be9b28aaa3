// Errors of the machine rather than of the input (disk full, read-only, permissions, too many open files): one line each.

/** Exit code of a run the system refused (distinct from 2, bad input). */
export const EXIT_ENVIRONMENT = 3;
/** Exit code of a run stopped because another run holds its output folder. */
export const EXIT_BUSY = 4;

// What each error means and what to do about it.
const ADVICE: Record<string, [string, string]> = {
  ENOSPC: ['no space left on the device', 'free some space or choose another --out'],
  EDQUOT: ['disk quota exceeded', 'free some space or choose another --out'],
  EROFS: ['read-only file system', 'choose an --out on a writable file system'],
  EACCES: ['permission denied', 'make it writable (readable, for the corpus) for this user or choose another folder'],
  EPERM: ['operation not permitted', 'make it writable (readable, for the corpus) for this user or choose another folder'],
  EEXIST: ['a file is in the way of a folder', '--out must be a folder: remove the file or choose another --out'],
  ENOTDIR: ['a file is in the way of a folder', '--out must be a folder: remove the file or choose another --out'],
  EISDIR: ['a folder is in the way of a file', 'move the folder away or choose another --out'],
  EMFILE: ['too many open files', 'raise the limit (ulimit -n) or use fewer --workers'],
  ENFILE: ['too many open files on the system', 'close other programs or use fewer --workers'],
  EIO: ['input/output error', 'check the disk'],
};

export interface EnvironmentFailure {
  code: string;
  path: string | undefined;
}

/** The error's code and path when it is one of the machine's; null for anything else (a bug keeps its stack trace). */
export function environmentFailure(e: unknown): EnvironmentFailure | null {
  const x = e as { code?: unknown; path?: unknown } | null;
  if (x === null || typeof x !== 'object' || typeof x.code !== 'string' || !(x.code in ADVICE)) return null;
  return { code: x.code, path: typeof x.path === 'string' ? x.path : undefined };
}

/** One line: the path, what happened, what to do, and that the earlier outputs are unchanged. */
export function environmentMessage(f: EnvironmentFailure, out: string | null): string {
  const [what, todo] = ADVICE[f.code]!;
  // When --out itself is not a folder there are no earlier outputs to speak of.
  const kept = out === null || f.code === 'EEXIST' || f.code === 'ENOTDIR' ? '' : `; the earlier outputs in ${out} are unchanged`;
  // A write to an open file reports no path: the output folder is then the place to look.
  return `${f.path ?? out ?? '(no path given)'}: ${what} (${f.code}): ${todo}${kept}`;
}
