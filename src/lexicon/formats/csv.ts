// Plain CSV dictionaries: one `category,term` row per entry (an optional header row names the two columns).
import { CsvError, parse } from 'csv-parse/sync';
import { DictionaryBuilder, type CountingRules } from './imported.ts';
import { failedRecordLine, recordStartLine } from '../../formats/csv.ts';
import type { LexiconFormat, LexiconSourceText } from './registry.ts';

/** A plain list has no software of its own: framescope's rules, as in its YAML (only the definitions are missing). */
const CSV_RULES: CountingRules = { anyChar: false, oncePerLexicon: false, oneEntryPerWord: false };

export const plainCsv: LexiconFormat = {
  name: 'csv',
  description: 'plain CSV: category,term rows (header row category,term optional; # starts a comment line)',
  extensions: ['.csv'],
  read: readPlainCsv,
};

/** Records with the line each starts on; cells trimmed, blank lines skipped; malformed CSV is an error at its line. */
export function csvRecords(source: LexiconSourceText, b: DictionaryBuilder, comments = false): { cells: string[]; line: number }[] {
  // A comment line is blanked, not dropped, so that csv-parse's line numbers stay the file's.
  const text = comments ? source.text.replace(/^#.*$/gm, '') : source.text;
  let lastGood = 0;
  try {
    const rows = parse(text, {
      info: true, skip_empty_lines: true, trim: true, relax_column_count: true,
      on_record: (rec: { record: string[]; info: { lines: number } }, ctx: { lines: number }) => { lastGood = ctx.lines; return rec; },
    }) as { record: string[]; info: { lines: number } }[];
    return rows.map(({ record, info }) => ({ cells: record, line: recordStartLine(record, info.lines) }));
  } catch (err) {
    if (err instanceof CsvError) {
      // csv-parse reports an unclosed quote at the end of the file; the line to fix is where its record starts.
      if (err.code === 'CSV_QUOTE_NOT_CLOSED') return b.fail(failedRecordLine(text, lastGood), 'malformed CSV: a quote in this row is never closed');
      const line = (err as CsvError & { lines?: number }).lines ?? 1;
      return b.fail(line, `malformed CSV: ${err.message.replace(/^Invalid [^:]*: /, '')}`);
    }
    throw err;
  }
}

function readPlainCsv(source: LexiconSourceText) {
  const b = new DictionaryBuilder(source, 'csv', CSV_RULES);
  const records = csvRecords(source, b, true);
  const first = records[0];
  const hasHeader = first !== undefined && first.cells.map((c) => c.toLowerCase()).join(',') === 'category,term';
  for (const { cells, line } of hasHeader ? records.slice(1) : records) {
    if (cells.length !== 2) b.fail(line, `expected 2 columns (category,term), found ${cells.length}`);
    const [category, term] = cells as [string, string];
    if (category === '') b.fail(line, `${JSON.stringify(term)}: a term with no category`);
    b.add(category, term, line);
  }
  const lex = b.build();
  // framescope's own counting: touching hits of a category are one expression, as in its YAML.
  for (const c of lex.categories) delete c.joinExpressions;
  return lex;
}
