// Opening a corpus folder: the sorted list of files to load, and the metadata.csv table.
import { existsSync, readdirSync, readFileSync, realpathSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { CorpusError } from './document.ts';
import { parseMetadataCsv } from './metadata.ts';

export interface Corpus {
  /** Absolute path of the corpus folder. */
  dir: string;
  /** Every file to load (documents and files loadDocument will reject), relative, '/' separators, code-point order. */
  files: string[];
  /** metadata.csv rows by id. */
  metadata: Map<string, { fields: Record<string, string>; line: number }>;
  /** Absolute path of metadata.csv, when there is one. */
  metadataFile?: string;
  /** Columns of metadata.csv, in file order. */
  metadataFields: string[];
  /** metadata.csv ids that match no document, in file order. */
  unmatchedMetadata: string[];
  /** Top-level files that document the corpus (README.md, SOURCE.md, ...): listed, never analysed. */
  documentation: string[];
}

export const METADATA_FILE = 'metadata.csv';
/** A corpus's own documentation at its top level (README, SOURCE, LICENSE, CHANGELOG, CITATION, NOTICE, any case, any extension) is not a communiqué. */
const DOCUMENTATION = /^(readme|source|licen[cs]e|changelog|citation|notice)(\.[a-z]+)?$/i;
const DOCUMENT_EXT = /\.(txt|md)$/i;

/** True for a path loadDocument treats as a document (.txt or .md, any case). */
export function isDocumentPath(path: string): boolean {
  return DOCUMENT_EXT.test(path);
}

/** Document id: the relative path without its extension. */
export function documentId(path: string): string {
  return path.replace(/\.[^./]*$/, '');
}

/** Plain code-point order (UTF-8 byte order equals code-point order; JS `<` compares UTF-16 units, localeCompare follows a locale). */
export function compareCodePoints(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) {
    let x = a.charCodeAt(i);
    let y = b.charCodeAt(i);
    if (x === y) continue;
    // UTF-16 puts surrogates (code points above U+FFFF) before U+E000–U+FFFF; code-point order puts them after.
    if (x >= 0xd800) x += x < 0xe000 ? 0x2000 : -0x800;
    if (y >= 0xd800) y += y < 0xe000 ? 0x2000 : -0x800;
    return x - y;
  }
  return a.length - b.length;
}

/** Lists a corpus folder and reads its metadata.csv; throws CorpusError for a missing folder or a broken metadata.csv. */
export function openCorpus(dir: string): Corpus {
  const root = resolve(dir);
  if (!existsSync(root)) throw new CorpusError(`corpus folder not found: ${dir}`);
  if (!statSync(root).isDirectory()) throw new CorpusError(`corpus path is not a folder: ${dir}`);

  const files: string[] = [];
  walk(root, '', files, new Set([realpathSync(root)]));
  const listed = [...files].sort(compareCodePoints);
  const documentation = listed.filter((f) => DOCUMENTATION.test(f));
  const sorted = listed.filter((f) => !DOCUMENTATION.test(f));

  const metaPath = join(root, METADATA_FILE);
  const corpus: Corpus = { dir: root, files: sorted, metadata: new Map(), metadataFields: [], unmatchedMetadata: [], documentation };
  if (existsSync(metaPath) && statSync(metaPath).isFile()) {
    const table = parseMetadataCsv(readFileSync(metaPath), METADATA_FILE);
    corpus.metadataFile = metaPath;
    corpus.metadata = table.rows;
    corpus.metadataFields = table.columns;
    const ids = new Set(sorted.filter(isDocumentPath).map(documentId));
    corpus.unmatchedMetadata = [...table.rows.keys()].filter((id) => !ids.has(id));
  }
  return corpus;
}

/** Collects files under `abs`; skips dotfiles and dot-folders, follows symlinks once, and leaves out the top metadata.csv. */
function walk(abs: string, rel: string, out: string[], seen: Set<string>): void {
  // In code-point order, not the file system's: a folder reached twice (a symlink to it) is then always listed
  // under the same name on every machine.
  const entries = readdirSync(abs, { withFileTypes: true }).sort((a, b) => compareCodePoints(a.name, b.name));
  for (const entry of entries) {
    if (entry.name.startsWith('.')) continue;
    const childAbs = join(abs, entry.name);
    const childRel = rel === '' ? entry.name : `${rel}/${entry.name}`;
    let isDir = entry.isDirectory();
    let isFile = entry.isFile();
    if (entry.isSymbolicLink()) {
      try {
        const st = statSync(childAbs);
        isDir = st.isDirectory();
        isFile = st.isFile();
      } catch {
        isFile = true; // a broken link: listed, so loadDocument rejects it with a reason instead of dropping it
      }
    }
    if (isDir) {
      const real = realpathSync(childAbs);
      if (seen.has(real)) continue; // a symlink loop
      seen.add(real);
      walk(childAbs, childRel, out, seen);
    } else if (isFile) {
      if (childRel === METADATA_FILE) continue;
      out.push(childRel);
    }
  }
}
