// Reading hand-coded sheets: every column and code checked, errors naming file and line.
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
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
  let records: string[][];
  try {
    records = parse(readFileSync(file, 'utf8'), { relax_column_count: false }) as string[][];
  } catch (e) {
    throw new UsageError(`${file}: not a readable CSV (${(e as Error).message.split('\n')[0]})`);
  }
  if (records.length === 0) throw new UsageError(`${file}: empty file`);
  const header = records[0]!;
  const missing = GOLD_COLUMNS.filter((c) => !header.includes(c));
  if (missing.length > 0) throw new UsageError(`${file}:1: missing column${missing.length > 1 ? 's' : ''} ${missing.join(', ')} (a sheet made by sample has them all)`);
  const col = (name: string) => header.indexOf(name);
  const known = new Set(categoryIds);
  const items: GoldItem[] = [];
  records.slice(1).forEach((r, i) => {
    const line = i + 2;
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
    items.push({
      file, line, itemId: get('item_id'), kind, split: get('split'), stratum: get('stratum'), docId: get('doc_id'), docFingerprint: get('doc_fingerprint'),
      group: get('group'), sentenceIndex: num('sentence_index'), charStart: num('char_start'), charEnd: num('char_end'), category: get('category'),
      coder: get('coder') || '(unnamed)', frame: frame === '' ? null : (frame as GoldItem['frame']), negated: negated === '' ? null : (negated as GoldItem['negated']), categories, note: get('note'),
    });
  });
  return items;
}
