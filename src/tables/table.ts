// Rows as an arquero table: the form the library's verbs return (notebooks filter, group and join them).
import * as aq from 'arquero';
import type { Row } from './csv.ts';

export type Table = ReturnType<typeof aq.table>;

/** A table of the given columns, in that order, from plain rows (a missing cell is undefined). */
export function toTable(rows: readonly Row[], columns: readonly string[]): Table {
  const data: Record<string, unknown[]> = {};
  for (const c of columns) data[c] = rows.map((r) => r[c]);
  return aq.table(data);
}
