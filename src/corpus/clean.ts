// Cleaning a raw document into the text every offset refers to: characters, lines, boilerplate, paragraphs.
import type { BoilerplateRules, BoilerplateRule } from './boilerplate.ts';

export interface CleanResult {
  text: string;
  /** Non-blank lines stripped by boilerplate rules. */
  boilerplateLines: number;
  /** Stripped lines per rule name (rules that stripped nothing are absent). */
  byRule: Record<string, number>;
}

// Compiled once per process: cleaning runs on every document.
const LINE_BREAKS = /\r\n?|[\u000B\u000C\u0085\u2028]/g;
const PARAGRAPH_SEPARATOR = /\u2029/g;
const NBSP = /[\u00A0\u202F\u2007]/g;
// The non-breaking hyphen (U+2011) would split "al‑Shaibani" differently from "al-Shaibani".
const NB_HYPHEN = /\u2011/g;
// Zero-width, direction controls, BOM anywhere, and the soft hyphen (invisible, but splits a word for a tokenizer).
const INVISIBLE = /[\u00AD\u200B-\u200F\u2060\uFEFF\u202A-\u202E\u2066-\u2069]/g;
// A line that starts a list item: a bullet, or "1." / "2)" / "(a)" and a space.
const LIST_ITEM = /^(?:[-*+•◦▪▫◼◾■□●○‣⁃]\s|\(?(?:\d{1,3}|[a-z]|[ivx]{1,4})[.)]\s)/u;
// No one hard-wraps prose wider than this: a block with a longer line puts one paragraph per line.
export const WRAP_MAX = 100;

/**
 * Cleans raw document text (front matter already removed):
 * NFC; \r\n, \r, U+2028 and friends to \n (U+2029 to a blank line); NBSP, U+202F, U+2007 to spaces;
 * the non-breaking hyphen U+2011 to '-';
 * zero-width, direction-control characters and soft hyphens removed; each line trimmed at both ends
 * (so a line of spaces is blank); boilerplate lines stripped by `rules`; runs of blank lines become
 * exactly "\n\n" (wink-nlp ends a sentence at a line break only then); no blank lines at either end.
 *
 * Single newlines inside a block of non-blank lines (see `joinBlock`):
 * - a block with a line longer than WRAP_MAX (100) characters is one paragraph per line: each newline becomes "\n\n";
 * - otherwise the block may be hard-wrapped prose, of width W = its longest line. A newline between
 *   lines A and B ends a paragraph when B starts a list item, or when the first word of B would have fit
 *   on A (A.length + 1 + word.length <= W): the writer ended A on purpose (a heading, a title line,
 *   the last line of a paragraph). Otherwise the line was wrapped by width and joins B with one space.
 * So a heading broken over short lines never merges with the sentence after it, and wrapped prose does not
 * get a sentence boundary at every line end. Known blind spot: in a block of two lines where the first
 * (a heading without a full stop) is the longer one, the two join.
 */
export function cleanText(raw: string, rules: BoilerplateRules): CleanResult {
  const normalized = raw
    .replace(PARAGRAPH_SEPARATOR, '\n\n')
    .replace(LINE_BREAKS, '\n')
    .replace(NBSP, ' ')
    .replace(NB_HYPHEN, '-')
    .replace(INVISIBLE, '')
    // NFC after removals, so a removed character cannot leave an uncomposed pair behind.
    .normalize('NFC');
  const lines = normalized.split('\n').map((l) => l.trim());

  const { stripped, count, byRule } = markBoilerplate(lines, rules.rules);

  const paragraphs: string[] = [];
  let block: string[] = [];
  for (let i = 0; i <= lines.length; i++) {
    const line = i < lines.length && !stripped[i] ? lines[i]! : '';
    // A stripped line counts as blank, so text on either side of it is never glued together.
    if (line !== '') {
      block.push(line);
    } else if (block.length > 0) {
      paragraphs.push(...joinBlock(block));
      block = [];
    }
  }
  return { text: paragraphs.join('\n\n'), boilerplateLines: count, byRule };
}

/** Splits one block of non-blank lines into paragraphs by the single-newline rule documented on cleanText. */
export function joinBlock(block: string[]): string[] {
  if (block.length === 1) return block;
  let width = 0;
  for (const line of block) width = Math.max(width, line.length);
  if (width > WRAP_MAX) return block;
  const out: string[] = [];
  let current = block[0]!;
  for (let i = 1; i < block.length; i++) {
    const next = block[i]!;
    const firstWord = next.split(/\s/, 1)[0]!;
    const endedOnPurpose = LIST_ITEM.test(next) || block[i - 1]!.length + 1 + firstWord.length <= width;
    if (endedOnPurpose) {
      out.push(current);
      current = next;
    } else {
      current += ' ' + next;
    }
  }
  out.push(current);
  return out;
}

/**
 * Marks the lines stripped by boilerplate rules. `anywhere` rules first; then head rules over the
 * leading run of non-blank lines (stopping at the first line no head rule matches), tail rules the same
 * from the bottom. `within` counts non-blank lines from the edge. The first matching rule (file order) gets the count.
 */
function markBoilerplate(lines: string[], rules: BoilerplateRule[]): { stripped: boolean[]; count: number; byRule: Record<string, number> } {
  const stripped = new Array<boolean>(lines.length).fill(false);
  const byRule: Record<string, number> = {};
  let count = 0;
  if (rules.length === 0) return { stripped, count, byRule };
  const strip = (i: number, rule: BoilerplateRule): void => {
    stripped[i] = true;
    byRule[rule.name] = (byRule[rule.name] ?? 0) + 1;
    count++;
  };
  const nonBlank: number[] = [];
  for (let i = 0; i < lines.length; i++) if (lines[i] !== '') nonBlank.push(i);

  const anywhere = rules.filter((r) => r.where === 'anywhere');
  if (anywhere.length > 0) {
    for (const i of nonBlank) {
      const rule = anywhere.find((r) => r.pattern.test(lines[i]!));
      if (rule) strip(i, rule);
    }
  }
  const edge = (place: 'head' | 'tail'): void => {
    const edgeRules = rules.filter((r) => r.where === place);
    if (edgeRules.length === 0) return;
    for (let k = 0; k < nonBlank.length; k++) {
      const i = place === 'head' ? nonBlank[k]! : nonBlank[nonBlank.length - 1 - k]!;
      if (stripped[i]) continue;
      const rule = edgeRules.find((r) => (r.within === undefined || k < r.within) && r.pattern.test(lines[i]!));
      if (!rule) return;
      strip(i, rule);
    }
  };
  edge('head');
  edge('tail');
  return { stripped, count, byRule };
}
