// `validate`: the instrument measured against hand codes: precision, recall, F1, negation accuracy, inter-coder agreement.
import { cohenKappa, krippendorffAlphaNominal } from '../stats/agreement.ts';
import { stratifiedProportion, wilsonInterval } from '../stats/proportion.ts';
import type { Row } from '../tables/csv.ts';
import type { GoldItem } from './gold.ts';
import type { RunTables } from './run-tables.ts';

export const VALIDATION_COLUMNS = ['split', 'measure', 'category', 'group', 'n', 'k', 'estimate', 'lower', 'upper', 'method'] as const;

export interface Coverage {
  /** coded items whose document is not in the corpus */
  unknownDocuments: GoldItem[];
  /** coded hits that the current lexicon no longer finds (by code: were they frames?) */
  removedHits: { yes: number; no: number; unsure: number };
  /** rows of the sheets left blank */
  notCoded: number;
  /** coded hits that are now part of a longer hit already coded (one expression, one count) */
  mergedHits: number;
  /** coded sentences whose span is not a sentence of the current run */
  missingSentences: GoldItem[];
  /** current hits with no code, in the coded documents' strata */
  uncodedHits: number;
  codedHits: number;
  codedSentences: number;
  coders: string[];
}

export interface Validation { rows: Row[]; coverage: Coverage }

const ALL = '(all)';
const hitKey = (fp: string, s: number, e: number, c: string) => `${fp}|${s}|${e}|${c}`;
const spanKey = (fp: string, s: number, e: number) => `${fp}|${s}|${e}`;

function proportionRow(split: string, measure: string, category: string, group: string, k: number, n: number): Row {
  const w = wilsonInterval(k, n);
  return { split, measure, category, group, n, k, estimate: n === 0 ? null : k / n, lower: w.lower, upper: w.upper, method: 'Wilson 95%' };
}

/** Joins codes to the current run by document fingerprint and character span, then measures the instrument. */
export function validate(gold: GoldItem[], t: RunTables, categoryIds: readonly string[]): Validation {
  const docByFp = new Map([...t.documents.values()].map((d) => [d.fingerprint, d]));
  const hitsByKey = new Map<string, RunTables['hits'][number]>();
  // By document and category: a coded span inside a current hit is that hit (hits of one expression are merged).
  const hitsByDocCategory = new Map<string, RunTables['hits']>();
  const cellPopulation = new Map<string, number>();
  for (const h of t.hits) {
    const d = t.documents.get(h.doc_id)!;
    hitsByKey.set(hitKey(d.fingerprint, h.char_start, h.char_end, h.category), h);
    const dc = `${d.fingerprint}|${h.category}`;
    (hitsByDocCategory.get(dc) ?? hitsByDocCategory.set(dc, []).get(dc)!).push(h);
    const cell = `${h.category}\u0000${d.group}`;
    cellPopulation.set(cell, (cellPopulation.get(cell) ?? 0) + 1);
  }
  const sentenceByKey = new Map<string, RunTables['sentences'][number]>();
  for (const s of t.sentences) sentenceByKey.set(spanKey(t.documents.get(s.doc_id)!.fingerprint, s.char_start, s.char_end), s);

  // The first sheet that codes an item is its primary code; later coders of the same item only enter agreement.
  const byKey = new Map<string, GoldItem[]>();
  const coverage: Coverage = {
    unknownDocuments: [], removedHits: { yes: 0, no: 0, unsure: 0 }, notCoded: 0, mergedHits: 0, missingSentences: [], uncodedHits: 0, codedHits: 0, codedSentences: 0,
    coders: [...new Set(gold.map((g) => g.coder))],
  };
  for (const g of gold) {
    if (!docByFp.has(g.docFingerprint)) { coverage.unknownDocuments.push(g); continue; }
    const key = g.kind === 'hit' ? `h|${hitKey(g.docFingerprint, g.charStart, g.charEnd, g.category)}` : `s|${spanKey(g.docFingerprint, g.charStart, g.charEnd)}`;
    (byKey.get(key) ?? byKey.set(key, []).get(key)!).push(g);
  }
  const primary: GoldItem[] = [];
  for (const items of byKey.values()) {
    const coded = items.filter((g) => (g.kind === 'hit' ? g.frame !== null : g.categories !== null));
    if (coded.length > 0) primary.push(coded[0]!);
    else coverage.notCoded++;
  }

  const hitItems: { g: GoldItem; negatedByTool: boolean; group: string }[] = [];
  const sentenceItems: { g: GoldItem; found: Set<string>; group: string }[] = [];
  const codedHitKeys = new Set<string>();
  for (const g of primary) {
    const group = docByFp.get(g.docFingerprint)!.group;
    if (g.kind === 'hit') {
      const h = hitsByDocCategory.get(`${g.docFingerprint}|${g.category}`)?.find((x) => x.char_start <= g.charStart && x.char_end >= g.charEnd);
      if (!h) { coverage.removedHits[g.frame!]++; continue; }
      const key = hitKey(g.docFingerprint, h.char_start, h.char_end, h.category);
      // Two coded parts of one merged expression: the first code stands for the one count.
      if (codedHitKeys.has(key)) { coverage.mergedHits++; continue; }
      codedHitKeys.add(key);
      hitItems.push({ g, negatedByTool: h.negated, group });
    } else {
      const s = sentenceByKey.get(spanKey(g.docFingerprint, g.charStart, g.charEnd));
      if (!s) { coverage.missingSentences.push(g); continue; }
      sentenceItems.push({ g, found: new Set(s.categories), group });
    }
  }
  coverage.codedHits = hitItems.length;
  coverage.codedSentences = sentenceItems.length;
  coverage.uncodedHits = hitsByKey.size - codedHitKeys.size;

  const rows: Row[] = [];
  const groups = [...new Set([...t.documents.values()].map((d) => d.group))].sort();
  const splits = [ALL, ...[...new Set(primary.map((g) => g.split))].filter(Boolean).sort()];
  for (const split of splits) {
    const inSplit = <T extends { g: GoldItem }>(xs: T[]) => (split === ALL ? xs : xs.filter((x) => x.g.split === split));
    const hits = inSplit(hitItems);
    // Precision uses the stratified draw only: the all-negated extras would over-represent negated hits.
    const drawn = hits.filter((x) => x.g.stratum !== 'negated' && x.g.frame !== 'unsure');
    const precision = new Map<string, number | null>();
    const precisionOf = (cats: readonly string[], label: string, group: string) => {
      const strata = [];
      for (const c of cats) for (const gr of group === ALL ? groups : [group]) {
        const cell = drawn.filter((x) => x.g.category === c && x.group === gr);
        strata.push({ population: cellPopulation.get(`${c}\u0000${gr}`) ?? 0, k: cell.filter((x) => x.g.frame === 'yes').length, n: cell.length });
      }
      const n = strata.reduce((a, s) => a + s.n, 0), k = strata.reduce((a, s) => a + s.k, 0);
      if (strata.length === 1) {
        rows.push(proportionRow(split, 'precision', label, group, k, n));
        precision.set(`${label}\u0000${group}`, n === 0 ? null : k / n);
      } else {
        const s = stratifiedProportion(strata);
        rows.push({ split, measure: 'precision', category: label, group, n, k, estimate: s.estimate, lower: s.lower, upper: s.upper, method: 'stratified by category x group, weighted by hits in the run; Wilson 95% on the effective sample size (Kott & Carr 1997)' });
        precision.set(`${label}\u0000${group}`, s.estimate);
      }
    };
    for (const c of categoryIds) {
      for (const gr of groups) precisionOf([c], c, gr);
      precisionOf([c], c, ALL);
    }
    for (const gr of groups) precisionOf(categoryIds, ALL, gr);
    precisionOf(categoryIds, ALL, ALL);

    const sentences = inSplit(sentenceItems);
    const recall = new Map<string, number | null>();
    const recallOf = (cats: readonly string[], label: string, group: string) => {
      let k = 0, n = 0;
      for (const x of sentences) {
        if (group !== ALL && x.group !== group) continue;
        for (const c of cats) if (x.g.categories!.includes(c)) { n++; if (x.found.has(c)) k++; }
      }
      rows.push(proportionRow(split, 'recall', label, group, k, n));
      recall.set(`${label}\u0000${group}`, n === 0 ? null : k / n);
    };
    for (const c of categoryIds) { for (const gr of groups) recallOf([c], c, gr); recallOf([c], c, ALL); }
    for (const gr of groups) recallOf(categoryIds, ALL, gr);
    recallOf(categoryIds, ALL, ALL);

    for (const c of [...categoryIds, ALL]) for (const gr of [...groups, ALL]) {
      const p = precision.get(`${c}\u0000${gr}`), r = recall.get(`${c}\u0000${gr}`);
      const f1 = p == null || r == null || p + r === 0 ? null : (2 * p * r) / (p + r);
      rows.push({ split, measure: 'f1', category: c, group: gr, n: null, k: null, estimate: f1, lower: null, upper: null, method: 'harmonic mean of the precision and recall rows' });
    }

    const neg = hits.filter((x) => x.g.negated !== null);
    const drawnNeg = neg.filter((x) => x.g.stratum !== 'negated');
    for (const gr of [...groups, ALL]) {
      const of = <T extends { group: string }>(xs: T[]) => (gr === ALL ? xs : xs.filter((x) => x.group === gr));
      const acc = of(drawnNeg);
      rows.push(proportionRow(split, 'negation_accuracy', ALL, gr, acc.filter((x) => x.negatedByTool === (x.g.negated === 'yes')).length, acc.length));
      const flagged = of(neg).filter((x) => x.negatedByTool);
      rows.push(proportionRow(split, 'negation_precision', ALL, gr, flagged.filter((x) => x.g.negated === 'yes').length, flagged.length));
      const denied = of(neg).filter((x) => x.g.negated === 'yes');
      rows.push(proportionRow(split, 'negation_recall', ALL, gr, denied.filter((x) => x.negatedByTool).length, denied.length));
    }
  }
  rows.push(...agreementRows([...byKey.values()], categoryIds));
  return { rows, coverage };
}

/** Alpha and kappa over items coded by two or more coders (kappa: the first two). */
function agreementRows(itemsByKey: GoldItem[][], categoryIds: readonly string[]): Row[] {
  const multi = itemsByKey.map((xs) => {
    const byCoder = new Map<string, GoldItem>();
    for (const x of xs) if (!byCoder.has(x.coder)) byCoder.set(x.coder, x);
    return [...byCoder.values()];
  }).filter((xs) => xs.length >= 2);
  const rows: Row[] = [];
  const emit = (measure: string, units: (string | null)[][]) => {
    const usable = units.filter((u) => u.filter((v) => v !== null).length >= 2);
    rows.push({ split: ALL, measure: `alpha_${measure}`, category: ALL, group: ALL, n: usable.length, k: null, estimate: krippendorffAlphaNominal(usable), lower: null, upper: null, method: "Krippendorff's alpha, nominal (Krippendorff 2011)" });
    rows.push({ split: ALL, measure: `kappa_${measure}`, category: ALL, group: ALL, n: usable.length, k: null, estimate: cohenKappa(usable.map((u) => u[0] ?? null), usable.map((u) => u[1] ?? null)), lower: null, upper: null, method: "Cohen's kappa, first two coders (Cohen 1960)" });
  };
  const hits = multi.filter((xs) => xs[0]!.kind === 'hit');
  emit('frame', hits.map((xs) => xs.map((x) => x.frame)));
  emit('negated', hits.map((xs) => xs.map((x) => x.negated)));
  const sentences = multi.filter((xs) => xs[0]!.kind === 'sentence');
  // Each (sentence, category) pair is a unit with a yes/no code from each coder.
  emit('sentence_categories', sentences.flatMap((xs) => categoryIds.map((c) => xs.map((x) => (x.categories === null ? null : x.categories.includes(c) ? 'yes' : 'no')))));
  return rows;
}
