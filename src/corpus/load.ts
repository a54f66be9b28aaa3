// Loading one corpus file into a Document, or a Rejection saying why it is not one.
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { BoilerplateRules } from './boilerplate.ts';
import { cleanText } from './clean.ts';
import type { Document, Rejection } from './document.ts';
import { isIsoDate, splitFrontMatter, type MetadataRow } from './metadata.ts';
import { documentId, isDocumentPath, METADATA_FILE, type Corpus } from './open.ts';

export type LoadResult = { ok: true; document: Document } | { ok: false; rejection: Rejection };

const UTF8 = new TextDecoder('utf-8', { fatal: true });
// First file of each id, per corpus: computed once, so loading n files stays O(n).
const owners = new WeakMap<Corpus, Map<string, string>>();

/** Reads, decodes, splits front matter, merges metadata (front matter wins), cleans and fingerprints one file of `corpus.files`. */
export function loadDocument(corpus: Corpus, file: string, rules: BoilerplateRules): LoadResult {
  const { row, owner } = fileContext(corpus, file);
  return loadFile(corpus.dir, file, row, owner, rules);
}

/** What loading a file needs of its corpus besides the folder: its metadata.csv row and the first file with its id. */
export interface FileContext { row: MetadataRow | undefined; owner: string | undefined }

export function fileContext(corpus: Corpus, file: string): FileContext {
  const id = documentId(file);
  return { row: corpus.metadata.get(id), owner: idOwners(corpus).get(id) };
}

/** The default --max-document-mb, in bytes. */
export const MAX_DOCUMENT_BYTES = 20e6;

/**
 * loadDocument with the corpus context given (a worker thread loads files without holding metadata.csv).
 * A file larger than `maxBytes` is rejected before it is read, so one huge file cannot exhaust memory.
 */
export function loadFile(
  dir: string, file: string, row: MetadataRow | undefined, owner: string | undefined, rules: BoilerplateRules, maxBytes = MAX_DOCUMENT_BYTES,
): LoadResult {
  const reject = (reason: string): LoadResult => ({ ok: false, rejection: { path: file, reason } });
  if (!isDocumentPath(file)) return reject('not a .txt or .md document');
  const id = documentId(file);
  if (owner !== undefined && owner !== file) return reject(`duplicate id "${id}": ${owner} already gives it`);

  let bytes: Buffer;
  try {
    const st = statSync(join(dir, file));
    // A FIFO or device would block or never end: only regular files are read.
    if (!st.isFile()) return reject('not a regular file');
    if (st.size > maxBytes) {
      return reject(`larger than the --max-document-mb limit of ${maxBytes / 1e6} MB (${(st.size / 1e6).toFixed(1)} MB); raise the limit to analyse it`);
    }
    bytes = readFileSync(join(dir, file));
  } catch (e) {
    // A name that is not valid UTF-8 is listed with U+FFFD in place of its bad bytes, a name no file has.
    if ((e as NodeJS.ErrnoException).code === 'ENOENT' && file.includes('\uFFFD')) return reject('file name is not valid UTF-8 (shown with \uFFFD for the bad bytes); rename the file');
    return reject(`cannot be read (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`);
  }
  if (bytes.length === 0) return reject('empty file');
  const nul = bytes.indexOf(0);
  if (nul >= 0) return reject(`binary file, not text (NUL byte at byte ${nul}; a UTF-16 text must be saved as UTF-8)`);
  let raw: string;
  try {
    raw = UTF8.decode(bytes);
  } catch {
    return reject(`not valid UTF-8 (line ${firstBadUtf8Line(bytes)}); save the file as UTF-8`);
  }
  if (raw.charCodeAt(0) === 0xfeff) raw = raw.slice(1);

  const split = splitFrontMatter(raw);
  if (!split.ok) return reject(`${file} line ${split.line}: ${split.reason}`);
  const fm = split.frontMatter;
  const meta: Record<string, string> = { ...(row?.fields ?? {}), ...(fm?.fields ?? {}) };

  if (meta.date !== undefined && !isIsoDate(meta.date)) {
    const where = fm?.fields.date !== undefined ? `${file} line ${fm.lines.date}` : `${METADATA_FILE} line ${row!.line}`;
    return reject(`${where}: date '${meta.date}' is not ISO 8601 (YYYY-MM-DD, YYYY-MM, YYYY or a full datetime)`);
  }

  const cleaned = cleanText(fm ? fm.body : raw, rules);
  if (cleaned.text === '') {
    const why = cleaned.boilerplateLines > 0 ? ` (${cleaned.boilerplateLines} boilerplate lines stripped)` : '';
    return reject(`empty after cleaning${why}`);
  }
  const document: Document = {
    id,
    path: file,
    meta,
    text: cleaned.text,
    fingerprint: createHash('sha256').update(cleaned.text, 'utf8').digest('hex'),
    boilerplateLines: cleaned.boilerplateLines,
    boilerplateByRule: cleaned.byRule,
  };
  return { ok: true, document };
}

/** Drops the id -> owning file table of a corpus (one entry a document) once its files have all been handed on; rebuilt if asked again. */
export function releaseFileContexts(corpus: Corpus): void {
  owners.delete(corpus);
}

function idOwners(corpus: Corpus): Map<string, string> {
  let map = owners.get(corpus);
  if (!map) {
    map = new Map();
    for (const f of corpus.files) {
      if (!isDocumentPath(f)) continue;
      const id = documentId(f);
      if (!map.has(id)) map.set(id, f);
    }
    owners.set(corpus, map);
  }
  return map;
}

/** Line of the first invalid UTF-8 sequence: byte 0x0A never occurs inside a multi-byte sequence, so lines decode alone. */
function firstBadUtf8Line(bytes: Buffer): number {
  let start = 0;
  for (let line = 1; ; line++) {
    const nl = bytes.indexOf(0x0a, start);
    const end = nl < 0 ? bytes.length : nl;
    try {
      UTF8.decode(bytes.subarray(start, end));
    } catch {
      return line;
    }
    if (nl < 0) return line;
    start = nl + 1;
  }
}
