// The fold over DocumentAnalysis results: everything corpus-level tables need, without holding
// documents. Per-document numbers live in flat typed arrays (a few dozen bytes a document), so
// memory grows little with corpus size; sentence rows, hits and document rows are streamed to disk.
import { RankColumns, SentenceScores } from './sentence-scores.ts';
import { StringColumn } from './string-column.ts';
import { isEnglishCode } from '../text/language.ts';
import { bump, CountFold, NO_GROUP, type DocumentSummary, type SettledCounts } from './summary.ts';

export { NO_GROUP } from './summary.ts';

/**
 * A growable typed array kept in fixed chunks: O(1) push without doubling, so a corpus-long column
 * carries at most one chunk of slack and is never copied while it grows (doubling left up to half
 * of each array unused, and held old and new arrays at once at every copy).
 */
export class Growable<T extends Float64Array | Int32Array> {
  private readonly chunks: T[] = [];
  private readonly mask: number;
  length = 0;
  constructor(private readonly make: (n: number) => T, private readonly chunkBits = 14) {
    this.mask = (1 << chunkBits) - 1;
  }
  push(x: number): void {
    const k = this.length >>> this.chunkBits;
    if (k === this.chunks.length) this.chunks.push(this.make(1 << this.chunkBits));
    this.chunks[k]![this.length & this.mask] = x;
    this.length++;
  }
  get(i: number): number {
    return this.chunks[i >>> this.chunkBits]![i & this.mask]!;
  }
  add(i: number, x: number): void {
    this.chunks[i >>> this.chunkBits]![i & this.mask]! += x;
  }
  /** The pushed values as one array: a view of the only chunk, else a copy. */
  view(): T {
    if (this.chunks.length <= 1) return (this.chunks[0] ?? this.make(0)).subarray(0, this.length) as T;
    const out = this.make(this.length);
    const size = 1 << this.chunkBits;
    this.chunks.forEach((c, k) => out.set(k === this.chunks.length - 1 ? c.subarray(0, this.length - k * size) : c, k * size));
    return out;
  }
}

const floats = () => new Growable<Float64Array>((n) => new Float64Array(n));
const ints = () => new Growable<Int32Array>((n) => new Int32Array(n));

/** Calendar period of an ISO date: 2021-11 (month), 2021-Q4 (quarter), 2021 (year). */
export function periodOf(date: string | undefined, period: 'month' | 'quarter' | 'year'): string | null {
  if (!date) return null;
  const m = /^(\d{4})(?:-(\d{2}))?/.exec(date);
  if (!m) return null;
  if (period === 'year') return m[1]!;
  if (m[2] === undefined) return null;
  if (period === 'month') return `${m[1]}-${m[2]}`;
  return `${m[1]}-Q${Math.ceil(Number(m[2]) / 3)}`;
}

export interface PeriodCell { hits: Record<string, number>; words: number; documents: number }

/** Sentences of one document that use a frame: [document, sentences, sum of each score column...]. */
export const TONE_FIELDS = 2;

export class CorpusState {
  /** documents folded so far */
  n = 0;
  words = 0;
  sentences = 0;
  readonly ids = new StringColumn('document id');
  readonly fingerprints = new StringColumn('document fingerprint');
  /** groups in order of first appearance; docGroup holds each document's index into it */
  readonly groups: string[] = [];
  private readonly groupIndex = new Map<string, number>();
  readonly docGroup = ints();
  readonly docWords = floats();
  /** per document × category: hits, and hits not negated */
  readonly docHits = ints();
  readonly docHitsNonNegated = ints();
  /** per document × score column: sum of sentence scores, sentences, negative sentences (<= -0.05) */
  readonly docScores = floats();
  /** per category: records [document, sentences with the frame, sum of each score column over them] */
  readonly tone: Growable<Float64Array>[];
  /** every sentence's value of each score column, in output order (agreement, distribution) */
  readonly sentenceScores: SentenceScores;
  /** word (or lemma) frequencies per group, word forms and collocates: every thread's CountFold added up */
  readonly counts: CountFold;
  private totalsCache: Map<string, number> | null = null;
  /** per category + entry: flattened [document, hits, document, hits, ...], for dispersion */
  readonly entryDocs = new Map<string, number[]>();
  readonly entryNonNegated = new Map<string, number>();
  /** period -> group -> cell */
  readonly periods = new Map<string, Map<string, PeriodCell>>();
  /** metadata fields outside the known ones, for the columns of documents.csv */
  readonly freeFields = new Set<string>();
  readonly issuers = new Set<string>();
  dateFrom: string | null = null;
  dateTo: string | null = null;
  withoutDate = 0;
  /** documents that quietly change results unless announced: no value for the group field, not in Latin script, no words */
  readonly withoutGroup: string[] = [];
  readonly notLatin: { id: string; script: string }[] = [];
  /** in Latin script but not English: by its `language` field, or by its function words (src/text/language.ts) */
  readonly notEnglish: { id: string; by: string }[] = [];
  readonly withoutWords: string[] = [];
  /** every metadata field some document has, for telling a user which --group-by fields exist */
  readonly fieldsSeen = new Set<string>();

  constructor(
    readonly categoryIds: readonly string[],
    readonly scoreColumns: readonly string[],
    readonly opts: {
      groupBy: string; period: 'month' | 'quarter' | 'year'; keynessUnit: 'word' | 'lemma'; knownFields: readonly string[];
      /** file the sentence scores are spooled to while folding (null or absent: kept in memory) */
      spool?: string | null;
    },
  ) {
    this.sentenceScores = new SentenceScores(scoreColumns.length, opts.spool ?? null);
    this.tone = categoryIds.map(() => floats());
    this.counts = new CountFold(opts.keynessUnit);
  }

  /** Word (or lemma) frequencies per group, for keyness. */
  get unitByGroup(): Map<string, Map<string, number>> {
    return this.counts.unitByGroup;
  }

  /** Per category: collocate frequencies within the window of its hits. */
  get collocates(): Map<string, Map<string, number>> {
    return this.counts.collocates;
  }

  /** Adds a worker thread's counts (at the end of the run). */
  mergeCounts(other: SettledCounts): void {
    this.counts.merge(other);
    this.totalsCache = null;
  }

  /** Corpus frequencies of the keyness unit (word or lemma). */
  get unitTotal(): Map<string, number> {
    if (this.totalsCache === null) {
      const total = new Map<string, number>();
      for (const m of this.unitByGroup.values()) for (const [w, n] of m) bump(total, w, n);
      this.totalsCache = total;
    }
    return this.totalsCache;
  }

  /** Corpus frequencies of lowercase word forms (for collocations). */
  get wordTotal(): Map<string, number> {
    return this.opts.keynessUnit === 'lemma' ? this.counts.wordsWhenLemmas : this.unitTotal;
  }

  /** Every sentence's value of a score column, in output order. */
  sentenceColumn(column: string): Float64Array {
    const c = this.scoreColumns.indexOf(column);
    if (c < 0) throw new Error(`internal error: no score column ${column}`);
    return this.sentenceScores.column(c);
  }

  /** An empty store of per-sentence rank columns: beside the sentence-score spool when there is one, else in memory. */
  rankColumns(): RankColumns {
    return new RankColumns(this.sentenceScores.n, this.opts.spool ? `${this.opts.spool}.ranks` : null);
  }

  /** Calls fn with each sentence's value of a score column and the sentence's index, without holding the column. */
  eachSentenceValue(column: string, fn: (value: number, sentence: number) => void): void {
    const c = this.scoreColumns.indexOf(column);
    if (c < 0) throw new Error(`internal error: no score column ${column}`);
    this.sentenceScores.each(c, fn);
  }

  hits(doc: number, category: number): number {
    return this.docHits.get(doc * this.categoryIds.length + category);
  }

  /** [sum, sentences, negative sentences] of a score column in a document */
  score(doc: number, column: number): [number, number, number] {
    const b = (doc * this.scoreColumns.length + column) * 3;
    return [this.docScores.get(b), this.docScores.get(b + 1), this.docScores.get(b + 2)];
  }

  /** Folds one document's summary in (its word counts went to the CountFold of the thread that summarised it). */
  add(a: DocumentSummary): void {
    const i = this.n++;
    const nCat = this.categoryIds.length;
    const nCol = this.scoreColumns.length;
    const group = a.group;
    let g = this.groupIndex.get(group);
    if (g === undefined) {
      g = this.groups.length;
      this.groups.push(group);
      this.groupIndex.set(group, g);
    }
    this.docGroup.push(g);
    this.docWords.push(a.nWords);
    this.ids.push(a.id);
    this.fingerprints.push(a.fingerprint);
    this.words += a.nWords;
    this.sentences += a.nSentences;

    for (let k = 0; k < nCat; k++) { this.docHits.push(a.catHits[k]!); this.docHitsNonNegated.push(a.catNonNegated[k]!); }
    a.entries.forEach((key, e) => {
      let list = this.entryDocs.get(key);
      if (!list) this.entryDocs.set(key, (list = []));
      list.push(i, a.entryCounts[2 * e]!);
      bump(this.entryNonNegated, key, a.entryCounts[2 * e + 1]!);
    });

    for (let c = 0; c < nCol * 3; c++) this.docScores.push(a.scoreTotals[c]!);
    this.sentenceScores.push(a.sentenceScores);
    const width = 2 + 2 * nCol;
    for (let r = 0; r < a.tone.length; r += width) {
      const t = this.tone[a.tone[r]!]!;
      t.push(i);
      for (let f = 1; f < width; f++) t.push(a.tone[r + f]!);
    }
    this.totalsCache = null;

    const date = a.meta.date;
    if (date) {
      const day = date.slice(0, 10);
      if (this.dateFrom === null || day < this.dateFrom) this.dateFrom = day;
      if (this.dateTo === null || day > this.dateTo) this.dateTo = day;
    } else this.withoutDate++;
    if (a.meta.issuer) this.issuers.add(a.meta.issuer);
    if (group === NO_GROUP) this.withoutGroup.push(a.id);
    if (a.script !== 'latin') this.notLatin.push({ id: a.id, script: a.script });
    else if (a.meta.language && !isEnglishCode(a.meta.language)) this.notEnglish.push({ id: a.id, by: `its language field says ${a.meta.language.trim()}` });
    else if (a.notEnglish) this.notEnglish.push({ id: a.id, by: 'more French, German, Spanish, Italian or Portuguese function words than English ones' });
    if (a.nWords === 0) this.withoutWords.push(a.id);
    for (const [k, v] of Object.entries(a.meta)) if (v.trim() !== '') this.fieldsSeen.add(k);
    for (const k of Object.keys(a.meta)) if (!this.opts.knownFields.includes(k)) this.freeFields.add(k);
    const period = periodOf(date, this.opts.period);
    if (period !== null) {
      let byGroup = this.periods.get(period);
      if (!byGroup) this.periods.set(period, (byGroup = new Map()));
      let cell = byGroup.get(group);
      if (!cell) byGroup.set(group, (cell = { hits: {}, words: 0, documents: 0 }));
      cell.words += a.nWords;
      cell.documents++;
      for (let k = 0; k < nCat; k++) cell.hits[this.categoryIds[k]!] = (cell.hits[this.categoryIds[k]!] ?? 0) + a.catHits[k]!;
    }
  }

  /** Document indices by group: "(all)" first, then groups in code-point order. */
  documentsByGroup(all: string): [string, Int32Array][] {
    const lists = this.groups.map(() => ints());
    for (let i = 0; i < this.n; i++) lists[this.docGroup.get(i)]!.push(i);
    const everything = new Int32Array(this.n).map((_, i) => i);
    const named = this.groups.map((name, g) => [name, lists[g]!.view()] as [string, Int32Array]);
    named.sort((x, y) => (x[0] < y[0] ? -1 : x[0] > y[0] ? 1 : 0));
    return [[all, everything], ...named];
  }
}
