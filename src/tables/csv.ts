// The only module that knows arquero's writer: rows -> CSV text, streamed in chunks to a file.
import * as aq from 'arquero';
import { closeSync, mkdirSync, openSync, renameSync, writeSync, rmSync } from 'node:fs';
import { dirname, join, basename } from 'node:path';
import { formatBoolean, formatNumber, neutralizeText } from './format.ts';

export type Cell = string | number | boolean | null | undefined;
export type Row = Record<string, Cell>;

function formatCell(v: unknown): string {
  if (typeof v === 'number') return formatNumber(v);
  if (typeof v === 'boolean') return formatBoolean(v);
  if (v === null || v === undefined) return '';
  return neutralizeText(String(v));
}

/** CSV text of rows for the given columns; quoting (commas, quotes, newlines) is arquero's. */
export function toCsv(columns: readonly string[], rows: readonly Row[], header = true): string {
  // Cells are formatted to strings first so number and injection rules are ours, not the writer's.
  const data: Record<string, string[]> = {};
  for (const col of columns) data[col] = rows.map((r) => formatCell(r[col]));
  const table = aq.table(data);
  const csv = rows.length === 0
    ? columns.map((col) => quoteHeader(col)).join(',')
    : aq.toCSV(table, { header });
  if (rows.length === 0 && !header) return '';
  return csv.endsWith('\n') ? csv : `${csv}\n`;
}

function quoteHeader(col: string): string {
  return /[",\n\r]/.test(col) ? `"${col.replace(/"/g, '""')}"` : col;
}

/**
 * A CSV file written in chunks to a temporary name and renamed into place on close, so an
 * interrupted run never leaves half a table and large tables need not be held whole.
 */
export class CsvSink {
  private fd: number;
  private readonly tmp: string;
  private rows = 0;

  constructor(readonly path: string, readonly columns: readonly string[]) {
    mkdirSync(dirname(path), { recursive: true });
    this.tmp = join(dirname(path), `.${basename(path)}.${process.pid}.tmp`);
    this.fd = openSync(this.tmp, 'w');
    if (columns.length > 0) writeSync(this.fd, toCsv(columns, [], true));
  }

  private pending: Row[] = [];

  /** Buffers rows and writes them in chunks of a few thousand (one arquero table per chunk, not per document). */
  append(rows: readonly Row[]): void {
    if (rows.length === 0) return;
    this.rows += rows.length;
    for (const r of rows) this.pending.push(r);
    if (this.pending.length >= 4096) this.flush();
  }

  private flush(): void {
    if (this.pending.length === 0) return;
    writeSync(this.fd, toCsv(this.columns, this.pending, false));
    this.pending = [];
  }

  /** Appends text as it is (for line-oriented files that share the atomic, streamed writing). */
  raw(text: string): void {
    this.flush();
    writeSync(this.fd, text);
  }

  get count(): number {
    return this.rows;
  }

  close(): void {
    this.flush();
    closeSync(this.fd);
    renameSync(this.tmp, this.path);
  }

  abort(): void {
    closeSync(this.fd);
    rmSync(this.tmp, { force: true });
  }
}

/** Writes a whole table at once (atomically). */
export function writeCsv(path: string, columns: readonly string[], rows: readonly Row[]): void {
  const sink = new CsvSink(path, columns);
  sink.append(rows);
  sink.close();
}
