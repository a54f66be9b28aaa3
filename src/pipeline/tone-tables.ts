// Tables of the sentiment issue: scorer agreement and the tone of each frame.
import type { Lexicon } from '../lexicon/index.ts';
import { polarity } from '../sentiment/scorer.ts';
import { bootstrapRatios, differenceInterval, ratioInterval, spearmanRho } from '../stats/index.ts';
import type { Row } from '../tables/csv.ts';
import { cmp } from './corpus-tables.ts';
import type { CorpusState, DocSummary } from './corpus-state.ts';
import type { PolarityColumns } from './emit.ts';

export const ALL = '(all)';

export function scorerAgreementRows(state: CorpusState, pol: PolarityColumns): Row[] {
  const rows: Row[] = [];
  for (let i = 0; i < pol.length; i++) {
    for (let j = i + 1; j < pol.length; j++) {
      const a = state.sentenceScores.get(pol[i]!.column)!;
      const b = state.sentenceScores.get(pol[j]!.column)!;
      let same = 0;
      for (let k = 0; k < a.length; k++) if (polarity(a[k]!) === polarity(b[k]!)) same++;
      rows.push({
        scorer_a: pol[i]!.scorer, scorer_b: pol[j]!.scorer, column_a: pol[i]!.column, column_b: pol[j]!.column,
        n_sentences: a.length,
        spearman_rho: a.length < 2 ? null : spearmanRho(a, b),
        polarity_agreement: a.length === 0 ? null : same / a.length,
      });
    }
  }
  return rows;
}

/** Documents by group, "(all)" first, then groups in code-point order. */
export function docsByGroup(state: CorpusState): [string, DocSummary[]][] {
  const groups = new Map<string, DocSummary[]>();
  for (const d of state.docs) {
    let list = groups.get(d.group);
    if (!list) groups.set(d.group, (list = []));
    list.push(d);
  }
  const named = [...groups.entries()].sort((x, y) => cmp(x[0], y[0]));
  return [[ALL, state.docs], ...named];
}

export function frameToneRows(
  state: CorpusState, lexicon: Lexicon, opts: { seed: number; iterations: number },
): Row[] {
  const rows: Row[] = [];
  const cats = lexicon.categories;
  const colsN = state.scoreColumns.length;
  // Two ratios per category × score column: mean with the frame (2j) and without it (2j + 1).
  const nRatios = cats.length * colsN * 2;
  const known = (x: number) => (Number.isFinite(x) ? x : null);
  for (const [group, docs] of docsByGroup(state)) {
    const cells = new Float64Array(docs.length * nRatios * 2);
    docs.forEach((d, i) => {
      let k = 0;
      for (const cat of cats) {
        for (const col of state.scoreColumns) {
          const t = d.tone[cat.id]![col]!;
          const base = (i * nRatios + k) * 2;
          cells[base] = t[0]; cells[base + 1] = t[1]; cells[base + 2] = t[2]; cells[base + 3] = t[3];
          k += 2;
        }
      }
    });
    const reps = bootstrapRatios(cells, docs.length, nRatios, { seed: opts.seed, iterations: opts.iterations });
    let k = 0;
    for (const cat of cats) {
      for (const col of state.scoreColumns) {
        let nWith = 0, nWithout = 0, docsWith = 0;
        for (const d of docs) {
          const t = d.tone[cat.id]![col]!;
          nWith += t[1]; nWithout += t[3];
          if (t[1] > 0) docsWith++;
        }
        const w = ratioInterval(reps, k), wo = ratioInterval(reps, k + 1), diff = differenceInterval(reps, k, k + 1);
        rows.push({
          group, category: cat.id, label: cat.label, score: col,
          n_sentences_with: nWith, n_documents_with: docsWith,
          mean_with: known(w.estimate), ci_low_with: known(w.low), ci_high_with: known(w.high),
          n_sentences_without: nWithout,
          mean_without: known(wo.estimate), ci_low_without: known(wo.low), ci_high_without: known(wo.high),
          difference: known(diff.estimate), ci_low_difference: known(diff.low), ci_high_difference: known(diff.high),
        });
        k += 2;
        void colsN;
      }
    }
  }
  return rows;
}
