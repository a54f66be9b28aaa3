// documents.csv: every analysed document, its rows spooled to disk while the corpus is folded.
import { createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { CsvSink, type Row } from '../tables/csv.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import { documentColumns, withMetadata, type PolarityColumns } from '../engine/document-rows.ts';

/** documents.csv's columns, with the free metadata fields the fold met. */
export function documentColumnsOf(state: CorpusState, pol: PolarityColumns): string[] {
  return documentColumns(state.freeFields, pol);
}

/** Turns the spooled records (one JSON line each, in corpus order) into documents.csv. */
export async function writeDocumentsCsv(spool: string, path: string, columns: string[]): Promise<void> {
  const sink = new CsvSink(path, columns);
  const rl = createInterface({ input: createReadStream(spool, 'utf8'), crlfDelay: Infinity });
  let chunk: Row[] = [];
  for await (const line of rl) {
    if (line === '') continue;
    const { row, meta } = JSON.parse(line) as { row: Row; meta: Record<string, string> };
    chunk.push(withMetadata(row, meta));
    if (chunk.length === 1000) { sink.append(chunk); chunk = []; }
  }
  sink.append(chunk);
  sink.close();
  rmSync(spool, { force: true });
}
