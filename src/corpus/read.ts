// readCorpus: a corpus folder as documents in memory (the first verb of the library, src/index.ts).
import { DEFAULT_BOILERPLATE, NO_BOILERPLATE, readBoilerplateRules } from './boilerplate.ts';
import type { Document, Rejection } from './document.ts';
import { loadDocument, releaseFileContexts } from './load.ts';
import { openCorpus } from './open.ts';

export interface ReadCorpusOptions {
  /** boilerplate rules file (default: the bundled lexicons/boilerplate.yaml); null: strip nothing */
  boilerplate?: string | null;
}

export interface CorpusRead {
  dir: string;
  /** cleaned documents in the order the command reads them (sorted by path) */
  documents: Document[];
  /** files that were not read, with the reason: documents read = documents + rejected */
  rejected: Rejection[];
  /** the columns of metadata.csv, if there is one */
  metadataFields: string[];
}

/** Reads and cleans every document of a corpus folder as `npx tsx src/analyze.ts` does. */
export function readCorpus(dir: string, options: ReadCorpusOptions = {}): CorpusRead {
  const corpus = openCorpus(dir);
  const rules = options.boilerplate === null ? NO_BOILERPLATE : readBoilerplateRules(options.boilerplate ?? DEFAULT_BOILERPLATE);
  const documents: Document[] = [];
  const rejected: Rejection[] = [];
  for (const file of corpus.files) {
    const r = loadDocument(corpus, file, rules);
    if (r.ok) documents.push(r.document);
    else rejected.push(r.rejection);
  }
  releaseFileContexts(corpus);
  return { dir: corpus.dir, documents, rejected, metadataFields: corpus.metadataFields };
}
