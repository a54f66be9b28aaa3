// documents.csv: every analysed document, its rows spooled to disk while the corpus is folded.
import { createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { KNOWN_FIELDS } from '../corpus/index.ts';
import { CsvSink, type Row } from '../tables/csv.ts';
import { KNOWN_METADATA } from '../tables/schema.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import type { PolarityColumns } from '../engine/summary.ts';

export function documentColumns(state: CorpusState, pol: PolarityColumns): string[] {
  return [
    'doc_id', 'path', ...KNOWN_METADATA, ...[...state.freeFields].sort().map((f) => `meta_${f}`),
    'fingerprint', 'n_words', 'n_sentences', 'boilerplate_lines', 'n_hits', 'language_detected',
    ...pol.flatMap((p) => [`${p.scorer}_mean`, `${p.scorer}_share_negative`]),
  ];
}

/** Turns the spooled records (one JSON line each, in corpus order) into documents.csv. */
export async function writeDocumentsCsv(spool: string, path: string, columns: string[]): Promise<void> {
  const sink = new CsvSink(path, columns);
  const rl = createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity });
  let chunk: Row[] = [];
  for await (const line of rl) {
    if (line === '') continue;
    const { row, meta } = JSON.parse(line) as { row: Row; meta: Record<string, string> };
    for (const [k, v] of Object.entries(meta)) row[(KNOWN_FIELDS as readonly string[]).includes(k) ? k : `meta_${k}`] = v;
    chunk.push(row);
    if (chunk.length === 1000) { sink.append(chunk); chunk = []; }
  }
  sink.append(chunk);
  sink.close();
  rmSync(spool, { force: true });
}
