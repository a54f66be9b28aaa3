// LIWC .dic (2001-2015): a %-delimited legend of numbered categories, then one term a line with its category numbers.
import { DictionaryBuilder, type CountingRules } from './imported.ts';
import type { LexiconFormat, LexiconSourceText } from './registry.ts';

/** LIWC counts a word once per category of its one dictionary entry (exact entry first, else the longest stem). */
export const LIWC_RULES: CountingRules = { anyChar: false, oncePerLexicon: false, oneEntryPerWord: true };

// LIWC 2007 conditional codes: `(02 134)125/464` (by the word before) or `<of>135/22` (by the word after).
const CONDITIONAL = /(\([^)]*\)|<[^>]*>)\s*\d+(\/\d+)?/g;

export const liwcDic: LexiconFormat = {
  name: 'liwc-dic',
  description: 'LIWC .dic (2001-2015): % legend of numbered categories, then term and category numbers',
  extensions: ['.dic'],
  detect: (text) => text.split('\n').find((l) => l.trim() !== '')?.trim() === '%',
  read: readLiwcDic,
};

function readLiwcDic(source: LexiconSourceText) {
  const b = new DictionaryBuilder(source, 'liwc-dic', LIWC_RULES);
  const lines = source.text.split('\n');
  const legend = new Map<number, string>();
  let section = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = i + 1;
    const raw = lines[i]!.replace(/\s+$/, '');
    if (raw.trim() === '') continue;
    if (raw.trim() === '%') {
      section++;
      continue;
    }
    if (section === 0) b.fail(line, 'a LIWC dictionary starts with a line holding only %, then the category legend');
    if (section === 1) {
      // `01<TAB>posemo`, sometimes followed by a description in parentheses.
      const m = /^\s*(\d+)\s+(.+?)(\s+\(.*\))?$/.exec(raw);
      if (!m) return b.fail(line, `legend line ${JSON.stringify(raw.trim())}: expected a category number and a name`);
      const n = Number(m[1]);
      if (legend.has(n)) b.fail(line, `category number ${m[1]} is in the legend twice`);
      legend.set(n, m[2]!.trim());
      b.category(m[2]!, line);
      continue;
    }
    if (section > 2) b.fail(line, 'a third % line: a LIWC dictionary has one legend and one word list');
    readEntryLine(b, legend, raw, line);
  }
  if (section < 2) b.fail(lines.length, 'the legend is not closed by a line holding only %');
  return b.build();
}

/** One word-list line: the term (before the first tab, or the words before the first code), then its codes. */
function readEntryLine(b: DictionaryBuilder, legend: Map<number, string>, raw: string, line: number): void {
  let term: string;
  let codes: string;
  if (raw.includes('\t')) {
    const at = raw.indexOf('\t');
    term = raw.slice(0, at).trim();
    codes = raw.slice(at + 1);
  } else {
    const chunks = raw.trim().split(/\s+/);
    const k = chunks.findIndex((c, i) => i > 0 && /^(\d+|[(<])/.test(c));
    term = (k < 0 ? chunks : chunks.slice(0, k)).join(' ');
    codes = k < 0 ? '' : chunks.slice(k).join(' ');
  }
  if (term === '') b.fail(line, 'an entry with no term');
  const conditional = codes.match(CONDITIONAL) ?? [];
  const plain = codes.replace(CONDITIONAL, ' ').trim().split(/\s+/).filter((c) => c !== '');
  const numbers: number[] = [];
  for (const c of plain) {
    if (!/^\d+$/.test(c)) b.fail(line, `${JSON.stringify(term)}: ${JSON.stringify(c)} is not a category number`);
    const n = Number(c);
    if (!legend.has(n)) b.fail(line, `${JSON.stringify(term)}: category ${c} is not in the legend`);
    numbers.push(n);
  }
  if (conditional.length > 0) {
    b.warn(line, `${JSON.stringify(term)}: LIWC 2007 conditional code${conditional.length > 1 ? 's' : ''} ${conditional.join(', ')} not read (framescope cannot test the neighbouring word's category); ${numbers.length > 0 ? `read categor${numbers.length > 1 ? 'ies' : 'y'} ${numbers.join(', ')}` : 'the entry is left out'}`);
  } else if (numbers.length === 0) {
    b.fail(line, `${JSON.stringify(term)}: a term with no category`);
  }
  for (const n of new Set(numbers)) b.add(legend.get(n)!, term, line);
}
