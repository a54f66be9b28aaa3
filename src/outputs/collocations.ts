// collocations.csv: the words around each category's hits, with association measures.
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { compareCodePoints as cmp } from '../corpus/index.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import {
  logDice, logLikelihoodCollocation, mutualInformation, tScore,
} from '../stats/index.ts';

const known = (x: number) => (Number.isFinite(x) ? x : null);

export function collocationRows(state: CorpusState, lexicon: Lexicon, minFreq: number, excluded?: (item: string) => boolean): Row[] {
  const rows: Row[] = [];
  const N = state.words;
  for (const c of lexicon.categories) {
    const coll = state.collocates.get(c.id);
    if (!coll) continue;
    let node = 0;
    const k = lexicon.categories.indexOf(c);
    for (let i = 0; i < state.n; i++) node += state.hits(i, k);
    const kept: Row[] = [];
    for (const [w, fxy] of coll) {
      if (fxy < minFreq || excluded?.(w)) continue;
      const fy = state.wordTotal.get(w) ?? 0;
      kept.push({
        category: c.id, collocate: w, cooccurrence: fxy, node_freq: node, collocate_freq: fy, corpus_words: N,
        mi: known(mutualInformation(fxy, node, fy, N)), t_score: known(tScore(fxy, node, fy, N)),
        log_dice: known(logDice(fxy, node, fy)), g2: known(logLikelihoodCollocation(fxy, node, fy, N)),
      });
    }
    kept.sort((x, y) => (y.log_dice as number) - (x.log_dice as number) || cmp(x.collocate as string, y.collocate as string));
    rows.push(...kept);
  }
  return rows;
}
