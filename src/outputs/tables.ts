// The corpus tables a run writes after the fold, by name: when each is made and how its rows come from the
// corpus state. The run walks this list (src/engine/run.ts); a new table is its schema (src/tables/schema.ts),
// a function that makes its rows, and one registerTable call. The per-document tables (documents, hits,
// marker counts, sentences) are streamed by the fold itself and are not in the list.
import type { Options } from '../cli/options.ts';
import type { Rejection } from '../corpus/index.ts';
import type { CorpusState } from '../engine/corpus-state.ts';
import type { PolarityColumns } from '../engine/summary.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { Row } from '../tables/csv.ts';
import { TABLES, type TableName } from '../tables/schema.ts';
import { categoryKeynessRows, keywordComparisons } from './keyness.ts';
import { collocationRows } from './collocations.ts';
import { dispersionRows } from './dispersion.ts';
import { ratesByGroupRows } from './rates-by-group.ts';
import { trendRows } from './trends.ts';
import { categoryRows } from './categories.ts';
import { frameToneRows } from './frame-tone.ts';
import { scorerAgreementRows } from './scorer-agreement.ts';

/** What the tables are made from. */
export interface TableContext {
  state: CorpusState;
  lexicon: Lexicon;
  options: Options;
  pol: PolarityColumns;
  /** the files refused, in any order */
  rejected: Rejection[];
  /** stop words and proper names: they leave the keyword and collocate lists, never the sizes and rates */
  excluded: (item: string) => boolean;
}

export interface TableDefinition {
  table: TableName;
  /**
   * early: before the bootstrap resamples are made when no worker pool makes them meanwhile (the
   * per-sentence columns scorer agreement reads are then garbage); corpus: any time; resampled: needs them.
   */
  stage: 'early' | 'corpus' | 'resampled';
  /** the rows, in chunks written one after another (a large table need not be held whole) */
  rows: (c: TableContext) => Iterable<Row[]>;
}

const tables = new Map<TableName, TableDefinition>();

/** Adds a table to every run; a table already listed is refused unless `override`; it must have a schema. */
export function registerTable(t: TableDefinition, options: { override?: boolean } = {}): void {
  if (!(t.table in TABLES)) throw new Error(`table "${t.table}" has no schema in src/tables/schema.ts (its columns, their types and meaning)`);
  if (tables.has(t.table) && !options.override) throw new Error(`table "${t.table}" is already registered (pass { override: true } to replace it)`);
  tables.set(t.table, t);
}

/** The registered tables of one stage, in the order a run writes them. */
export function registeredTables(stage: TableDefinition['stage']): TableDefinition[] {
  return [...tables.values()].filter((t) => t.stage === stage);
}

const boot = (o: Options) => ({ seed: o.seed, iterations: o.bootstrap });
const byPath = (a: Rejection, b: Rejection) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

for (const t of [
  { table: 'rejected', stage: 'early', rows: (c) => [[...c.rejected].sort(byPath).map((r) => ({ path: r.path, reason: r.reason }))] },
  { table: 'scorer_agreement', stage: 'early', rows: (c) => [scorerAgreementRows(c.state, c.pol)] },
  // One comparison at a time: the keyword rows of a large corpus are never held together.
  { table: 'keyness', stage: 'corpus', rows: (c) => keywordComparisons(c.state, c.options.minFreq, c.excluded, c.options.compare) },
  { table: 'category_keyness', stage: 'corpus', rows: (c) => [categoryKeynessRows(c.state, c.lexicon, c.options.compare)] },
  { table: 'dispersion', stage: 'corpus', rows: (c) => [dispersionRows(c.state, c.lexicon)] },
  { table: 'collocations', stage: 'corpus', rows: (c) => [collocationRows(c.state, c.lexicon, c.options.minFreq, c.excluded)] },
  { table: 'trends', stage: 'corpus', rows: (c) => [trendRows(c.state, c.lexicon)] },
  { table: 'categories', stage: 'corpus', rows: (c) => [categoryRows(c.state, c.lexicon)] },
  { table: 'frame_tone', stage: 'resampled', rows: (c) => [frameToneRows(c.state, c.lexicon, boot(c.options))] },
  { table: 'rates_by_group', stage: 'resampled', rows: (c) => [ratesByGroupRows(c.state, c.lexicon, { ...boot(c.options), minDocs: c.options.minDocs })] },
] satisfies TableDefinition[]) registerTable(t);
