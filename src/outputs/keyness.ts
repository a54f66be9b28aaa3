// keyness.csv and category_keyness.csv: each group against the rest (or A against B), words and frames.
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { compareCodePoints as cmp } from '../corpus/index.ts';
import { NO_GROUP, type CorpusState } from '../engine/corpus-state.ts';
import {
  benjaminiHochberg, chiSquarePValue, fightinWords, logLikelihoodKeyness, logRatio, percentDiff,
} from '../stats/index.ts';

const known = (x: number) => (Number.isFinite(x) ? x : null);

interface Comparison { name: string; target: string; reference: string; t: Map<string, number>; r: Map<string, number> }

function minus(total: Map<string, number>, part: Map<string, number>): Map<string, number> {
  const out = new Map<string, number>();
  for (const [k, v] of total) {
    const rest = v - (part.get(k) ?? 0);
    if (rest > 0) out.set(k, rest);
  }
  return out;
}

/** The groups compared: the --compare pair in its order, else at least two in code-point order ("(none)" only beside others). */
function comparedGroups(byGroup: Map<string, Map<string, number>>, pair: readonly [string, string] | null = null): string[] {
  if (pair !== null) return [...pair];
  const groups = [...byGroup.keys()].filter((g) => g !== NO_GROUP || byGroup.size > 1).sort(cmp);
  return groups.length < 2 ? [] : groups;
}

/**
 * How many comparisons: each group against the rest; with exactly two groups (or a pair chosen with --compare) only
 * A against B, since "A vs rest" would be the same comparison and "B vs rest" its mirror.
 */
function comparisonCount(groups: string[]): number {
  return groups.length === 2 ? 1 : groups.length;
}

/** Comparison k (the rest's counts are made only when it is asked for). */
function comparisonAt(byGroup: Map<string, Map<string, number>>, total: Map<string, number>, groups: string[], k: number): Comparison {
  if (groups.length !== 2) {
    const g = groups[k]!;
    return { name: `${g} vs rest`, target: g, reference: '(rest)', t: byGroup.get(g)!, r: minus(total, byGroup.get(g)!) };
  }
  const [a, b] = groups as [string, string];
  return { name: `${a} vs ${b}`, target: a, reference: b, t: byGroup.get(a) ?? new Map(), r: byGroup.get(b) ?? new Map() };
}

function comparisons(byGroup: Map<string, Map<string, number>>, total: Map<string, number>, pair: readonly [string, string] | null = null): Comparison[] {
  const groups = comparedGroups(byGroup, pair);
  return Array.from({ length: comparisonCount(groups) }, (_, k) => comparisonAt(byGroup, total, groups, k));
}

function sum(m: Map<string, number>): number {
  let n = 0;
  for (const v of m.values()) n += v;
  return n;
}

/** Keyness rows for the comparisons; `totals` gives the size of target and reference when the items do not sum to it. */
function keynessRows(
  comps: Comparison[], minFreq: number, totals?: (c: Comparison) => [number, number],
): Row[] {
  const rows: Row[] = [];
  for (const c of comps) rows.push(...comparisonRows(c, minFreq, totals));
  return rows;
}

/** One comparison's keyness rows, by G2 descending (ties: item in code-point order). */
function comparisonRows(c: Comparison, minFreq: number, totals?: (c: Comparison) => [number, number], excluded?: (item: string) => boolean): Row[] {
  const [nT, nR] = totals ? totals(c) : [sum(c.t), sum(c.r)];
  // Against the same sizes as G2: words for framing categories, not the sum of their hits.
  const fw = fightinWords(c.t, c.r, 'corpus', undefined, totals ? [nT, nR] : undefined);
  const items = new Set<string>([...c.t.keys(), ...c.r.keys()]);
  const kept: Row[] = [];
  for (const item of items) {
    const a = c.t.get(item) ?? 0, b = c.r.get(item) ?? 0;
    if (a + b < minFreq || excluded?.(item)) continue;
    const g2 = logLikelihoodKeyness(a, nT, b, nR);
    kept.push({
      comparison: c.name, target: c.target, reference: c.reference, item,
      freq_target: a, freq_reference: b,
      per_million_target: nT === 0 ? null : (a / nT) * 1e6, per_million_reference: nR === 0 ? null : (b / nR) * 1e6,
      g2, p_value: chiSquarePValue(Math.abs(g2), 1), p_adjusted: 0,
      log_ratio: known(logRatio(a, nT, b, nR)), percent_diff: known(percentDiff(a, nT, b, nR)),
      fightin_words_z: known(fw.get(item)?.z ?? NaN),
    });
  }
  const adj = benjaminiHochberg(kept.map((r) => r.p_value as number));
  kept.forEach((r, i) => { r.p_adjusted = adj[i]!; });
  kept.sort((x, y) => (y.g2 as number) - (x.g2 as number) || cmp(x.item as string, y.item as string));
  return kept;
}

/**
 * keyness.csv, one comparison at a time (each group against the rest, then A against B): the rows of a
 * whole vocabulary are never all held, since each comparison's are written before the next is computed.
 */
export function* keywordComparisons(state: CorpusState, minFreq: number, excluded?: (item: string) => boolean, pair: readonly [string, string] | null = null): Generator<Row[]> {
  const byGroup = state.unitByGroup;
  const total = state.unitTotal;
  const groups = comparedGroups(byGroup, pair);
  for (let k = 0; k < comparisonCount(groups); k++) yield comparisonRows(comparisonAt(byGroup, total, groups, k), minFreq, undefined, excluded);
}

export function categoryKeynessRows(state: CorpusState, lexicon: Lexicon, pair: readonly [string, string] | null = null): Row[] {
  const hitsByGroup = new Map<string, Map<string, number>>();
  const words = new Map<string, number>();
  const total = new Map<string, number>();
  for (let i = 0; i < state.n; i++) {
    const group = state.groups[state.docGroup.get(i)]!;
    let m = hitsByGroup.get(group);
    if (!m) hitsByGroup.set(group, (m = new Map()));
    words.set(group, (words.get(group) ?? 0) + state.docWords.get(i));
    lexicon.categories.forEach((c, k) => {
      const h = state.hits(i, k);
      m!.set(c.id, (m!.get(c.id) ?? 0) + h);
      total.set(c.id, (total.get(c.id) ?? 0) + h);
    });
  }
  const groupWords = (g: string) => words.get(g) ?? 0;
  return keynessRows(comparisons(hitsByGroup, total, pair), 1, (c) => {
    const t = groupWords(c.target);
    const r = c.reference === '(rest)' ? state.words - t : groupWords(c.reference);
    return [t, r];
  });
}
