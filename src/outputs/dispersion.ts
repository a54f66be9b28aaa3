// dispersion.csv: how evenly each lexicon entry spreads over the documents (range, Juilland's D, Gries' DP).
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { compareCodePoints as cmp } from '../corpus/index.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import {
  griesDP, griesDPnorm, juillandD,
} from '../stats/index.ts';

const known = (x: number) => (Number.isFinite(x) ? x : null);

export function dispersionRows(state: CorpusState, lexicon: Lexicon): Row[] {
  const sizes = state.docWords.view();
  const order = new Map(lexicon.categories.map((c, i) => [c.id, i]));
  const keys = [...state.entryDocs.keys()].map((k) => k.split('\u0000') as [string, string]);
  keys.sort((a, b) => order.get(a[0])! - order.get(b[0])! || cmp(a[1], b[1]));
  const counts = new Float64Array(sizes.length);
  return keys.map(([category, entry]) => {
    counts.fill(0);
    let hits = 0;
    const list = state.entryDocs.get(`${category}\u0000${entry}`)!;
    for (let x = 0; x < list.length; x += 2) { counts[list[x]!] = list[x + 1]!; hits += list[x + 1]!; }
    return {
      category, entry, hits, range: list.length / 2,
      juilland_d: known(juillandD(counts, sizes)), gries_dp: known(griesDP(counts, sizes)), gries_dp_norm: known(griesDPnorm(counts, sizes)),
    };
  });
}
