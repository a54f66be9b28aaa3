// Finding lexicon hits in a token list: longest match per category, within one sentence.
import type { Token } from '../text/index.ts';
import { TestMode, type CompiledEntry, type CompiledLexicon, type TokenTest } from './compile.ts';

export interface Match {
  category: string;
  /** the pattern as written in the lexicon */
  entry: string;
  tokenStart: number;
  /** exclusive */
  tokenEnd: number;
  /** some token of the hit is in wink-nlp's negation scope ("not illegal", "no sanctions") */
  negated: boolean;
}

const LAYOUT = 'tabCRLF';

function passes(test: TokenTest, tok: Token): boolean {
  switch (test.mode) {
    case TestMode.Lower:
      return tok.lower === test.value;
    case TestMode.Text:
      return tok.text === test.value;
    case TestMode.Lemma:
      return tok.lemma === test.value;
    case TestMode.GlobLower:
      return test.re!.test(tok.lower);
    case TestMode.GlobText:
      return test.re!.test(tok.text);
  }
}

/** Whether a token sequence matches at `start`; a hit stops at a sentence end and at layout tokens. */
function matchesAt(tests: TokenTest[], tokens: Token[], start: number): boolean {
  if (start + tests.length > tokens.length) return false;
  const sentence = tokens[start]!.sentence;
  for (let k = 0; k < tests.length; k++) {
    const tok = tokens[start + k]!;
    if (tok.sentence !== sentence || tok.type === LAYOUT) return false;
    if (!passes(tests[k]!, tok)) return false;
  }
  return true;
}

/** Tokens matched by the entry at `start`, or 0 (also 0 when one of its except phrases matches there). */
function matchLength(entry: CompiledEntry, tokens: Token[], start: number): number {
  if (!matchesAt(entry.tests, tokens, start)) return 0;
  for (const ex of entry.except) if (matchesAt(ex, tokens, start)) return 0;
  return entry.tests.length;
}

/**
 * All hits of a compiled lexicon in a document's tokens. Within a category, scanning left to right, the
 * longest entry at each position wins (ties: the entry written first) and scanning resumes after it, so a
 * token counts at most once per category; across categories a token may count once in each.
 * Order: by tokenStart, then category id.
 */
export function matchTokens(compiled: CompiledLexicon, tokens: Token[]): Match[] {
  const out: Match[] = [];
  const nCats = compiled.categories.length;
  const resumeAt = new Int32Array(nCats);
  const bestLen = new Int32Array(nCats);
  const best: (CompiledEntry | null)[] = new Array<CompiledEntry | null>(nCats).fill(null);
  const touched: number[] = [];
  const { byLower, byLemma, byGlobPrefix, byGlobSuffix, globPrefixLengths, globSuffixLengths, globAnywhere } = compiled;
  let i = 0;

  const consider = (list: CompiledEntry[] | undefined): void => {
    if (list === undefined) return;
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const c = e.category;
      if (resumeAt[c]! > i) continue;
      const len = matchLength(e, tokens, i);
      if (len === 0) continue;
      const held = best[c];
      if (held === null) {
        touched.push(c);
      } else if (len < bestLen[c]! || (len === bestLen[c]! && e.index > held.index)) continue;
      best[c] = e;
      bestLen[c] = len;
    }
  };

  for (; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.type === LAYOUT) continue;
    consider(byLower.get(tok.lower));
    consider(byLemma.get(tok.lemma));
    const lower = tok.lower;
    for (const n of globPrefixLengths) {
      if (n > lower.length) break;
      consider(byGlobPrefix.get(lower.slice(0, n)));
    }
    for (const n of globSuffixLengths) {
      if (n > lower.length) break;
      consider(byGlobSuffix.get(lower.slice(lower.length - n)));
    }
    if (globAnywhere.length > 0) consider(globAnywhere);
    if (touched.length === 0) continue;

    if (touched.length > 1) touched.sort((a, b) => a - b);
    let negated = false;
    for (const c of touched) {
      const e = best[c]!;
      const end = i + bestLen[c]!;
      negated = false;
      for (let t = i; t < end; t++) if (tokens[t]!.negated) negated = true;
      out.push({ category: compiled.categories[c]!.id, entry: e.pattern, tokenStart: i, tokenEnd: end, negated });
      resumeAt[c] = end;
      best[c] = null;
      bestLen[c] = 0;
    }
    touched.length = 0;
  }
  return out;
}
