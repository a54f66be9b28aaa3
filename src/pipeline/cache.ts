// Per-document cache keyed by everything that shapes a DocumentAnalysis; entries are checksummed, never trusted blindly.
import { existsSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Document } from '../corpus/index.ts';
import { canonicalJson, sha256 } from '../provenance/hash.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import type { DocumentAnalysis } from './document-analysis.ts';

/** The parts of an analysis that depend on the text alone (id, path and metadata are re-attached on read). */
type CachedAnalysis = Omit<DocumentAnalysis, 'id' | 'path' | 'meta'>;

export type CacheLookup =
  | { status: 'hit'; analysis: DocumentAnalysis }
  | { status: 'miss' | 'corrupt' };

export class AnalysisCache {
  private readonly salt: string;

  /** `settings` must hold every input of per-document analysis other than the text (versions, lexicon hash, options). */
  constructor(readonly dir: string, settings: Record<string, unknown>) {
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
    const file = this.path(key);
    if (!existsSync(file)) return { status: 'miss' };
    try {
      const entry = JSON.parse(readFileSync(file, 'utf8')) as { key: string; sha256: string; payload: string };
      // A stale key or a payload whose checksum fails is recomputed, never used.
      if (entry.key !== key || sha256(entry.payload) !== entry.sha256) return { status: 'corrupt' };
      const cached = JSON.parse(entry.payload) as CachedAnalysis;
      if (cached.fingerprint !== doc.fingerprint) return { status: 'corrupt' };
      return { status: 'hit', analysis: { ...cached, id: doc.id, path: doc.path, meta: doc.meta, boilerplateLines: doc.boilerplateLines } };
    } catch {
      return { status: 'corrupt' };
    }
  }

  put(doc: Document, a: DocumentAnalysis): void {
    const key = this.key(doc);
    const { id: _id, path: _path, meta: _meta, ...rest } = a;
    const payload = JSON.stringify(rest);
    mkdirSync(join(this.dir, key.slice(0, 2)), { recursive: true });
    writeFileAtomic(this.path(key), JSON.stringify({ key, sha256: sha256(payload), payload }));
  }
}
