// `lexicon show`: a lexicon's categories and entry counts, and the entries that will not count as their author expects.
import { tokenize } from '../text/index.ts';
import { compileLexicon } from './compile.ts';
import { patternLength } from './match.ts';
import { GAP, globMatcher, isGlobToken, splitPattern } from './pattern.ts';
import type { Lexicon, LexiconCategory, LexiconEntry } from './types.ts';

export interface LexiconReport {
  categories: { id: string; label: string; entries: number; globs: number }[];
  /** `file:line: what`, reader warnings first (duplicates, unread LIWC 2007 conditions), then the checks below */
  warnings: string[];
}

/** The text an entry stands for: wildcards filled (`*` with nothing, `?` with a letter), gaps closed. */
function realised(e: LexiconEntry): string {
  const words = e.pattern.split(/\s+/).filter((w) => w !== '' && w !== GAP);
  return words.map((w) => (isGlobToken(w, e.anyChar) ? w.replaceAll('*', '').replace(e.anyChar ? /\?/g : /$^/, 'x') : w)).join(' ');
}

/**
 * Entries that cannot match their own text: the tokenizer splits the text so that the pattern's tokens
 * never line up with it (a sentence break inside, a wildcard left alone beside punctuation).
 */
function unmatchable(lex: Lexicon): string[] {
  const out: string[] = [];
  const all = lex.categories.flatMap((c) => c.entries.filter((e) => e.kind !== 'lemma').map((e) => ({ c, e })));
  if (all.length === 0) return out;
  // Compiled once, in one category: each entry's own tokens are tested on its text (no sense rules, no unless).
  const compiled = compileLexicon({ ...lex, categories: [{ id: 'all', label: '', definition: '', line: 1, entries: all.map(({ e }) => e) }] });
  all.forEach(({ c, e }, i) => {
    const text = realised(e);
    if (text === '') return;
    const tokens = tokenize(text).tokens;
    const words = tokens.filter((t) => t.type !== 'tabCRLF').length;
    const hit = patternLength(compiled.entries[i]!, tokens, 0) >= words;
    if (!hit) out.push(`${lex.file}:${e.line}: ${JSON.stringify(e.pattern)} in ${c.id} can never match as written: the tokenizer reads "${text}" as ${tokens.map((t) => t.text).join(' | ')} (sentence ${[...new Set(tokens.map((t) => t.sentence))].join(', ')})`);
  });
  return out;
}

/** One-token entries of a category that one of its globs already matches: the narrower entry adds nothing there. */
function swallowed(lex: Lexicon, c: LexiconCategory): string[] {
  const out: string[] = [];
  const one = c.entries.filter((e) => e.kind !== 'lemma' && !e.caseSensitive && safeTokens(e)?.length === 1);
  const globs = one.filter((e) => isGlobToken(e.pattern, e.anyChar));
  if (globs.length === 0) return out;
  const tests = globs.map((g) => ({ g, test: globMatcher(g.pattern, false, g.anyChar) }));
  const stems = new Map<string, LexiconEntry>();
  for (const g of globs) if (/^[^*?]+\*$/.test(g.pattern)) stems.set(g.pattern.slice(0, -1).toLowerCase(), g);
  const others = tests.filter(({ g }) => !/^[^*?]+\*$/.test(g.pattern));
  for (const e of one) {
    const text = realised(e).toLowerCase();
    let by: LexiconEntry | undefined;
    // Stems by prefix (the common case, thousands in LIWC), other globs one by one.
    for (let n = text.length; n >= 1 && by === undefined; n--) {
      const s = stems.get(text.slice(0, n));
      if (s !== undefined && s !== e) by = s;
    }
    if (by === undefined && !isGlobToken(e.pattern, e.anyChar)) by = others.find(({ test }) => test(text))?.g;
    if (by === undefined) continue;
    // Under LIWC's one entry per word the narrower entry is not redundant: it takes its words from the stem's categories.
    if (by.unless?.includes(e.pattern.toLowerCase())) out.push(`${lex.file}:${e.line}: ${JSON.stringify(e.pattern)} in ${c.id} is also matched by ${JSON.stringify(by.pattern)} (line ${by.line}) and takes its words from it (one entry per word)`);
    else out.push(`${lex.file}:${e.line}: ${JSON.stringify(e.pattern)} in ${c.id} is swallowed by ${JSON.stringify(by.pattern)} (line ${by.line}), which matches everything it matches`);
  }
  return out;
}

function safeTokens(e: LexiconEntry): string[] | null {
  try {
    return splitPattern(e.pattern, e.anyChar);
  } catch {
    return null;
  }
}

export function inspectLexicon(lex: Lexicon): LexiconReport {
  return {
    categories: lex.categories.map((c) => ({ id: c.id, label: c.label, entries: c.entries.length, globs: c.entries.filter((e) => e.kind === 'glob').length })),
    warnings: [
      ...(lex.warnings ?? []).map((w) => `${w.file}:${w.line}: ${w.detail}`),
      ...unmatchable(lex),
      ...lex.categories.flatMap((c) => swallowed(lex, c)),
    ],
  };
}

/** The report as `lexicon show` prints it. */
export function lexiconReportText(lex: Lexicon, r: LexiconReport): string {
  const width = Math.max(8, ...r.categories.map((c) => c.id.length));
  return [
    `${lex.name} ${lex.version} (${lex.format ?? 'framescope-yaml'}, ${lex.file}, sha256 ${lex.sha256.slice(0, 12)})`,
    `${r.categories.length} categories, ${r.categories.reduce((n, c) => n + c.entries, 0)} entries`,
    '',
    `${'category'.padEnd(width)}  entries  globs  label`,
    ...r.categories.map((c) => `${c.id.padEnd(width)}  ${String(c.entries).padStart(7)}  ${String(c.globs).padStart(5)}  ${c.label}`),
    '',
    r.warnings.length === 0 ? 'no warnings' : `${r.warnings.length} warning${r.warnings.length > 1 ? 's' : ''}:`,
    ...r.warnings.map((w) => `  ${w}`),
  ].join('\n');
}
