// DocumentAnalysis -> DocumentSummary: what the corpus fold needs of one document, made where the document
// was analysed (a worker thread, or the main thread). Rows of the streamed tables arrive as CSV text and
// per-document numbers as typed arrays, so the main thread only writes and adds; word counts, which are
// order-free integer sums, stay in each thread's CountFold until the end of the run.
import { scorersByName } from '../sentiment/index.ts';
import { csvLine, formatCell, rowLine } from '../tables/csv.ts';
import { TABLES } from '../tables/schema.ts';
import { formText, withRoomFloat64 } from '../text/index.ts';
import { formCountsOf } from './analyze-document.ts';
import type { DocumentAnalysis } from './document-analysis.ts';
import { documentRow, hitRow, sentenceColumns, sentenceRow, type PolarityColumns } from './document-rows.ts';

export type { PolarityColumns } from './document-rows.ts';
export { sentenceColumns } from './document-rows.ts';

export const NO_GROUP = '(none)';

/** Everything that shapes a summary; built once from the options (summaryConfig) wherever documents are summarised. */
/** How documents are summarised for the fold, from the lexicon, the scorers' names and the grouping. */
export function summaryConfigOf(lexicon: { categories: readonly { id: string }[] }, sentiment: readonly string[], groupBy: string, keynessUnit: 'word' | 'lemma'): SummaryConfig {
  const scorers = scorersByName(sentiment);
  return {
    categoryIds: lexicon.categories.map((c) => c.id),
    scoreColumns: scorers.flatMap((s) => [...s.columns]),
    pol: scorers.map((s) => ({ scorer: s.name, column: s.polarityColumn })),
    groupBy,
    keynessUnit,
  };
}

export interface SummaryConfig {
  categoryIds: readonly string[];
  /** every score column of the chosen scorers, in output order (sentences.csv) */
  scoreColumns: readonly string[];
  /** each scorer's main column: corpus-level sentiment uses these */
  pol: PolarityColumns;
  groupBy: string;
  keynessUnit: 'word' | 'lemma';
}

export interface DocumentSummary {
  id: string;
  fingerprint: string;
  meta: Record<string, string>;
  /** value of the group-by field, or NO_GROUP */
  group: string;
  nWords: number;
  nSentences: number;
  /** the script of most of its letters (latin, cyrillic, other, none) */
  script: string;
  notEnglish: boolean;
  /** this document's rows of hits.csv, sentences.csv and marker_counts.csv, as CSV lines */
  hitsCsv: string;
  nHits: number;
  sentencesCsv: string;
  markersCsv: string;
  /** this document's documents.csv record as a JSON line (free metadata columns are known only at the end) */
  documentJson: string;
  /** per category: hits, and hits not negated */
  catHits: Int32Array;
  catNonNegated: Int32Array;
  /** lexicon entries hit ("category\0entry"), with [hits, hits not negated] for each at 2k, 2k+1 */
  entries: string[];
  entryCounts: Int32Array;
  /** per polarity column: sum of sentence scores, sentences, negative sentences (<= -0.05) */
  scoreTotals: Float64Array;
  /** every sentence's value of each polarity column, sentence by sentence */
  sentenceScores: Float64Array;
  /** per category used: [category, sentences with the frame, sum of each polarity column over them] */
  tone: Float64Array;
}

const HIT_COLUMNS = TABLES.hits.columns.map((c) => c.name);

/** Adds n to a count in a map (integer sums: the result does not depend on the order of the additions). */
export function bump(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

/** Per-form-id sums of one thread's documents (ids from src/text/forms.ts), grown as ids appear. */
class FormSums {
  counts = new Float64Array(0);
  addPairs(pairs: Float64Array): void {
    let max = -1;
    for (let k = 0; k < pairs.length; k += 2) if (pairs[k]! > max) max = pairs[k]!;
    if (max >= 0) this.counts = withRoomFloat64(this.counts, max);
    for (let k = 0; k < pairs.length; k += 2) this.counts[pairs[k]!]! += pairs[k + 1]!;
  }
  /** Adds the sums into a word -> n map (in id order) and clears them. */
  drainInto(map: Map<string, number>): void {
    const c = this.counts;
    for (let id = 0; id < c.length; id++) if (c[id] !== 0) bump(map, formText(id), c[id]!);
    this.counts = new Float64Array(0);
  }
}

/**
 * Order-free integer counts of a thread's documents: keyness units by group, word forms, collocates by category.
 * Analyses made on this thread are added by form id and turned into words by settle(), which the readers call.
 */
export class CountFold {
  private readonly units = new Map<string, Map<string, number>>();
  /** lowercase word forms, kept only when keyness counts lemmas */
  private readonly wordForms = new Map<string, number>();
  private readonly coll = new Map<string, Map<string, number>>();
  /** lowercase forms tagged as proper nouns, with how often */
  readonly names = new Map<string, number>();
  private readonly unitSums = new Map<string, FormSums>();
  private readonly wordSums = new FormSums();

  constructor(readonly keynessUnit: 'word' | 'lemma') {}

  /** Word (or lemma) frequencies per group. */
  get unitByGroup(): Map<string, Map<string, number>> {
    this.settle();
    return this.units;
  }

  get wordsWhenLemmas(): Map<string, number> {
    this.settle();
    return this.wordForms;
  }

  get collocates(): Map<string, Map<string, number>> {
    return this.coll;
  }

  add(a: DocumentAnalysis, group: string): void {
    let unitGroup = this.units.get(group);
    if (!unitGroup) this.units.set(group, (unitGroup = new Map()));
    const lemmas = this.keynessUnit === 'lemma';
    const byId = formCountsOf(a);
    if (byId) {
      let sums = this.unitSums.get(group);
      if (!sums) this.unitSums.set(group, (sums = new FormSums()));
      sums.addPairs(lemmas ? byId.lemmas : byId.words);
      if (lemmas) this.wordSums.addPairs(byId.words);
    } else {
      const units = lemmas ? a.lemmas : a.words;
      for (const w in units) bump(unitGroup, w, units[w]!);
      if (lemmas) for (const w in a.words) bump(this.wordForms, w, a.words[w]!);
    }
    for (const w in a.names) bump(this.names, w, a.names[w]!);
    for (const c in a.collocates) {
      let m = this.coll.get(c);
      if (!m) this.coll.set(c, (m = new Map()));
      const src = a.collocates[c]!;
      for (const w in src) bump(m, w, src[w]!);
    }
  }

  /** Turns the counts kept by form id into words (before they are read, or sent to another thread). */
  settle(): void {
    for (const [group, sums] of this.unitSums) sums.drainInto(this.units.get(group)!);
    this.unitSums.clear();
    this.wordSums.drainInto(this.wordForms);
  }

  /** The counts as plain maps, to be cloned to another thread (form ids mean nothing there). */
  transferable(): SettledCounts {
    this.settle();
    return { unitByGroup: this.units, wordsWhenLemmas: this.wordForms, collocates: this.coll, names: this.names };
  }

  /** Adds another thread's counts (integer sums: order-free). */
  merge(other: SettledCounts): void {
    const into = (target: Map<string, Map<string, number>>, source: Map<string, Map<string, number>>) => {
      for (const [k, src] of source) {
        let m = target.get(k);
        if (!m) target.set(k, (m = new Map()));
        for (const [w, n] of src) bump(m, w, n);
      }
    };
    into(this.units, other.unitByGroup);
    into(this.coll, other.collocates);
    for (const [w, n] of other.wordsWhenLemmas) bump(this.wordForms, w, n);
    for (const [w, n] of other.names) bump(this.names, w, n);
  }
}

/** A thread's word counts as plain maps, as they cross to the main thread. */
export interface SettledCounts {
  unitByGroup: Map<string, Map<string, number>>;
  wordsWhenLemmas: Map<string, number>;
  collocates: Map<string, Map<string, number>>;
  names: Map<string, number>;
}

const categoryIndexes = new WeakMap<SummaryConfig, Map<string, number>>();

// Category id -> index, made once per configuration rather than once per document.
function categoryIndex(cfg: SummaryConfig): Map<string, number> {
  let m = categoryIndexes.get(cfg);
  if (!m) categoryIndexes.set(cfg, (m = new Map(cfg.categoryIds.map((c, k) => [c, k]))));
  return m;
}

/** Summarises one analysis and adds its word counts to `counts` (the CountFold of the thread doing it). */
export function summarize(a: DocumentAnalysis, cfg: SummaryConfig, counts: CountFold): DocumentSummary {
  const nCat = cfg.categoryIds.length;
  const nCol = cfg.pol.length;
  const group = a.meta[cfg.groupBy]?.trim() || NO_GROUP;
  counts.add(a, group);
  const catOf = categoryIndex(cfg);
  const idCell = formatCell(a.id);

  // Hits: category counts, entry counts and hits.csv lines.
  const catHits = new Int32Array(nCat);
  const catNonNegated = new Int32Array(nCat);
  const entryIndex = new Map<string, number>();
  const entryList: number[] = [];
  let hitsCsv = '';
  for (const h of a.hits) {
    const k = catOf.get(h.category)!;
    catHits[k]!++;
    if (!h.negated) catNonNegated[k]!++;
    const key = `${h.category}\u0000${h.entry}`;
    let e = entryIndex.get(key);
    if (e === undefined) { e = entryIndex.size; entryIndex.set(key, e); entryList.push(0, 0); }
    entryList[2 * e]!++;
    if (!h.negated) entryList[2 * e + 1]!++;
    hitsCsv += rowLine(HIT_COLUMNS, hitRow(a, h));
  }

  // Sentences: score totals, per-sentence polarity scores, frame sums, sentences.csv lines.
  const scoreTotals = new Float64Array(nCol * 3);
  const sentenceScores = new Float64Array(a.sentences.length * nCol);
  const withN = new Int32Array(nCat);
  const withSum = new Float64Array(nCat * nCol);
  const withSumUnmarked = new Float64Array(nCat * nCol);
  const sentenceCols = sentenceColumns(cfg);
  let sentencesCsv = '';
  a.sentences.forEach((s, si) => {
    for (let c = 0; c < nCol; c++) {
      const v = s.scores[cfg.pol[c]!.column]!;
      scoreTotals[c * 3]! += v;
      scoreTotals[c * 3 + 1]!++;
      if (v <= -0.05) scoreTotals[c * 3 + 2]!++;
      sentenceScores[si * nCol + c] = v;
    }
    for (const cat of s.categories) {
      const k = catOf.get(cat)!;
      withN[k]!++;
      for (let c = 0; c < nCol; c++) {
        const column = cfg.pol[c]!.column;
        withSum[k * nCol + c]! += s.scores[column]!;
        withSumUnmarked[k * nCol + c]! += s.unmarked?.[cat]?.[column] ?? s.scores[column]!;
      }
    }
    sentencesCsv += rowLine(sentenceCols, sentenceRow(a, s, cfg));
  });
  const tone: number[] = [];
  for (let k = 0; k < nCat; k++) {
    if (withN[k] === 0) continue;
    tone.push(k, withN[k]!);
    for (let c = 0; c < nCol; c++) tone.push(withSum[k * nCol + c]!);
    for (let c = 0; c < nCol; c++) tone.push(withSumUnmarked[k * nCol + c]!);
  }

  let markersCsv = '';
  for (let k = 0; k < nCat; k++) {
    markersCsv += csvLine([
      idCell, formatCell(cfg.categoryIds[k]), formatCell(catHits[k]), formatCell(catNonNegated[k]),
      formatCell(a.nWords === 0 ? null : (catHits[k]! / a.nWords) * 1000),
    ]);
  }

  const row = documentRow(a, cfg.pol);

  return {
    id: a.id, fingerprint: a.fingerprint, meta: a.meta, group, nWords: a.nWords, nSentences: a.nSentences, script: a.script, notEnglish: a.notEnglish,
    hitsCsv, nHits: a.hits.length, sentencesCsv, markersCsv,
    documentJson: `${JSON.stringify({ row, meta: a.meta })}\n`,
    catHits, catNonNegated, entries: [...entryIndex.keys()], entryCounts: Int32Array.from(entryList),
    scoreTotals, sentenceScores, tone: Float64Array.from(tone),
  };
}
