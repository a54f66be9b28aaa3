// categories.csv: hits, documents and rate of every lexicon category and entry.
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { compareCodePoints as cmp } from '../corpus/index.ts';
import type { CorpusState } from '../engine/corpus-state.ts';

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
