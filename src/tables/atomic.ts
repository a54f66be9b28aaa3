import { closeSync, mkdirSync, openSync, renameSync, writeFileSync, writeSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { threadId } from 'node:worker_threads';

/**
 * Writes a file under a temporary name in the same folder, then renames it into place. The name is
 * unique per process and thread: two workers caching documents with the same text write the same entry.
 */
export function writeFileAtomic(path: string, data: string | Uint8Array): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.tmp`);
  writeFileSync(tmp, data);
  renameSync(tmp, path);
}

/** writeFileAtomic for text given in pieces, written one after another. */
export function writePiecesAtomic(path: string, pieces: Iterable<string>): void {
  mkdirSync(dirname(path), { recursive: true });
  const tmp = join(dirname(path), `.${basename(path)}.${process.pid}.${threadId}.tmp`);
  const fd = openSync(tmp, 'w');
  try {
    for (const p of pieces) writeSync(fd, p);
  } finally {
    closeSync(fd);
  }
  renameSync(tmp, path);
}
