// Per-document rows of the streamed tables (hits, sentences, marker_counts), in output order.
import { polarity } from '../sentiment/scorer.ts';
import type { Row } from '../tables/csv.ts';
import type { CorpusState } from './corpus-state.ts';
import type { DocumentAnalysis } from './document-analysis.ts';

export function hitRows(a: DocumentAnalysis): Row[] {
  return a.hits.map((h) => ({
    doc_id: a.id,
    sentence_index: h.sentence,
    char_start: h.start,
    char_end: h.end,
    category: h.category,
    entry: h.entry,
    matched: h.matched,
    negated: h.negated,
    left_context: h.left,
    right_context: h.right,
  }));
}

/** Rows of marker_counts.csv for document `doc` of the fold. */
export function markerCountRows(state: CorpusState, doc: number): Row[] {
  const nWords = state.docWords.get(doc);
  return state.categoryIds.map((c, k) => {
    const count = state.hits(doc, k);
    return {
      doc_id: state.ids[doc],
      category: c,
      count,
      count_non_negated: state.docHitsNonNegated.get(doc * state.categoryIds.length + k),
      rate_per_1000_words: nWords === 0 ? null : (count / nWords) * 1000,
    };
  });
}

/** scorer name -> the score column whose sign gives its polarity */
export type PolarityColumns = readonly { scorer: string; column: string }[];

export function sentenceRows(a: DocumentAnalysis, scoreColumns: readonly string[], pol: PolarityColumns): Row[] {
  return a.sentences.map((s) => {
    const row: Row = {
      doc_id: a.id,
      sentence_index: s.index,
      char_start: s.start,
      char_end: s.end,
      text: s.text,
      n_words: s.nWords,
    };
    for (const col of scoreColumns) row[col] = s.scores[col];
    for (const p of pol) row[`polarity_${p.scorer}`] = polarity(s.scores[p.column]!);
    row.categories = s.categories.join(';');
    row.negated_hit = s.negatedHit;
    return row;
  });
}
