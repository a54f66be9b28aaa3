// kwic: keyword in context for any word, phrase, glob, lemma or regular expression (quanteda's kwic()).
// A word, phrase or glob is matched as a one-entry lexicon, so it follows the lexicon's rules exactly
// (tokens as documents are split, `*` inside a token, `...` gaps, case folding); a regex is tested per token.
import type { Document } from '../corpus/index.ts';
import { tokenize, type Token } from '../text/index.ts';
import type { Row } from '../tables/csv.ts';
import { compileLexicon, TestMode, type CompiledEntry, type CompiledLexicon } from './compile.ts';
import { matchTokens } from './match.ts';
import { parseLexicon } from './read.ts';

// Text without a non-ASCII character, whose lowercasing no context changes.
const ASCII = /^[\x00-\x7f]*$/;

export interface KwicOptions {
  /** tokens of context on each side (quanteda's default: 5) */
  window?: number;
  /** each space-separated part of the pattern is a regular expression that a whole token must match */
  regex?: boolean;
  /** match lemmas: "sanction" finds sanctions, sanctioned */
  lemma?: boolean;
  caseSensitive?: boolean;
}

/** One row per match, in document order: where it is (document, sentence, tokens, characters) and its context. */
export const KWIC_COLUMNS = ['doc_id', 'sentence_index', 'token_start', 'token_end', 'char_start', 'char_end', 'pre', 'keyword', 'post', 'negated'] as const;

const SPACES = /\s+/gu;
// Anything that may be an assertion, read generously ([^a] and \\b count too): those patterns are not filtered.
const ASSERTION = /[$^]|\\[bB]|\(\?<?[=!]/;

/** Rows of a keyword-in-context concordance of `pattern` over `documents`. Throws on an empty or malformed pattern. */
export function kwicRows(documents: Iterable<Document>, pattern: string, options: KwicOptions = {}): Row[] {
  const window = options.window ?? 5;
  if (!Number.isInteger(window) || window < 0) throw new Error(`kwic: window must be a whole number >= 0, not ${window}`);
  const { find, mayMatch } = options.regex ? regexFinder(pattern, options.caseSensitive ?? false) : lexiconFinder(pattern, options);
  const rows: Row[] = [];
  for (const doc of documents) {
    // Tokenizing is most of a search's time: a document without the pattern's literals is skipped unread.
    if (!mayMatch(doc.text)) continue;
    const { tokens } = tokenize(doc.text);
    // Context is drawn from the tokens around the match, layout (line breaks) left out.
    const visible = tokens.filter((t) => t.type !== 'tabCRLF');
    const at = new Map(visible.map((t, k) => [t.i, k]));
    for (const [from, to, negated] of find(tokens)) {
      const first = tokens[from]!, last = tokens[to - 1]!;
      const k0 = at.get(first.i) ?? 0, k1 = at.get(last.i) ?? k0;
      const left = visible[Math.max(0, k0 - window)], right = visible[Math.min(visible.length - 1, k1 + window)];
      const flat = (a: number, b: number) => doc.text.slice(a, b).replace(SPACES, ' ').trim();
      rows.push({
        doc_id: doc.id, sentence_index: first.sentence, token_start: from, token_end: to, char_start: first.start, char_end: last.end,
        pre: window === 0 || k0 === 0 ? '' : flat(left!.start, first.start),
        keyword: flat(first.start, last.end),
        post: window === 0 || k1 === visible.length - 1 ? '' : flat(last.end, right!.end),
        negated,
      });
    }
  }
  return rows;
}

interface Finder {
  find: (tokens: Token[]) => Iterable<[number, number, boolean]>;
  /** false only when no token of the text can match (a necessary condition on the raw text) */
  mayMatch: (text: string) => boolean;
}

/**
 * What a document's text must hold for the entry to match one of its tokens (necessary, not sufficient).
 * Tokens are verbatim slices of the text, so the literals a token must hold are in the text. Lowercase
 * literals are searched in the lowercased text, as the matcher compares lowercased tokens; only ASCII ones,
 * which no context-dependent lowercasing (final sigma) touches.
 */
export function literalFilter(entry: CompiledEntry): (text: string) => boolean {
  const folded: string[] = [];
  const exact: string[] = [];
  for (const t of entry.tests) {
    if (t.mode === TestMode.Lower && ASCII.test(t.value)) folded.push(t.value);
    else if (t.mode === TestMode.Text) exact.push(t.value);
    // A case-sensitive glob's value is lowercased too: its literals are searched lowercase, which they pass a fortiori.
    else if (t.mode === TestMode.GlobLower || t.mode === TestMode.GlobText) {
      for (const lit of t.value.split(entry.anyChar ? /[*?]/ : '*')) if (lit !== '' && ASCII.test(lit)) folded.push(lit);
    }
  }
  return (text) => {
    if (!exact.every((lit) => text.includes(lit))) return false;
    if (folded.length === 0) return true;
    const lower = text.toLowerCase();
    return folded.every((lit) => lower.includes(lit));
  };
}

function lexiconFinder(pattern: string, o: KwicOptions): Finder {
  if (pattern.trim() === '') throw new Error('kwic: the pattern is empty');
  const key = o.lemma ? 'lemma' : 'phrase';
  const yaml = `name: kwic\nversion: "1"\ncategories:\n  kwic:\n    label: kwic\n    definition: kwic\n    entries:\n      - { ${key}: ${JSON.stringify(pattern)}${o.caseSensitive ? ', case_sensitive: true' : ''} }\n`;
  let lex: CompiledLexicon;
  try {
    lex = compileLexicon(parseLexicon(yaml, 'kwic pattern'));
  } catch (e) {
    // The lexicon reader's message names a line of the generated file: keep only the reason.
    throw new Error(`kwic: ${(e as Error).message.replace(/^kwic pattern:\d+: /, '')}`);
  }
  return { find: (tokens) => matchTokens(lex, tokens).map((m) => [m.tokenStart, m.tokenEnd, m.negated]), mayMatch: literalFilter(lex.entries[0]!) };
}

function regexFinder(pattern: string, caseSensitive: boolean): Finder {
  const parts = pattern.trim().split(SPACES).filter((p) => p !== '');
  if (parts.length === 0) throw new Error('kwic: the pattern is empty');
  const flags = caseSensitive ? 'u' : 'iu';
  const res = parts.map((p) => {
    try {
      // Compiled alone first: inside ^(?:p)$ a part such as `x)|(?:y` would parse, and match more than a token.
      new RegExp(p, flags);
      return new RegExp(`^(?:${p})$`, flags);
    } catch (e) {
      throw new Error(`kwic: ${JSON.stringify(p)} is not a regular expression (${(e as Error).message})`);
    }
  });
  // A token matching ^(?:p)$ is a slice of the text, so p matches the text somewhere, unless p holds an
  // assertion that looks past the token (^, $, \b, \B, lookaround): then every document is read.
  if (parts.some((p) => ASSERTION.test(p))) return { find: regexTokens(res), mayMatch: () => true };
  const unanchored = parts.map((p) => new RegExp(p, flags));
  return { find: regexTokens(res), mayMatch: (text) => unanchored.every((re) => re.test(text)) };
}

function regexTokens(res: RegExp[]): Finder['find'] {
  return function* (tokens) {
    const visible = tokens.filter((t) => t.type !== 'tabCRLF');
    for (let k = 0; k + res.length <= visible.length; k++) {
      // A match stays inside one sentence, as lexicon hits do.
      if (visible[k + res.length - 1]!.sentence !== visible[k]!.sentence) continue;
      if (res.every((re, j) => re.test(visible[k + j]!.text))) yield [visible[k]!.i, visible[k + res.length - 1]!.i + 1, false];
    }
  };
}
