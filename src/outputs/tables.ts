// The corpus tables a run writes after the fold, by name: when each is made and how its rows come from the
// corpus state. The run walks this list (src/engine/run.ts); a new table is its schema (src/tables/schema.ts),
// a function that makes its rows, and one registerTable call. The per-document tables (documents, hits,
// marker counts, sentences) are streamed by the fold itself and are not in the list.
import type { Rejection } from '../corpus/index.ts';
import type { PolarityColumns } from '../engine/summary.ts';
import type { Row } from '../tables/csv.ts';
import { TABLES, type TableName } from '../tables/schema.ts';
import { categoriesOf, categoryKeynessOf, collocationsOf, dispersionOf, frameToneOf, keynessChunks, ratesOf, trendsOf, type Fold, type TableOptions } from './rows.ts';
import { scorerAgreementRows } from './scorer-agreement.ts';

/** What the tables are made from: the fold, and the table options the command's flags set (src/outputs/rows.ts). */
export interface TableContext extends Fold {
  settings: TableOptions;
  pol: PolarityColumns;
  /** the files refused, in any order */
  rejected: Rejection[];
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

const byPath = (a: Rejection, b: Rejection) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0);

for (const t of [
  { table: 'rejected', stage: 'early', rows: (c) => [[...c.rejected].sort(byPath).map((r) => ({ path: r.path, reason: r.reason }))] },
  { table: 'scorer_agreement', stage: 'early', rows: (c) => [scorerAgreementRows(c.state, c.pol)] },
  // The same functions as the textstat verbs (src/outputs/rows.ts), with the command's options.
  { table: 'keyness', stage: 'corpus', rows: (c) => keynessChunks(c, c.settings) },
  { table: 'category_keyness', stage: 'corpus', rows: (c) => [categoryKeynessOf(c, c.settings)] },
  { table: 'dispersion', stage: 'corpus', rows: (c) => [dispersionOf(c)] },
  { table: 'collocations', stage: 'corpus', rows: (c) => [collocationsOf(c, c.settings)] },
  { table: 'trends', stage: 'corpus', rows: (c) => [trendsOf(c)] },
  { table: 'categories', stage: 'corpus', rows: (c) => [categoriesOf(c)] },
  { table: 'frame_tone', stage: 'resampled', rows: (c) => [frameToneOf(c, c.settings)] },
  { table: 'rates_by_group', stage: 'resampled', rows: (c) => [ratesOf(c, c.settings)] },
] satisfies TableDefinition[]) registerTable(t);
