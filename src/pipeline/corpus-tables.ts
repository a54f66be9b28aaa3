// Corpus-level tables of the pipeline issue, as rows built from the folded CorpusState.
import type { Lexicon } from '../lexicon/index.ts';
import { KNOWN_METADATA } from '../tables/schema.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from './corpus-state.ts';
import type { PolarityColumns } from './emit.ts';

/** Free metadata fields (outside the known ones), sorted, as they appear in documents.csv (meta_<field>). */
export function freeMetadataFields(state: CorpusState): string[] {
  const known = new Set<string>(['id', ...KNOWN_METADATA]);
  const fields = new Set<string>();
  for (const d of state.docs) for (const k of Object.keys(d.meta)) if (!known.has(k)) fields.add(k);
  return [...fields].sort();
}

export function documentColumns(state: CorpusState, pol: PolarityColumns): string[] {
  return [
    'doc_id', 'path', ...KNOWN_METADATA, ...freeMetadataFields(state).map((f) => `meta_${f}`),
    'fingerprint', 'n_words', 'n_sentences', 'boilerplate_lines', 'n_hits',
    ...pol.flatMap((p) => [`${p.scorer}_mean`, `${p.scorer}_share_negative`]),
  ];
}

export function documentRows(state: CorpusState, pol: PolarityColumns): Row[] {
  const free = freeMetadataFields(state);
  return state.docs.map((d) => {
    const row: Row = { doc_id: d.id, path: d.path };
    for (const k of KNOWN_METADATA) row[k] = d.meta[k];
    for (const f of free) row[`meta_${f}`] = d.meta[f];
    row.fingerprint = d.fingerprint;
    row.n_words = d.nWords;
    row.n_sentences = d.nSentences;
    row.boilerplate_lines = d.boilerplateLines;
    row.n_hits = d.nHits;
    for (const p of pol) {
      const [sum, n, neg] = d.scores[p.column]!;
      row[`${p.scorer}_mean`] = n === 0 ? null : sum / n;
      row[`${p.scorer}_share_negative`] = n === 0 ? null : neg / n;
    }
    return row;
  });
}

export interface CategoryTotal { category: string; label: string; hits: number; hitsNonNegated: number; documents: number }

export function categoryTotals(state: CorpusState, lexicon: Lexicon): CategoryTotal[] {
  return lexicon.categories.map((c) => {
    let hits = 0, nonNeg = 0, documents = 0;
    for (const d of state.docs) {
      const [h, nn] = d.categories[c.id]!;
      hits += h;
      nonNeg += nn;
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
    for (const [key, docs] of state.entryDocs) {
      const [cat, entry] = key.split('\u0000') as [string, string];
      if (cat !== t.category) continue;
      const hits = docs.reduce((s, [, n]) => s + n, 0);
      entries.push({ level: 'entry', category: cat, label: t.label, entry, hits, hits_non_negated: state.entryNonNegated.get(key) ?? 0, documents: docs.length, rate_per_1000_words: rate(hits) });
    }
    // Most frequent first; ties broken by code-point order of the entry so the order is total.
    entries.sort((a, b) => (b.hits as number) - (a.hits as number) || cmp(a.entry as string, b.entry as string));
    rows.push(...entries);
  }
  return rows;
}

/** Code-point order: never locale-dependent. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
