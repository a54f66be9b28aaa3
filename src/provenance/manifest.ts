// manifest.json: what made a run (fingerprinted) and when/where it ran (the `run` section, never fingerprinted).
import { createHash } from 'node:crypto';
import { closeSync, existsSync, openSync, readdirSync, readFileSync, readSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { canonicalJson, sha256, sha256File } from './hash.ts';

export const MANIFEST = 'manifest.json';
/** When, where and from which checkout a run ran: beside the manifest, outside every fingerprint and hash, git-ignored. */
export const RUN_INFO = 'run.json';

export interface ManifestInputs {
  /** the package version and the code fingerprint (src/, package.json, package-lock.json) */
  framescope: { version: string; code: string };
  environment: { node: string; libraries: Record<string, string> };
  corpus: {
    fingerprint: string;
    documents_read: number;
    documents_analysed: number;
    documents_rejected: number;
    documents_without_date: number;
    /** files of the corpus folder left out by --filter (not read) */
    files_filtered_out: number;
    /** ids of documents with no value for the grouping field (they form the group "(none)") */
    documents_without_group: string[];
    documents_not_latin: { id: string; script: string }[];
    documents_not_english: { id: string; by: string }[];
    documents_without_words: string[];
    documentation_files: string[];
    words: number;
    sentences: number;
    documents: { id: string; fingerprint: string }[];
  };
  /** the lexicon of the run (several --lexicon files: combined, with each file in sources) */
  lexicon: { name: string; version: string; file: string; format?: string; sha256: string; sources?: { file: string; format: string; name: string; version: string; sha256: string }[]; categories: number; entries: number; validation?: string; negation: { name: string; version: string; file: string; sha256: string }; warnings?: string[] };
  boilerplate: { file: string; sha256: string };
  /** the stop words left out of keyword and collocate lists (lexicons/stopwords.txt) */
  stopwords: { file: string; sha256: string };
  options: Record<string, unknown>;
}

export interface Manifest extends ManifestInputs {
  run_fingerprint: string;
  outputs: Record<string, string>;
}

/** The run fingerprint: sha256 of everything that determines the results, and nothing else. */
export function runFingerprint(inputs: ManifestInputs): string {
  const hash = createHash('sha256');
  for (const piece of canonicalPieces(inputs, 0)) hash.update(piece);
  return hash.digest('hex');
}

// The document list is the one part of a manifest that grows with the corpus (60,000 entries at 20 M words):
// it is written in pieces, never as one string, around the canonical JSON of everything else.
const DOCUMENTS = '\u0000documents\u0000';
// Small pieces (~30 kB) stay in V8's young generation and are freed at once; 150 kB ones lingered until a full GC.
const DOCS_PER_PIECE = 200;

/** canonicalJson(inputs, indent) as pieces whose concatenation is exactly that text (tested), made one at a time. */
function* canonicalPieces(inputs: ManifestInputs, indent: 0 | 2): Generator<string> {
  const docs = inputs.corpus.documents;
  const text = canonicalJson({ ...inputs, corpus: { ...inputs.corpus, documents: DOCUMENTS } }, indent);
  const marker = JSON.stringify(DOCUMENTS);
  const at = text.indexOf(marker);
  if (at < 0 || text.indexOf(marker, at + 1) >= 0) throw new Error('internal error: manifest document list placeholder');
  yield text.slice(0, at);
  if (docs.length === 0) yield '[]';
  else {
    // Entries as JSON.stringify writes them inside corpus.documents: two levels deep, keys in order.
    const entry = indent === 0
      ? (d: { id: string; fingerprint: string }) => `{"fingerprint":${JSON.stringify(d.fingerprint)},"id":${JSON.stringify(d.id)}}`
      : (d: { id: string; fingerprint: string }) => `\n      {\n        "fingerprint": ${JSON.stringify(d.fingerprint)},\n        "id": ${JSON.stringify(d.id)}\n      }`;
    for (let i = 0; i < docs.length; i += DOCS_PER_PIECE) {
      const end = Math.min(docs.length, i + DOCS_PER_PIECE);
      const parts: string[] = [];
      for (let k = i; k < end; k++) parts.push(entry(docs[k]!));
      yield (i === 0 ? '[' : ',') + parts.join(',');
    }
    yield indent === 0 ? ']' : '\n    ]';
  }
  yield text.slice(at + marker.length);
}

/** Every file under `dir` except the manifest, as sorted relative paths with '/' separators. */
export function outputFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== MANIFEST && f !== RUN_INFO).sort();
}

export function hashOutputs(dir: string, files: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) out[f] = sha256File(join(dir, f));
  return out;
}

export function manifestJson(m: Manifest): string {
  return [...manifestPieces(m)].join('');
}

/** manifest.json's text in pieces, made one at a time (written one after another: a long document list is never one string). */
export function* manifestPieces(m: Manifest): Generator<string> {
  // Keys in a fixed, readable order.
  for (const piece of canonicalPieces(m as ManifestInputs, 2)) yield piece;
  yield '\n';
}

// The outputs section stands near the end of a manifest (before run_fingerprint): a tail this long holds it.
const TAIL_BYTES = 1 << 20;
const OUTPUTS_KEY = '\n  "outputs": {';

/**
 * The output files a manifest lists. Read from the end of the file, where manifestPieces writes them: a
 * 63,000-document manifest is 7 MB, and parsing it whole at the end of a run raised the peak by 16 MB.
 * A manifest not laid out that way is parsed whole. Throws on a file that is not a manifest.
 */
export function listedOutputs(file: string): string[] {
  const size = statSync(file).size;
  if (size > TAIL_BYTES) {
    const fd = openSync(file, 'r');
    const tail = Buffer.alloc(TAIL_BYTES);
    try {
      readSync(fd, tail, 0, TAIL_BYTES, size - TAIL_BYTES);
    } finally {
      closeSync(fd);
    }
    // A character cut at the tail's first byte decodes as U+FFFD, far before the outputs section.
    const text = tail.toString('utf8');
    const start = text.lastIndexOf(OUTPUTS_KEY);
    const end = start < 0 ? -1 : text.indexOf('\n  }', start);
    if (end >= 0) return Object.keys((JSON.parse(`{${text.slice(start, end + 4)}}`) as { outputs: Record<string, string> }).outputs);
  }
  const m = JSON.parse(readFileSync(file, 'utf8')) as { outputs?: Record<string, string> };
  return Object.keys(m.outputs ?? {});
}

export interface VerifyResult {
  changed: string[]; missing: string[]; added: string[];
  /** the outputs listed and manifest.json itself */
  checked: number;
}

/**
 * Recomputes the hash of every output listed in DIR/manifest.json, and the run fingerprint from the manifest's
 * own record of the run: an edit to manifest.json itself (a seed, a count) shows as `manifest.json` changed.
 */
export function verifyOutputs(dir: string): VerifyResult {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new Error(`${file}: no manifest.json in this folder`);
  let m: Manifest;
  try {
    m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  } catch (e) {
    throw new Error(`${file}: not readable JSON (${(e as Error).message})`);
  }
  if (m === null || typeof m !== 'object' || m.outputs === null || typeof m.outputs !== 'object' || typeof m.run_fingerprint !== 'string') {
    throw new Error(`${file}: not a framescope manifest (no outputs and run_fingerprint)`);
  }
  const changed: string[] = [], missing: string[] = [];
  const { run_fingerprint: fingerprint, outputs: _outputs, ...inputs } = m;
  if (runFingerprint(inputs as ManifestInputs) !== fingerprint) changed.push(MANIFEST);
  for (const [f, hash] of Object.entries(m.outputs)) {
    const p = join(dir, f);
    if (!existsSync(p)) missing.push(f);
    else if (!statSync(p).isFile() || sha256File(p) !== hash) changed.push(f);
  }
  const added = outputFiles(dir).filter((f) => !(f in m.outputs));
  return { changed, missing, added, checked: Object.keys(m.outputs).length + 1 };
}
