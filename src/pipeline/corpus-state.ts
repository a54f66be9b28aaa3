// The fold over DocumentAnalysis results: everything corpus-level tables need, without holding documents.
import type { DocumentAnalysis } from './document-analysis.ts';

export interface DocSummary {
  id: string;
  path: string;
  meta: Record<string, string>;
  fingerprint: string;
  boilerplateLines: number;
  nWords: number;
  nSentences: number;
  nHits: number;
  group: string;
  period: string | null;
  /** per category: [hits, hits not negated] */
  categories: Record<string, [number, number]>;
  /** per score column: [sum of sentence scores, sentences, negative sentences (score <= -0.05)] */
  scores: Record<string, [number, number, number]>;
  /** per category, per score column: [sum with frame, n with frame, sum without, n without] */
  tone: Record<string, Record<string, [number, number, number, number]>>;
}

export interface PeriodCell { hits: Record<string, number>; words: number; documents: number }

export const NO_GROUP = '(none)';

function add(map: Map<string, number>, key: string, n: number): void {
  map.set(key, (map.get(key) ?? 0) + n);
}

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

export class CorpusState {
  readonly docs: DocSummary[] = [];
  /** word (or lemma) frequencies per group, for keyness */
  readonly unitByGroup = new Map<string, Map<string, number>>();
  readonly unitTotal = new Map<string, number>();
  /** lowercase word-form frequencies of the corpus, for collocations */
  readonly wordTotal = new Map<string, number>();
  /** per category: collocate frequencies within the window of its hits */
  readonly collocates = new Map<string, Map<string, number>>();
  /** per category + entry: [document index, hits] pairs, for dispersion */
  readonly entryDocs = new Map<string, [number, number][]>();
  /** per category + entry: hits not negated */
  readonly entryNonNegated = new Map<string, number>();
  /** period -> group -> cell */
  readonly periods = new Map<string, Map<string, PeriodCell>>();
  /** every sentence's value for each score column, in output order (for scorer agreement) */
  readonly sentenceScores = new Map<string, number[]>();
  words = 0;
  sentences = 0;

  constructor(
    readonly categoryIds: readonly string[],
    readonly scoreColumns: readonly string[],
    readonly opts: { groupBy: string; period: 'month' | 'quarter' | 'year'; keynessUnit: 'word' | 'lemma' },
  ) {
    for (const col of scoreColumns) this.sentenceScores.set(col, []);
  }

  add(a: DocumentAnalysis): DocSummary {
    const index = this.docs.length;
    const group = a.meta[this.opts.groupBy]?.trim() || NO_GROUP;
    const period = periodOf(a.meta.date, this.opts.period);
    const categories: DocSummary['categories'] = {};
    for (const c of this.categoryIds) categories[c] = [0, 0];
    const entryCounts = new Map<string, number>();
    for (const h of a.hits) {
      const cell = categories[h.category]!;
      cell[0]++;
      if (!h.negated) cell[1]++;
      const key = `${h.category}\u0000${h.entry}`;
      add(entryCounts, key, 1);
      if (!h.negated) add(this.entryNonNegated, key, 1);
    }
    for (const [key, n] of entryCounts) {
      let list = this.entryDocs.get(key);
      if (!list) this.entryDocs.set(key, (list = []));
      list.push([index, n]);
    }

    const scores: DocSummary['scores'] = {};
    const tone: DocSummary['tone'] = {};
    for (const c of this.categoryIds) {
      tone[c] = {};
      for (const col of this.scoreColumns) tone[c]![col] = [0, 0, 0, 0];
    }
    for (const col of this.scoreColumns) scores[col] = [0, 0, 0];
    for (const s of a.sentences) {
      const cats = new Set(s.categories);
      for (const col of this.scoreColumns) {
        const v = s.scores[col]!;
        const agg = scores[col]!;
        agg[0] += v;
        agg[1]++;
        if (v <= -0.05) agg[2]++;
        this.sentenceScores.get(col)!.push(v);
        for (const c of this.categoryIds) {
          const t = tone[c]![col]!;
          if (cats.has(c)) { t[0] += v; t[1]++; } else { t[2] += v; t[3]++; }
        }
      }
    }

    let unitGroup = this.unitByGroup.get(group);
    if (!unitGroup) this.unitByGroup.set(group, (unitGroup = new Map()));
    const units = this.opts.keynessUnit === 'lemma' ? a.lemmas : a.words;
    for (const w in units) {
      add(unitGroup, w, units[w]!);
      add(this.unitTotal, w, units[w]!);
    }
    for (const w in a.words) add(this.wordTotal, w, a.words[w]!);
    for (const c in a.collocates) {
      let m = this.collocates.get(c);
      if (!m) this.collocates.set(c, (m = new Map()));
      const src = a.collocates[c]!;
      for (const w in src) add(m, w, src[w]!);
    }
    if (period !== null) {
      let byGroup = this.periods.get(period);
      if (!byGroup) this.periods.set(period, (byGroup = new Map()));
      let cell = byGroup.get(group);
      if (!cell) byGroup.set(group, (cell = { hits: {}, words: 0, documents: 0 }));
      cell.words += a.nWords;
      cell.documents++;
      for (const c of this.categoryIds) cell.hits[c] = (cell.hits[c] ?? 0) + categories[c]![0];
    }

    this.words += a.nWords;
    this.sentences += a.nSentences;
    const summary: DocSummary = {
      id: a.id, path: a.path, meta: a.meta, fingerprint: a.fingerprint, boilerplateLines: a.boilerplateLines,
      nWords: a.nWords, nSentences: a.nSentences, nHits: a.hits.length, group, period, categories, scores, tone,
    };
    this.docs.push(summary);
    return summary;
  }
}
