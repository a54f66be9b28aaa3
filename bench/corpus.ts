// Scaled benchmark corpora: the documents of a source corpus repeated under new ids, with their metadata rows.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { documentId, isDocumentPath, openCorpus } from '../src/corpus/index.ts';

export interface ScaledCorpus {
  dir: string;
  copies: number;
  documents: number;
}

// A CSV field quoted only when it must be (RFC 4180).
function csvField(v: string): string {
  return /[",\r\n]/.test(v) ? `"${v.replace(/"/g, '""')}"` : v;
}

/** Copy prefix of repetition `r`: zero-padded so code-point order keeps copies together. */
export function copyId(r: number, id: string): string {
  return `x${String(r).padStart(4, '0')}-${id}`;
}

/** Number of copies of a corpus of `baseWords` words needed to reach at least `targetWords`. */
export function copiesFor(targetWords: number, baseWords: number): number {
  if (baseWords <= 0) throw new Error('copiesFor: the source corpus has no words');
  return Math.max(1, Math.ceil(targetWords / baseWords));
}

/**
 * Writes `copies` repetitions of every document of `source` into `dir` (flat, `x0001-<id>.txt`, ...)
 * and a metadata.csv whose rows are the source rows under the new ids; documentation files are left out.
 */
export function buildScaledCorpus(source: string, dir: string, copies: number): ScaledCorpus {
  const corpus = openCorpus(source);
  const docs = corpus.files.filter(isDocumentPath).map((f) => ({
    ext: f.slice(f.lastIndexOf('.')),
    id: documentId(f),
    text: readFileSync(join(corpus.dir, f)),
  }));
  if (docs.some((d) => d.id.includes('/'))) throw new Error(`buildScaledCorpus: ${source} has documents in subfolders; only flat corpora are supported`);
  mkdirSync(dir, { recursive: true });
  const fields = corpus.metadataFields;
  const rows: string[] = fields.length > 0 ? [fields.map(csvField).join(',')] : [];
  for (let r = 1; r <= copies; r++) {
    for (const d of docs) {
      const id = copyId(r, d.id);
      writeFileSync(join(dir, `${id}${d.ext}`), d.text);
      const meta = corpus.metadata.get(d.id);
      if (fields.length > 0 && meta) rows.push(fields.map((c) => csvField(c === 'id' ? id : meta.fields[c] ?? '')).join(','));
    }
  }
  if (rows.length > 0) writeFileSync(join(dir, 'metadata.csv'), `${rows.join('\n')}\n`);
  return { dir, copies, documents: docs.length * copies };
}
