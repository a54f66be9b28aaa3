// The figures of a run: chart rows taken from the corpus tables, rendered by src/charts.
import { join } from 'node:path';
import type { TopLevelSpec } from 'vega-lite';
import { groupView, withN, writeChart, type ChartContext, type Grouping } from '../charts/index.ts';
import { registeredCharts, type ChartInputs } from '../charts/catalogue.ts';
import type { Lexicon } from '../lexicon/index.ts';
import { describeCorpus, type CorpusDescription } from '../provenance/citation.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import type { PolarityColumns } from '../engine/summary.ts';
import { ALL } from '../tables/schema.ts';
import { DEFAULTS } from '../cli/options.ts';

export { thinForPlot } from '../charts/table-rows.ts';

/** The corpus tables the charts are drawn from (rows as written). */
export type ChartTables = Omit<ChartInputs, 'sentenceScores' | 'scoredSentences' | 'comparable'>;

/** A chart the run did not draw, and why (for the run summary). */
export interface SkippedChart {
  chart: string;
  reason: string;
}

/**
 * What writeCharts did: the files written (relative to OUT) and the charts it skipped with the reason.
 * Iterating it gives the files, as the first callers of writeCharts expect.
 */
export interface ChartsWritten extends Iterable<string> {
  files: string[];
  skipped: SkippedChart[];
}



/**
 * Writes every chart that has data into OUT/charts; returns the written paths relative to OUT and,
 * for every chart not drawn, the reason. `minDocs` is the run's --min-docs: groups with fewer
 * documents are left out of the comparison charts (and named in their captions).
 */
export async function writeCharts(
  out: string, state: CorpusState, lexicon: Lexicon, pol: PolarityColumns, t: ChartTables,
  ctx: { fingerprint: string; description: CorpusDescription; minDocs?: number },
): Promise<ChartsWritten> {
  const grouping: Grouping = {
    field: state.opts.groupBy,
    groups: state.documentsByGroup(ALL).slice(1).map(([group, docs]) => ({ group, documents: docs.length })),
    minDocs: ctx.minDocs ?? DEFAULTS.minDocs,
  };
  const context: ChartContext = {
    corpus: describeCorpus(ctx.description),
    lexicon: `${lexicon.name} ${lexicon.version}`,
    run: ctx.fingerprint.slice(0, 12),
    grouping,
  };
  // Comparisons need two groups of at least --min-docs documents.
  const view = groupView(grouping.groups.map((g) => g.group), context);
  const compareReason = view.shown.length >= 2 ? null : grouping.groups.length < 2
    ? `the documents form ${grouping.groups.length === 1 ? `one group by ${grouping.field} (${withN(grouping.groups[0]!.group, grouping.groups[0]!.documents)})` : 'no group'}: nothing to compare`
    : `fewer than two groups by ${grouping.field} have at least ${grouping.minDocs} documents (--min-docs): ${grouping.groups.map((g) => withN(g.group, g.documents)).join(', ')}`;
  const inputs: ChartInputs = {
    ...t, comparable: compareReason === null, scoredSentences: pol.length === 0 ? 0 : state.sentences,
    sentenceScores: () => pol.map((p) => ({ scorer: p.scorer, scores: state.sentenceColumn(p.column) })),
  };
  const skipped: SkippedChart[] = [];
  const specs: [string, TopLevelSpec][] = [];
  for (const chart of registeredCharts()) {
    const reason = (chart.comparison ? compareReason : null) ?? chart.cannot?.(inputs) ?? null;
    if (reason !== null) { skipped.push({ chart: chart.name, reason }); continue; }
    const spec = chart.build(inputs, context);
    if (spec === null) skipped.push({ chart: chart.name, reason: chart.empty });
    else specs.push([chart.name, spec]);
  }

  const files: string[] = [];
  for (const [name, spec] of specs) {
    await writeChart(join(out, 'charts'), name, spec);
    files.push(`charts/${name}.vl.json`, `charts/${name}.svg`, `charts/${name}.png`);
  }
  return { files, skipped, [Symbol.iterator]: () => files[Symbol.iterator]() };
}
