// Document metadata: metadata.csv rows, YAML front matter, and the ISO 8601 date check.
import { parse as parseCsv } from 'csv-parse/sync';
import { failedRecordLine } from '../formats/csv.ts';
import { encodingProblem } from '../formats/encoding.ts';
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Node, type Pair } from 'yaml';
import { CorpusError } from './document.ts';

export interface MetadataRow {
  fields: Record<string, string>;
  /** Line of the row in metadata.csv (its first line, for a row with a multiline field). */
  line: number;
}

export interface MetadataTable {
  columns: string[];
  rows: Map<string, MetadataRow>;
}

/**
 * Parses metadata.csv text (`file` names it in errors). Column `id` is required; values are trimmed and
 * empty cells left out (absent = not present). A malformed row, a duplicate column or id is a CorpusError naming file and line.
 */
/** A record as csv-parse gives it with the info and raw options. */
type CsvRecord = { record: string[]; raw: string; info: { lines: number } };

const INTERN_MAX = 1000;

export function parseMetadataCsv(source: string | Buffer, file: string): MetadataTable {
  // Read as UTF-8, a Latin-1 byte would become U+FFFD and two groups ("Åland", "Äland") one.
  const problem = typeof source === 'string' ? null : encodingProblem(source, file);
  if (problem) throw new CorpusError(`${file} line ${problem.line}: ${problem.detail}`);
  const text = csvInput(source);
  let lastGood = 0;
  let header: string[] | null = null;
  let idCol = -1;
  const rows = new Map<string, MetadataRow>();
  const onRecord = (rec: CsvRecord): void => {
    if (header === null) {
      header = readHeader(rec, file);
      idCol = header.indexOf('id');
      return;
    }
    const line = startLine(rec);
    const id = rec.record[idCol]!.trim();
    if (id === '') throw new CorpusError(`${file} line ${line}: empty id`);
    const first = rows.get(id);
    if (first) throw new CorpusError(`${file} line ${line}: duplicate id ${JSON.stringify(id)} (first on line ${first.line})`);
    const fields: Record<string, string> = {};
    for (let j = 0; j < header.length; j++) {
      const v = rec.record[j]!.trim();
      if (v !== '') fields[header[j]!] = intern(j, v);
    }
    rows.set(id, { fields, line });
  };
  // Columns such as issuer or country repeat a few values on every row: one copy of each is kept.
  // A column with many distinct values (titles, URLs) stops being interned.
  const pools = new Map<number, Map<string, string> | null>();
  const intern = (col: number, v: string): string => {
    let pool = pools.get(col);
    if (pool === undefined) pools.set(col, (pool = new Map()));
    if (pool === null) return v;
    const known = pool.get(v);
    if (known !== undefined) return known;
    if (pool.size >= INTERN_MAX) { pools.set(col, null); return v; }
    pool.set(v, v);
    return v;
  };
  try {
    // Each record is taken as csv-parse reads it and dropped (on_record returns null): the parser never
    // holds the whole table, which with its per-record info and raw text took ~3 KB a row.
    parseCsv(text, {
      info: true, raw: true, skip_empty_lines: true, relax_column_count: false,
      on_record: (rec: CsvRecord, ctx: { lines: number }) => {
        onRecord(rec);
        lastGood = ctx.lines;
        return null;
      },
    });
  } catch (e) {
    if (e instanceof CorpusError) throw e;
    // csv-parse reports where it gave up (for an unclosed quote, the end of the file); name the row that starts there instead.
    const line = failedRecordLine(text.toString('utf8'), lastGood);
    const detail = (e as Error).message.replace(/ (at|on) line \d+/, '').replace(/:\s*$/, '');
    throw new CorpusError(`${file} line ${line}: malformed row: ${detail}`);
  }
  if (header === null) throw new CorpusError(`${file} line 1: empty file, expected a header line with an id column`);
  return { columns: header, rows };
}

/**
 * The bytes csv-parse reads: UTF-8 without a byte-order mark, and one line-ending convention, so its line
 * counts are exact (it miscounts mixed \r\n). A file read as bytes without \r is parsed as it is (no text copy).
 */
function csvInput(source: string | Buffer): Buffer {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const body = bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  if (!body.includes(13)) return body;
  return Buffer.from(body.toString('utf8').replace(/\r\n?/g, '\n'), 'utf8');
}

function readHeader(rec: CsvRecord, file: string): string[] {
  const header = rec.record.map((c) => c.trim());
  const headerLine = startLine(rec);
  const seenCol = new Set<string>();
  for (const c of header) {
    if (c === '') throw new CorpusError(`${file} line ${headerLine}: empty column name in header`);
    if (seenCol.has(c)) throw new CorpusError(`${file} line ${headerLine}: duplicate column ${JSON.stringify(c)}`);
    seenCol.add(c);
  }
  if (!header.includes('id')) throw new CorpusError(`${file} line ${headerLine}: no "id" column (columns: ${header.join(', ')}); id is the file name without extension`);
  return header;
}

/** First line of a record: csv-parse reports the last one; raw holds skipped empty lines before it and its delimiter after it. */
function startLine(rec: { raw: string; info: { lines: number } }): number {
  const body = rec.raw.replace(/^\n+/, '').replace(/\n$/, '');
  let inside = 0;
  for (let i = 0; i < body.length; i++) if (body.charCodeAt(i) === 10) inside++;
  return rec.info.lines - inside;
}

export interface FrontMatter {
  /** The document text after the closing `---` line. */
  body: string;
  /** File line where `body` starts (1-based). */
  bodyLine: number;
  fields: Record<string, string>;
  /** File line of each field, for error messages. */
  lines: Record<string, number>;
}

export type FrontMatterResult = { ok: true; frontMatter: FrontMatter | null } | { ok: false; line: number; reason: string };

const FENCE = /^---[ \t]*$/;

/**
 * Splits YAML front matter off a document: a `---` line at the very start (BOM already removed), YAML, a `---` line.
 * All scalars are read as text (YAML failsafe schema: "1.0" stays "1.0", "true" stays "true"); a list becomes
 * its items joined by "; ". Returns null front matter when the text does not start with `---`.
 */
export function splitFrontMatter(text: string): FrontMatterResult {
  const firstBreak = text.search(/\r\n?|\n/);
  const firstLine = firstBreak < 0 ? text : text.slice(0, firstBreak);
  if (!FENCE.test(firstLine)) return { ok: true, frontMatter: null };
  // Find the closing fence on its own line; count lines as we go (any line ending counts once).
  const lineRe = /([^\r\n]*)(\r\n?|\n|$)/g;
  lineRe.lastIndex = firstBreak < 0 ? text.length : firstBreak + (text.startsWith('\r\n', firstBreak) ? 2 : 1);
  const yamlStart = lineRe.lastIndex;
  let lineNo = 1;
  let closeAt = -1;
  let bodyStart = text.length;
  for (;;) {
    const at = lineRe.lastIndex;
    if (at >= text.length) break;
    const m = lineRe.exec(text)!;
    lineNo++;
    if (FENCE.test(m[1]!)) {
      closeAt = at;
      bodyStart = lineRe.lastIndex;
      break;
    }
  }
  if (closeAt < 0) return { ok: false, line: 1, reason: 'front matter opened by "---" on line 1 is never closed by a "---" line' };
  const yamlText = text.slice(yamlStart, closeAt).replace(/\r\n?/g, '\n');
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { schema: 'failsafe', lineCounter: lc, prettyErrors: false, uniqueKeys: true });
  // YAML line 1 is file line 2.
  const fileLine = (offset: number): number => lc.linePos(offset).line + 1;
  if (doc.errors.length > 0) {
    const e = doc.errors[0]!;
    return { ok: false, line: fileLine(e.pos[0]), reason: `invalid YAML front matter: ${e.message.split('\n')[0]}` };
  }
  const fields: Record<string, string> = {};
  const lines: Record<string, number> = {};
  const root = doc.contents;
  if (root !== null) {
    if (!isMap(root)) return { ok: false, line: fileLine(root.range?.[0] ?? 0), reason: 'front matter must be "field: value" lines' };
    for (const pair of root.items as Pair[]) {
      const key = pair.key as Node;
      const name = isScalar(key) ? String(key.value).trim() : '';
      const line = fileLine(key?.range?.[0] ?? 0);
      if (name === '') return { ok: false, line, reason: 'front matter field without a plain name' };
      const value = pair.value as Node | null;
      let valueText: string;
      if (value === null || (isScalar(value) && value.value === null)) continue;
      if (isScalar(value)) valueText = String(value.value).trim();
      else if (isSeq(value) && value.items.every((x) => isScalar(x))) valueText = (value.items as Node[]).map((x) => String((x as { value: unknown }).value).trim()).join('; ');
      else return { ok: false, line, reason: `front matter field ${JSON.stringify(name)} must be a value or a list of values` };
      if (valueText === '') continue;
      fields[name] = valueText;
      lines[name] = line;
    }
  }
  const bodyLine = lineNo + 1;
  return { ok: true, frontMatter: { body: text.slice(bodyStart), bodyLine, fields, lines } };
}

// ISO 8601 calendar dates as corpora carry them: YYYY, YYYY-MM, YYYY-MM-DD, or a date with a time
// (hh:mm, optional :ss and fraction, optional Z or ±hh:mm offset).
const ISO_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2})(?:[T ](\d{2}):(\d{2})(?::(\d{2})(?:[.,]\d+)?)?(?:Z|[+-](\d{2})(?::?(\d{2}))?)?)?)?)?$/;

/** True when `value` is an ISO 8601 date (YYYY, YYYY-MM, YYYY-MM-DD) or datetime with real month, day and time values. */
export function isIsoDate(value: string): boolean {
  const m = ISO_DATE.exec(value);
  if (!m) return false;
  const [, y, mo, d, hh, mm, ss, oh, om] = m;
  if (mo !== undefined && (Number(mo) < 1 || Number(mo) > 12)) return false;
  if (d !== undefined) {
    const year = Number(y);
    const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
    const days = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][Number(mo) - 1]!;
    if (Number(d) < 1 || Number(d) > days) return false;
  }
  if (hh !== undefined && (Number(hh) > 24 || Number(mm) > 59 || (ss !== undefined && Number(ss) > 60))) return false;
  if (oh !== undefined && (Number(oh) > 14 || (om !== undefined && Number(om) > 59))) return false;
  return true;
}
