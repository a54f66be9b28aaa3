// Corpus-level tables of the pipeline issue: documents (spooled to disk while folding), categories.
import { createReadStream, rmSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { compareCodePoints, KNOWN_FIELDS } from '../corpus/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
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

export interface CategoryTotal { category: string; label: string; hits: number; hitsNonNegated: number; documents: number }

export function categoryTotals(state: CorpusState, lexicon: Lexicon): CategoryTotal[] {
  const nCat = state.categoryIds.length;
  return lexicon.categories.map((c, k) => {
    let hits = 0, nonNeg = 0, documents = 0;
    for (let i = 0; i < state.n; i++) {
      const h = state.hits(i, k);
      hits += h;
      nonNeg += state.docHitsNonNegated.get(i * nCat + k);
      if (h > 0) documents++;
    }
    return { category: c.id, label: c.label, hits, hitsNonNegated: nonNeg, documents };
  });
}

export function categoryRows(state: CorpusState, lexicon: Lexicon): Row[] {
  const rate = (h: number) => (state.words === 0 ? null : (h / state.words) * 1000);
  const rows: Row[] = [];
  for (const t of categoryTotals(state, lexicon)) {
    rows.push({ level: 'category', category: t.category, label: t.label, entry: '', hits: t.hits, hits_non_negated: t.hitsNonNegated, documents: t.documents, rate_per_1000_words: rate(t.hits) });
    const entries: Row[] = [];
    for (const [key, list] of state.entryDocs) {
      const [cat, entry] = key.split('\u0000') as [string, string];
      if (cat !== t.category) continue;
      let hits = 0;
      for (let j = 1; j < list.length; j += 2) hits += list[j]!;
      entries.push({ level: 'entry', category: cat, label: t.label, entry, hits, hits_non_negated: state.entryNonNegated.get(key) ?? 0, documents: list.length / 2, rate_per_1000_words: rate(hits) });
    }
    // Most frequent first; ties broken by code-point order of the entry so the order is total.
    entries.sort((a, b) => (b.hits as number) - (a.hits as number) || cmp(a.entry as string, b.entry as string));
    rows.push(...entries);
  }
  return rows;
}

/** Code-point order: never locale-dependent. */
export const cmp = compareCodePoints;
