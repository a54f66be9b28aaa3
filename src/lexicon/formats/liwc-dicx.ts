// LIWC-22 .dicx: CSV with the term first (header DicTerm or Entry) and one column per category, members marked X or 1.
import { DictionaryBuilder } from './imported.ts';
import { LIWC_RULES } from './liwc-dic.ts';
import type { LexiconFormat, LexiconSourceText } from './registry.ts';
import { csvRecords } from './csv.ts';

const TERM_HEADERS = ['dicterm', 'entry'];

export const liwcDicx: LexiconFormat = {
  name: 'liwc-dicx',
  description: 'LIWC-22 .dicx: CSV, term column (DicTerm or Entry) then one column per category marked X or 1',
  extensions: ['.dicx', '.csv'],
  detect: (text) => TERM_HEADERS.includes((text.split('\n')[0] ?? '').split(',')[0]!.trim().replace(/^"|"$/g, '').toLowerCase()),
  read: readLiwcDicx,
};

function readLiwcDicx(source: LexiconSourceText) {
  const b = new DictionaryBuilder(source, 'liwc-dicx', LIWC_RULES);
  const records = csvRecords(source, b);
  const header = records[0];
  if (!header || !TERM_HEADERS.includes(header.cells[0]!.toLowerCase())) b.fail(header?.line ?? 1, 'the first column must be headed DicTerm or Entry');
  const names = header.cells.slice(1);
  names.forEach((n, k) => { if (n === '') b.fail(header.line, `column ${k + 2} has no category name`); });
  for (const n of names) b.category(n, header.line);
  for (const { cells, line } of records.slice(1)) {
    const term = cells[0]!;
    if (term === '') b.fail(line, 'a row with no term');
    let any = false;
    cells.slice(1).forEach((cell, k) => {
      const mark = cell.toUpperCase();
      if (mark === 'X' || mark === '1') { b.add(names[k]!, term, line); any = true; }
      else if (mark !== '' && mark !== '0') b.fail(line, `${JSON.stringify(term)}: ${JSON.stringify(cell)} under ${names[k]}: mark members with X or 1, others empty`);
    });
    if (!any) b.fail(line, `${JSON.stringify(term)}: a term with no category`);
  }
  return b.build();
}
