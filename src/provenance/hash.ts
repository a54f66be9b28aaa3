import { createHash } from 'node:crypto';
import { closeSync, openSync, readSync } from 'node:fs';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

let chunk: Buffer | null = null;

/** sha256 of a file, read in 1 MiB chunks so large tables are never held whole. */
export function sha256File(path: string): string {
  const hash = createHash('sha256');
  // One read buffer for every file hashed (a run hashes each output): not 1 MiB of garbage per file.
  const buf = (chunk ??= Buffer.allocUnsafe(1 << 20));
  const fd = openSync(path, 'r');
  try {
    for (let n = readSync(fd, buf); n > 0; n = readSync(fd, buf)) hash.update(buf.subarray(0, n));
  } finally {
    closeSync(fd);
  }
  return hash.digest('hex');
}

/** JSON with object keys sorted at every level: the same data always gives the same bytes. */
export function canonicalJson(value: unknown, indent = 0): string {
  return JSON.stringify(sortKeys(value), null, indent);
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const k of Object.keys(value).sort()) out[k] = sortKeys((value as Record<string, unknown>)[k]);
    return out;
  }
  return value;
}

const FINGERPRINTS_PER_PIECE = 1024;

/** Corpus fingerprint: sha256 over the sorted document fingerprints, one per line. */
export function corpusFingerprint(documentFingerprints: readonly string[]): string {
  const sorted = [...documentFingerprints].sort();
  const hash = createHash('sha256');
  // Hashed in pieces: at 63,000 documents the joined text and its UTF-8 copy were 8 MB at once, at the run's peak.
  for (let i = 0; i < sorted.length; i += FINGERPRINTS_PER_PIECE) {
    const end = Math.min(sorted.length, i + FINGERPRINTS_PER_PIECE);
    hash.update((i === 0 ? '' : '\n') + sorted.slice(i, end).join('\n'));
  }
  return hash.digest('hex');
}
