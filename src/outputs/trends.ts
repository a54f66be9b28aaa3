// trends.csv: marker rates per calendar period, for the whole corpus and each group.
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { compareCodePoints as cmp } from '../corpus/index.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import { ALL } from '../tables/schema.ts';

export function trendRows(state: CorpusState, lexicon: Lexicon): Row[] {
  const rows: Row[] = [];
  for (const period of [...state.periods.keys()].sort(cmp)) {
    const byGroup = state.periods.get(period)!;
    const all = { hits: {} as Record<string, number>, words: 0, documents: 0 };
    for (const cell of byGroup.values()) {
      all.words += cell.words;
      all.documents += cell.documents;
      for (const c of lexicon.categories) all.hits[c.id] = (all.hits[c.id] ?? 0) + (cell.hits[c.id] ?? 0);
    }
    const groups: [string, typeof all][] = [[ALL, all], ...[...byGroup.entries()].sort((a, b) => cmp(a[0], b[0]))];
    for (const [group, cell] of groups) {
      for (const c of lexicon.categories) {
        const hits = cell.hits[c.id] ?? 0;
        rows.push({
          period, group, category: c.id, label: c.label, hits, words: cell.words, documents: cell.documents,
          rate_per_1000_words: cell.words === 0 ? null : (hits / cell.words) * 1000,
        });
      }
    }
  }
  return rows;
}
