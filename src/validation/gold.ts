// Reading hand-coded sheets: every column and code checked, errors naming file and line.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { failedRecordLine, recordStartLine } from '../formats/csv.ts';
import { encodingProblem } from '../formats/encoding.ts';
import { UsageError } from '../cli/options.ts';
import { FRAME_CODES, GOLD_COLUMNS, NEGATED_CODES } from './gold-columns.ts';

export interface GoldItem {
  file: string;
  line: number;
  itemId: string;
  kind: 'hit' | 'sentence';
  split: string;
  stratum: string;
  docId: string;
  docFingerprint: string;
  group: string;
  sentenceIndex: number;
  charStart: number;
  charEnd: number;
  category: string;
  coder: string;
  frame: 'yes' | 'no' | 'unsure' | null;
  negated: 'yes' | 'no' | null;
  /** for sentences: the categories coded (empty for `none`), or null when not coded */
  categories: string[] | null;
  note: string;
}

const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

/** Reads one coded sheet; throws UsageError naming file:line for a missing column or a code outside the coding sheet. */
export function readGold(file: string, categoryIds: readonly string[]): GoldItem[] {
  const bytes = readFileSync(file);
  const problem = encodingProblem(bytes, file);
  if (problem) throw new UsageError(`${file}:${problem.line}: ${problem.detail}`);
  const text = bytes.toString('utf8').replace(/\r\n?/g, '\n');
  let lastGood = 0;
  let rows: { record: string[]; info: { lines: number } }[];
  try {
    // bom: a sheet saved by a spreadsheet as "CSV UTF-8" starts with one, which would hide the first column's name.
    rows = parse(text, {
      bom: true, info: true, relax_column_count: false,
      on_record: (rec: { record: string[]; info: { lines: number } }, ctx: { lines: number }) => { lastGood = ctx.lines; return rec; },
    }) as { record: string[]; info: { lines: number } }[];
  } catch (e) {
    // csv-parse reports an unclosed quote at the end of the file: name the row it starts on instead.
    const line = (e as { code?: string }).code === 'CSV_QUOTE_NOT_CLOSED' ? failedRecordLine(text, lastGood) : (e as { lines?: number }).lines;
    throw new UsageError(`${file}${line === undefined ? '' : `:${line}`}: not a readable CSV (${(e as Error).message.split('\n')[0]!.replace(/ (at|on) line \d+/, '')})`);
  }
  if (rows.length === 0) throw new UsageError(`${file}: empty file`);
  const records = rows.map((r) => r.record);
  const header = records[0]!;
  const missing = GOLD_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new UsageError(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a sheet made by sample has them all)`);
  const col = (name: string) => header.indexOf(name);
  const known = new Set(categoryIds);
  const items: GoldItem[] = [];
  // One code per coder and item: a second one would silently lose to the first.
  const firstLine = new Map<string, number>();
  records.slice(1).forEach((r, i) => {
    const line = recordStartLine(r, rows[i + 1]!.info.lines);
    const get = (name: string) => unguard((r[col(name)] ?? '').trim());
    const where = `${file}:${line}`;
    const kind = get('kind');
    if (kind !== 'hit' && kind !== 'sentence') throw new UsageError(`${where}: kind must be hit or sentence, got '${kind}'`);
    const frame = get('code_frame').toLowerCase();
    if (frame !== '' && !(FRAME_CODES as readonly string[]).includes(frame)) throw new UsageError(`${where}: code_frame must be ${FRAME_CODES.join(', ')} or empty, got '${frame}'`);
    const negated = get('code_negated').toLowerCase();
    if (negated !== '' && !(NEGATED_CODES as readonly string[]).includes(negated)) throw new UsageError(`${where}: code_negated must be yes, no or empty, got '${negated}'`);
    const rawCats = get('code_categories');
    let categories: string[] | null = null;
    if (rawCats !== '') {
      categories = rawCats.toLowerCase() === 'none' ? [] : rawCats.split(/[;,]/).map((s) => s.trim()).filter(Boolean);
      for (const c of categories) if (!known.has(c)) throw new UsageError(`${where}: code_categories names '${c}', not a category of the lexicon (${categoryIds.join(', ')})`);
    }
    if (kind === 'hit' && categories !== null) throw new UsageError(`${where}: a hit row has code_categories; code a hit with code_frame and code_negated`);
    if (kind === 'sentence' && (frame !== '' || negated !== '')) throw new UsageError(`${where}: a sentence row has code_frame or code_negated; code a sentence with code_categories`);
    const num = (name: string) => {
      const v = get(name);
      if (!/^\d+$/.test(v)) throw new UsageError(`${where}: ${name} must be a whole number, got '${v}'`);
      return Number(v);
    };
    // A sheet without coder names is one coder: its file's name tells it from another such sheet.
    const coder = get('coder') || `(unnamed: ${basename(file)})`;
    const key = `${get('item_id')}\u0000${coder}`;
    const first = firstLine.get(key);
    if (first !== undefined) throw new UsageError(`${where}: item ${get('item_id')} is coded twice by coder ${coder} (first at line ${first}); keep one code per coder`);
    firstLine.set(key, line);
    items.push({
      file, line, itemId: get('item_id'), kind, split: get('split'), stratum: get('stratum'), docId: get('doc_id'), docFingerprint: get('doc_fingerprint'),
      group: get('group'), sentenceIndex: num('sentence_index'), charStart: num('char_start'), charEnd: num('char_end'), category: get('category'),
      coder, frame: frame === '' ? null : (frame as GoldItem['frame']), negated: negated === '' ? null : (negated as GoldItem['negated']), categories, note: get('note'),
    });
  });
  return items;
}
