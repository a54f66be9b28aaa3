// WordStat .cat: an indented hierarchy of category lines and entry lines carrying a weight, `INFLATION (1)`.
import { DictionaryBuilder, type CountingRules } from './imported.ts';
import type { LexiconFormat, LexiconSourceText } from './registry.ts';

/** Read as quanteda reads .cat files: `*` ends a stem, case-insensitive, nested names joined with `.`, weights not used. */
const WORDSTAT_RULES: CountingRules = { anyChar: false, oncePerLexicon: false, oneEntryPerWord: false };
const WEIGHT = /\s*\(\s*(-?\d+(?:\.\d+)?)\s*\)\s*$/;

export const wordstat: LexiconFormat = {
  name: 'wordstat',
  description: 'WordStat .cat: indented category lines, entries with a (1) weight',
  extensions: ['.cat'],
  read: readWordstat,
};

/** Indentation width, a tab counting as four spaces (files mix them). */
const indentOf = (raw: string): number => {
  let n = 0;
  for (const ch of raw) {
    if (ch === ' ') n++;
    else if (ch === '\t') n += 4;
    else break;
  }
  return n;
};

function readWordstat(source: LexiconSourceText) {
  const b = new DictionaryBuilder(source, 'wordstat', WORDSTAT_RULES);
  const stack: { indent: number; name: string; line: number; used: boolean }[] = [];
  const closeDeeperThan = (indent: number) => {
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) {
      const done = stack.pop()!;
      if (!done.used) b.fail(done.line, `category ${JSON.stringify(done.name)} has no entries`);
    }
  };
  source.text.split('\n').forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '') return;
    const indent = indentOf(raw);
    closeDeeperThan(indent);
    const text = raw.trim();
    const weight = WEIGHT.exec(text);
    if (weight === null) {
      const parent = stack[stack.length - 1];
      if (parent) parent.used = true;
      stack.push({ indent, name: parent ? `${parent.name}.${text}` : text, line, used: false });
      return;
    }
    const owner = stack[stack.length - 1];
    if (!owner) b.fail(line, `${JSON.stringify(text)}: a term with no category (no category line above it)`);
    owner.used = true;
    if (Number(weight[1]) !== 1) b.warn(line, `${JSON.stringify(text)}: weight ${weight[1]} not used (framescope counts each hit once)`);
    b.add(owner.name, text.slice(0, weight.index), line);
  });
  closeDeeperThan(-1);
  return b.build();
}
