// kwic: keyword in context for any word, phrase, glob, lemma or regular expression (quanteda's kwic()).
// A word, phrase or glob is matched as a one-entry lexicon, so it follows the lexicon's rules exactly
// (tokens as documents are split, `*` inside a token, `...` gaps, case folding); a regex is tested per token.
import type { Document } from '../corpus/index.ts';
import { tokenize, type Token } from '../text/index.ts';
import type { Row } from '../tables/csv.ts';
import { compileLexicon, type CompiledLexicon } from './compile.ts';
import { matchTokens } from './match.ts';
import { parseLexicon } from './read.ts';

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

/** Rows of a keyword-in-context concordance of `pattern` over `documents`. Throws on an empty or malformed pattern. */
export function kwicRows(documents: Iterable<Document>, pattern: string, options: KwicOptions = {}): Row[] {
  const window = options.window ?? 5;
  if (!Number.isInteger(window) || window < 0) throw new Error(`kwic: window must be a whole number >= 0, not ${window}`);
  const find = options.regex ? regexFinder(pattern, options.caseSensitive ?? false) : lexiconFinder(pattern, options);
  const rows: Row[] = [];
  for (const doc of documents) {
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

type Finder = (tokens: Token[]) => Iterable<[number, number, boolean]>;

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
  return (tokens) => matchTokens(lex, tokens).map((m) => [m.tokenStart, m.tokenEnd, m.negated]);
}

function regexFinder(pattern: string, caseSensitive: boolean): Finder {
  const parts = pattern.trim().split(SPACES).filter((p) => p !== '');
  if (parts.length === 0) throw new Error('kwic: the pattern is empty');
  const res = parts.map((p) => {
    try {
      return new RegExp(`^(?:${p})$`, caseSensitive ? 'u' : 'iu');
    } catch (e) {
      throw new Error(`kwic: ${JSON.stringify(p)} is not a regular expression (${(e as Error).message})`);
    }
  });
  return function* (tokens) {
    const visible = tokens.filter((t) => t.type !== 'tabCRLF');
    for (let k = 0; k + res.length <= visible.length; k++) {
      // A match stays inside one sentence, as lexicon hits do.
      if (visible[k + res.length - 1]!.sentence !== visible[k]!.sentence) continue;
      if (res.every((re, j) => re.test(visible[k + j]!.text))) yield [visible[k]!.i, visible[k + res.length - 1]!.i + 1, false];
    }
  };
}
