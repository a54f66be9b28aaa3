// Arrow IPC copies of the CSV tables (--format csv,arrow): the same cells, typed by the schema, which R's arrow
// and pandas read directly. Made from the written CSV, so the two cannot disagree.
import { readFileSync } from 'node:fs';
import * as aq from 'arquero';
import { bool, float64, int32, utf8 } from '@uwdata/flechette';
import { writeFileAtomic } from './atomic.ts';
import type { ColumnType, TableSchema } from './schema.ts';

const ARROW_TYPE = { string: utf8, date: utf8, integer: int32, number: float64, boolean: bool } as const;

/** A cell of the CSV as the schema's type: '' is null; numbers and booleans as written by src/tables/format.ts. */
function typed(cell: string, type: ColumnType): string | number | boolean | null {
  if (cell === '') return null;
  // src/tables/format.ts writes infinities as Inf and -Inf, which Number() would read as NaN.
  if (type === 'integer' || type === 'number') return cell === 'Inf' ? Infinity : cell === '-Inf' ? -Infinity : Number(cell);
  if (type === 'boolean') return cell === 'true';
  return cell;
}

/**
 * Writes `csvFile` again as an Arrow IPC file (file format) at `arrowFile`. Columns the schema names get its
 * type; any other column (free metadata fields of documents.csv) is text. Cells keep the CSV's text exactly,
 * including the apostrophe that guards text starting with = + - @ against spreadsheet formulas.
 */
export function writeArrowCopy(csvFile: string, arrowFile: string, schema: TableSchema | undefined): void {
  // Every column is read as text; the schema, not a guess from the values, decides the types.
  const table = aq.fromCSV(readFileSync(csvFile, 'utf8'), { autoType: false });
  const typeOf = (name: string): ColumnType => schema?.columns.find((c) => c.name === name)?.type ?? 'string';
  const columns: Record<string, unknown[]> = {};
  const types: Record<string, ReturnType<(typeof ARROW_TYPE)[ColumnType]>> = {};
  for (const name of table.columnNames()) {
    const type = typeOf(name);
    columns[name] = (table.array(name) as (string | null | undefined)[]).map((v) => typed(v ?? '', type));
    types[name] = ARROW_TYPE[type]();
  }
  writeFileAtomic(arrowFile, aq.toArrowIPC(aq.table(columns), { format: 'file', types }));
}
