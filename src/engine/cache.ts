// Per-document cache keyed by everything that shapes a DocumentAnalysis; entries are data from disk, checked before use.
import { closeSync, constants, fstatSync, mkdirSync, openSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../corpus/index.ts';
import { canonicalJson, sha256 } from '../provenance/hash.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import { analysisShapeProblem, type DocumentAnalysis } from './document-analysis.ts';

/** The parts of an analysis that depend on the text alone (id, path and metadata are re-attached on read). */
type CachedAnalysis = Omit<DocumentAnalysis, 'id' | 'path' | 'meta'>;

export type CacheLookup =
  | { status: 'hit'; analysis: DocumentAnalysis }
  | { status: 'miss' | 'corrupt' };

/** Entries larger than this are not read (an analysis of a 20 MB document is far smaller). */
export const CACHE_ENTRY_MAX_BYTES = 256 * 2 ** 20;

// No symbolic link is followed (a link to /dev/zero would be read forever); a FIFO opens without waiting for a writer.
const OPEN_FLAGS = constants.O_RDONLY | constants.O_NOFOLLOW | constants.O_NONBLOCK;

/** The bytes of a cache entry, or null when it is absent, and 'bad' when it is not a regular file of a sane size. */
function readEntry(file: string, maxBytes: number): Buffer | null | 'bad' {
  let fd: number;
  try {
    fd = openSync(file, OPEN_FLAGS);
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'ENOENT' ? null : 'bad';
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile() || st.size > maxBytes) return 'bad';
    return readFileSync(fd);
  } catch {
    return 'bad';
  } finally {
    closeSync(fd);
  }
}

/**
 * The cache folder may be moved, copied or shared between output folders: a key depends only on the
 * settings and the document's text, never on where the cache or the document is.
 */
export class AnalysisCache {
  private readonly salt: string;

  /** `settings` must hold every input of per-document analysis other than the text (versions, lexicon hash, options). */
  constructor(readonly dir: string, settings: Record<string, unknown>, private readonly maxBytes = CACHE_ENTRY_MAX_BYTES) {
    this.salt = sha256(canonicalJson(settings));
  }

  key(doc: Document): string {
    return sha256(`${this.salt}\n${doc.fingerprint}`);
  }

  private path(key: string): string {
    return join(this.dir, key.slice(0, 2), `${key}.json`);
  }

  get(doc: Document): CacheLookup {
    const key = this.key(doc);
    const bytes = readEntry(this.path(key), this.maxBytes);
    if (bytes === null) return { status: 'miss' };
    if (bytes === 'bad') return { status: 'corrupt' };
    try {
      const nl = bytes.indexOf(0x0a);
      if (nl < 0) return { status: 'corrupt' };
      const head = JSON.parse(bytes.toString('utf8', 0, nl)) as { key: unknown; sha256: unknown };
      const payload = bytes.subarray(nl + 1);
      // A stale key or a payload whose checksum fails is recomputed, never used.
      if (head?.key !== key || sha256(payload) !== head.sha256) return { status: 'corrupt' };
      const cached = JSON.parse(payload.toString('utf8')) as CachedAnalysis;
      // A payload of another shape (another version's, or made by hand with a right checksum) is not used either.
      if (analysisShapeProblem(cached, true) !== null || cached.fingerprint !== doc.fingerprint) return { status: 'corrupt' };
      return { status: 'hit', analysis: { ...cached, id: doc.id, path: doc.path, meta: doc.meta, boilerplateLines: doc.boilerplateLines } };
    } catch {
      return { status: 'corrupt' };
    }
  }

  /** An entry is a line of JSON, `{"key":…,"sha256":…}`, then the payload's JSON as it is (not escaped into a string). */
  put(doc: Document, a: DocumentAnalysis): void {
    const key = this.key(doc);
    const { id: _id, path: _path, meta: _meta, ...rest } = a;
    const payload = Buffer.from(JSON.stringify(rest), 'utf8');
    const head = Buffer.from(`${JSON.stringify({ key, sha256: sha256(payload) })}\n`, 'utf8');
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    writeFileAtomic(this.path(key), Buffer.concat([head, payload]));
  }
}
