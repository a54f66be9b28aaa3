// The rows of the per-document tables (hits.csv, sentences.csv, documents.csv) of one analysed document: the fold
// writes them as CSV lines (summary.ts) and the library returns them as tables (hitsOf, sentencesOf, documentsOf).
import { KNOWN_FIELDS } from '../corpus/index.ts';
import { polarity } from '../sentiment/scorer.ts';
import type { Row } from '../tables/csv.ts';
import { KNOWN_METADATA } from '../tables/schema.ts';
import type { DocumentAnalysis, HitRecord, SentenceRecord } from './document-analysis.ts';

/** scorer name -> the score column whose sign gives its polarity */
export type PolarityColumns = readonly { scorer: string; column: string }[];

/** One hit's row of hits.csv. */
export function hitRow(a: DocumentAnalysis, h: HitRecord): Row {
  return {
    doc_id: a.id, sentence_index: h.sentence, char_start: h.start, char_end: h.end, category: h.category, entry: h.entry,
    matched: h.matched, negated: h.negated, negation_cue: h.negationCue, left_context: h.left, right_context: h.right,
  };
}

/** The columns of sentences.csv for these scorers' columns. */
export function sentenceColumns(cfg: { scoreColumns: readonly string[]; pol: PolarityColumns }): string[] {
  return ['doc_id', 'sentence_index', 'char_start', 'char_end', 'text', 'n_words', ...cfg.scoreColumns, ...cfg.pol.map((p) => `polarity_${p.scorer}`), 'categories', 'negated_hit'];
}

/** One sentence's row of sentences.csv. */
export function sentenceRow(a: DocumentAnalysis, s: SentenceRecord, cfg: { scoreColumns: readonly string[]; pol: PolarityColumns }): Row {
  const row: Row = { doc_id: a.id, sentence_index: s.index, char_start: s.start, char_end: s.end, text: s.text, n_words: s.nWords };
  for (const col of cfg.scoreColumns) row[col] = s.scores[col];
  for (const p of cfg.pol) row[`polarity_${p.scorer}`] = polarity(s.scores[p.column]!);
  row.categories = s.categories.join(';');
  row.negated_hit = s.negatedHit;
  return row;
}

/** The columns of documents.csv: known metadata fields, then the free ones (`meta_` + name, sorted), then the counts. */
export function documentColumns(freeFields: Iterable<string>, pol: PolarityColumns): string[] {
  return [
    'doc_id', 'path', ...KNOWN_METADATA, ...[...freeFields].sort().map((f) => `meta_${f}`),
    'fingerprint', 'n_words', 'n_sentences', 'boilerplate_lines', 'n_hits', 'language_detected',
    ...pol.flatMap((p) => [`${p.scorer}_mean`, `${p.scorer}_share_negative`]),
  ];
}

/**
 * One document's row of documents.csv without its metadata (withMetadata adds it). Per scorer: the mean of its
 * polarity column over the sentences and the share of sentences at or below -0.05 (NA without sentences).
 */
export function documentRow(a: DocumentAnalysis, pol: PolarityColumns): Row {
  const row: Row = {
    doc_id: a.id, path: a.path, fingerprint: a.fingerprint, n_words: a.nWords, n_sentences: a.nSentences,
    boilerplate_lines: a.boilerplateLines, n_hits: a.hits.length, language_detected: a.script,
  };
  for (const p of pol) {
    let sum = 0, negative = 0;
    for (const s of a.sentences) {
      const v = s.scores[p.column]!;
      sum += v;
      if (v <= -0.05) negative++;
    }
    const n = a.sentences.length;
    row[`${p.scorer}_mean`] = n === 0 ? null : sum / n;
    row[`${p.scorer}_share_negative`] = n === 0 ? null : negative / n;
  }
  return row;
}

/** A documents.csv row with the document's metadata: known fields by name, the others as `meta_` + name. */
export function withMetadata(row: Row, meta: Readonly<Record<string, string>>): Row {
  for (const [k, v] of Object.entries(meta)) row[(KNOWN_FIELDS as readonly string[]).includes(k) ? k : `meta_${k}`] = v;
  return row;
}
