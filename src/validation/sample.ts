// `sample`: a stratified random sample of hits (category x group) and a random sample of sentences, for hand-coding.
import { createHash } from 'node:crypto';
import { Mulberry32, streamSeed } from '../stats/random.ts';
import type { Row } from '../tables/csv.ts';
import type { GoldItem } from './gold.ts';
import type { RunTables } from './run-tables.ts';

export interface SampleOptions {
  /** hits per category x group cell (all when the cell has fewer) */
  perCell: number;
  /** random sentences per group, for recall */
  sentencesPerGroup: number;
  /** add every negated hit not drawn already */
  allNegated: boolean;
  seed: number;
  /** items already coded (`itemKey`), left out of the draw: a fresh sample that no revision has seen, all of it `test` */
  exclude?: ReadonlySet<string>;
}

/** The identity of an item across runs and sheets: kind, document fingerprint, span and (for hits) category. */
export function itemKey(kind: unknown, fingerprint: unknown, start: unknown, end: unknown, category: unknown): string {
  return `${kind}|${fingerprint}|${start}|${end}|${kind === 'hit' ? category : ''}`;
}

/** Keys of the items an earlier sheet coded. */
export function codedKeys(gold: readonly GoldItem[]): Set<string> {
  const keys = new Set<string>();
  for (const g of gold) if (g.kind === 'hit' ? g.frame !== null : g.categories !== null) keys.add(itemKey(g.kind, g.docFingerprint, g.charStart, g.charEnd, g.category));
  return keys;
}

/** dev or test, by document: half the documents (by a hash of the seed and the id) are held out for the final figures. */
export function splitOf(docId: string, seed: number): 'dev' | 'test' {
  return createHash('sha256').update(`${seed}\u0000${docId}`).digest()[0]! < 128 ? 'dev' : 'test';
}

/** k of the indexes 0..n-1 without replacement (a partial Fisher-Yates shuffle), in ascending order. */
export function drawIndexes(n: number, k: number, seed: number): number[] {
  const idx = Array.from({ length: n }, (_, i) => i);
  const rng = new Mulberry32(seed);
  const m = Math.min(k, n);
  for (let i = 0; i < m; i++) {
    const j = i + Math.floor(rng.next() * (n - i));
    [idx[i], idx[j]] = [idx[j]!, idx[i]!];
  }
  return idx.slice(0, m).sort((a, b) => a - b);
}

const byKey = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);

/** The rows of the coding sheet, hits first (by stratum), then sentences (by group); item ids are stable for a seed. */
export function drawSample(t: RunTables, o: SampleOptions): Row[] {
  const doc = (id: string) => t.documents.get(id)!;
  const excluded = (kind: string, docId: string, start: number, end: number, category: string) =>
    o.exclude?.has(itemKey(kind, doc(docId).fingerprint, start, end, category)) ?? false;
  const split = (docId: string) => (o.exclude ? 'test' : splitOf(docId, o.seed));
  const cells = new Map<string, number[]>();
  t.hits.forEach((h, i) => {
    if (excluded('hit', h.doc_id, h.char_start, h.char_end, h.category)) return;
    const key = `${h.category}\u0000${doc(h.doc_id).group}`;
    (cells.get(key) ?? cells.set(key, []).get(key)!).push(i);
  });
  const chosen = new Map<number, string>();
  [...cells.keys()].sort(byKey).forEach((key, c) => {
    const members = cells.get(key)!;
    for (const j of drawIndexes(members.length, o.perCell, streamSeed(o.seed, c))) chosen.set(members[j]!, 'category x group');
  });
  if (o.allNegated) t.hits.forEach((h, i) => { if (h.negated && !chosen.has(i) && !excluded('hit', h.doc_id, h.char_start, h.char_end, h.category)) chosen.set(i, 'negated'); });

  const sentenceText = new Map(t.sentences.map((s) => [`${s.doc_id}\u0000${s.sentence_index}`, s.text]));
  const rows: Row[] = [];
  const hitOrder = [...chosen.keys()].sort((a, b) => a - b);
  for (const i of hitOrder) {
    const h = t.hits[i]!;
    const d = doc(h.doc_id);
    rows.push({
      kind: 'hit', split: split(h.doc_id), stratum: chosen.get(i), doc_id: h.doc_id, doc_fingerprint: d.fingerprint, group: d.group,
      sentence_index: h.sentence_index, char_start: h.char_start, char_end: h.char_end, category: h.category, entry: h.entry, matched: h.matched,
      left_context: h.left_context, sentence: sentenceText.get(`${h.doc_id}\u0000${h.sentence_index}`) ?? '', right_context: h.right_context,
    });
  }

  const groups = new Map<string, number[]>();
  t.sentences.forEach((s, i) => {
    if (excluded('sentence', s.doc_id, s.char_start, s.char_end, '')) return;
    const g = doc(s.doc_id).group;
    (groups.get(g) ?? groups.set(g, []).get(g)!).push(i);
  });
  [...groups.keys()].sort(byKey).forEach((g, c) => {
    const members = groups.get(g)!;
    for (const j of drawIndexes(members.length, o.sentencesPerGroup, streamSeed(o.seed, 100_000 + c))) {
      const i = members[j]!;
      const s = t.sentences[i]!;
      const prev = t.sentences[i - 1], next = t.sentences[i + 1];
      const d = doc(s.doc_id);
      rows.push({
        kind: 'sentence', split: split(s.doc_id), stratum: 'random sentence', doc_id: s.doc_id, doc_fingerprint: d.fingerprint, group: g,
        sentence_index: s.sentence_index, char_start: s.char_start, char_end: s.char_end, category: '', entry: '', matched: '',
        left_context: prev?.doc_id === s.doc_id ? prev.text : '', sentence: s.text, right_context: next?.doc_id === s.doc_id ? next.text : '',
      });
    }
  });
  rows.forEach((r, i) => { r.item_id = `${r.kind === 'hit' ? 'h' : 's'}${String(i + 1).padStart(4, '0')}`; });
  return rows;
}

/** Copies the codes of earlier sheets onto the rows that are the same item (first sheet first); returns how many got codes. */
export function carryCodes(rows: Row[], gold: readonly GoldItem[]): number {
  const key = itemKey;
  const codes = new Map<string, GoldItem>();
  for (const g of gold) {
    const coded = g.kind === 'hit' ? g.frame !== null : g.categories !== null;
    const k = key(g.kind, g.docFingerprint, g.charStart, g.charEnd, g.category);
    if (coded && !codes.has(k)) codes.set(k, g);
  }
  let n = 0;
  for (const r of rows) {
    const g = codes.get(key(r.kind, r.doc_fingerprint, r.char_start, r.char_end, r.category));
    if (!g) continue;
    Object.assign(r, { coder: g.coder, code_frame: g.frame ?? '', code_negated: g.negated ?? '', code_categories: g.categories === null ? '' : g.categories.length === 0 ? 'none' : g.categories.join(';'), note: g.note });
    n++;
  }
  return n;
}
