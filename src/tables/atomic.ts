import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * The temporary name a file is written under before it is renamed into place: in the same folder (made if
 * missing), so the rename is atomic, and unique per process and thread: two workers caching documents with
 * the same text write the same entry.
 */
export function tempPath(path: string): string {
  mkdirSync(dirname(path), { recursive: true });
  return join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.tmp`);
}

/** Writes a file under its temporary name, then renames it into place. */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  const tmp = tempPath(path);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** writeFileAtomic for text given in pieces, written one after another. */
export function writePiecesAtomic(path: string, pieces: Iterable<string>): void {
  const tmp = tempPath(path);
  const fd = openSync(tmp, 'w');
  try {
    for (const p of pieces) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
