// Splitting a lexicon pattern into the tokens a document must show, with the tokenizer documents go through.
import { patternTokens, patternTokensMany, tokenize } from '../text/index.ts';

const STAR = '*';
const ONLY_STARS = /^\*+$/;
const ONLY_WILDCARDS = /^[*?]+$/;
const QUESTION = '?';
const SPACE = /\s+/u;

/**
 * The tokens of a word, phrase or glob pattern, case kept. Runs of plain chunks are tokenized together,
 * exactly as in documents; a chunk with `*` is split as the tokenizer splits it with letters for the stars. Throws a plain Error with the reason.
 */
export function splitPattern(pattern: string, anyChar = false): string[] {
  // Tokenizing is the cost of reading a big dictionary: each pattern is split once per process (a term in three categories, compile after read).
  const key = splitKey(pattern, anyChar);
  const known = splitCache.get(key);
  if (known !== undefined) return [...known];
  const out = splitUncached(pattern, anyChar);
  remember(key, out);
  return [...out];
}

// Plain and `glob:` splits differ (`?` is a wildcard in the second), so they are kept apart.
const splitKey = (pattern: string, anyChar: boolean): string => `${anyChar ? 'g' : 'p'}${pattern}`;

function remember(key: string, tokens: string[]): void {
  if (splitCache.size >= SPLIT_CACHE_MAX) splitCache.clear();
  splitCache.set(key, tokens);
}

const splitCache = new Map<string, string[]>();
const SPLIT_CACHE_MAX = 200_000;

/** The patterns split so far and their tokens, for a worker thread to start from (rememberSplits). */
export function knownSplits(): [string, string[]][] {
  return [...splitCache];
}

/** Splits made by another thread with the same tokenizer: a worker compiles a big dictionary without tokenizing it again. */
export function rememberSplits(splits: readonly [string, string[]][]): void {
  for (const [key, tokens] of splits) if (splitCache.size < SPLIT_CACHE_MAX) splitCache.set(key, tokens);
}

/**
 * Splits every pattern not split yet, giving the tokenizer all their texts as one document a line each
 * (patternTokensMany) instead of a document each: the cost of reading a 10,000-entry dictionary. A pattern that
 * cannot be split is left for splitPattern to refuse, with its reader's context.
 */
export function primeSplits(patterns: Iterable<string>, anyChar = false): void {
  const todo = new Map<string, Piece[]>();
  for (const pattern of patterns) {
    const key = splitKey(pattern, anyChar);
    if (!splitCache.has(key) && !todo.has(key)) todo.set(key, piecesOf(pattern, anyChar));
  }
  const texts = [...new Set([...todo.values()].flatMap((pieces) => pieces.flatMap((p) => (p.text === undefined ? [] : [p.text]))))];
  const tokens = patternTokensMany(texts);
  const tokensOf = new Map(texts.map((t, i) => [t, tokens[i]!]));
  for (const [key, pieces] of todo) {
    try {
      remember(key, assemble(key.slice(1), pieces, anyChar, (text) => tokensOf.get(text)!));
    } catch { /* splitPattern throws it again, where the reader can name the line */ }
  }
}

/** A pattern's parts in order: a gap, a run of plain chunks to tokenize together, or a glob chunk with its probe. */
interface Piece { text?: string; glob?: string }

function piecesOf(pattern: string, anyChar: boolean): Piece[] {
  const pieces: Piece[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) pieces.push({ text: run.join(' ') });
    run = [];
  };
  for (const chunk of pattern.split(SPACE)) {
    if (chunk === '') continue;
    if (chunk === GAP) {
      flush();
      pieces.push({});
    } else if (!isGlobToken(chunk, anyChar)) {
      run.push(chunk);
    } else {
      flush();
      // Split a glob chunk where the tokenizer splits the same chunk with a letter in place of each wildcard.
      pieces.push({ glob: chunk, text: anyChar ? chunk.replace(/[*?]/g, 'x') : chunk.replaceAll(STAR, 'x') });
    }
  }
  flush();
  return pieces;
}

function splitUncached(pattern: string, anyChar: boolean): string[] {
  return assemble(pattern, piecesOf(pattern, anyChar), anyChar, patternTokens);
}

function assemble(pattern: string, pieces: readonly Piece[], anyChar: boolean, tokensOf: (text: string) => string[]): string[] {
  const out: string[] = [];
  for (const { text, glob } of pieces) {
    if (text === undefined) {
      out.push(GAP);
      continue;
    }
    if (glob === undefined) {
      out.push(...tokensOf(text));
      continue;
    }
    let offset = 0;
    for (const tok of tokensOf(text)) {
      offset = text.indexOf(tok, offset);
      const part = glob.slice(offset, offset + tok.length);
      offset += tok.length;
      if ((anyChar ? ONLY_WILDCARDS : ONLY_STARS).test(part)) throw new Error(`bad glob ${JSON.stringify(pattern)}: "${part}" alone would match any token; put letters beside the *`);
      out.push(part);
    }
  }
  if (out.length === 0) throw new Error(`pattern ${JSON.stringify(pattern)} has no tokens`);
  if (out[0] === GAP || out[out.length - 1] === GAP) throw new Error(`pattern ${JSON.stringify(pattern)}: a gap (...) must stand between words`);
  return out;
}

/** A pattern chunk `...` on its own: up to GAP_MAX tokens of the same sentence ("Russia's ... invasion"). */
export const GAP = '...';
export const GAP_MAX = 3;

/** The lowercase lemmas of a lemma pattern; each must already be wink's lemma of itself, or it could never match. */
export function splitLemmaPattern(pattern: string): string[] {
  if (pattern.includes(STAR)) throw new Error(`lemma ${JSON.stringify(pattern)} contains *: globs are for word and phrase entries`);
  const toks = tokenize(pattern).tokens.filter((t) => t.type !== 'tabCRLF');
  if (toks.length === 0) throw new Error(`pattern ${JSON.stringify(pattern)} has no tokens`);
  for (const t of toks) {
    if (t.lemma !== t.lower) {
      throw new Error(`lemma ${JSON.stringify(pattern)}: "${t.text}" is not a base form (the tokenizer's lemma is "${t.lemma}")`);
    }
  }
  return toks.map((t) => t.lower);
}

/** Whether a token has a wildcard: `*`, and `?` too in a `glob:` entry (anyChar). */
export function isGlobToken(token: string, anyChar = false): boolean {
  return token.includes(STAR) || (anyChar && token.includes(QUESTION));
}

/** Where a glob token's first and last wildcards are (a literal prefix and suffix index globs). */
export function wildcardSpan(glob: string, anyChar = false): [number, number] {
  if (!anyChar) return [glob.indexOf(STAR), glob.lastIndexOf(STAR)];
  const first = glob.search(/[*?]/);
  const last = Math.max(glob.lastIndexOf(STAR), glob.lastIndexOf(QUESTION));
  return [first, last];
}

/** A literal as a RegExp source that matches exactly it. */
export const escapeRegExp = (literal: string) => literal.replace(REGEX_SPECIAL, '\\$&');

/** A literal part of a glob as a RegExp source: `?` is one character (not white space) when anyChar. */
const literalSource = (part: string, anyChar: boolean) => (anyChar ? part.split(QUESTION).map(escapeRegExp).join('\\S') : escapeRegExp(part));

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;
const WHITE_SPACE = /\s/u;


/**
 * The reference meaning of a glob token as one anchored RegExp (`*` = any run of non-space characters).
 * Not case-sensitive means compared lowercase, as words are: the RegExp is the lowercased glob's and is to be
 * tested on a token's lowercase form (String.prototype.toLowerCase); no further Unicode case folding (ſ is not s).
 * It backtracks: `a*a*a*...*b` against a long token takes exponential time. Matching uses globMatcher;
 * this stays as the definition globMatcher is tested against.
 */
export function globRegExp(glob: string, caseSensitive: boolean, anyChar = false): RegExp {
  const source = (caseSensitive ? glob : glob.toLowerCase()).split(STAR).map((p) => literalSource(p, anyChar)).join('\\S*');
  return new RegExp(`^${source}$`, 'u');
}

/** Whether one token is matched by a glob token, as globRegExp defines it. */
export type GlobTest = (token: string) => boolean;

/**
 * A glob token compiled to a test that cannot backtrack: the literal before the first `*` must start the
 * token, each literal between stars is taken at its leftmost place after the one before (a later place
 * never lets more of the rest match), and the literal after the last `*` must end the token. Each literal
 * is a star-free RegExp. Not case-sensitive, the glob and the token are compared lowercase, as globRegExp
 * defines. A glob token holds no white space (splitPattern splits there), so a token holding white space
 * never matches (`*` stops at it).
 */
export function globMatcher(glob: string, caseSensitive: boolean, anyChar = false): GlobTest {
  if (!caseSensitive) {
    const exact = globMatcher(glob.toLowerCase(), true, anyChar);
    return (token) => exact(token.toLowerCase());
  }
  if (WHITE_SPACE.test(glob)) throw new Error(`internal error: glob token ${JSON.stringify(glob)} holds white space`);
  const parts = glob.split(STAR).map((p) => literalSource(p, anyChar));
  // `?` without `*` is fixed-length: one anchored RegExp cannot backtrack far.
  if (parts.length < 2 && anyChar && glob.includes(QUESTION)) {
    const whole = new RegExp(`^${parts[0]!}$`, 'u');
    return (token) => whole.test(token);
  }
  if (parts.length < 2) throw new Error(`internal error: ${JSON.stringify(glob)} is not a glob`);
  const head = new RegExp(parts[0]!, 'uy');
  const middle = parts.slice(1, -1).filter((p) => p !== '').map((p) => new RegExp(p, 'ug'));
  const tail = new RegExp(`(?:${parts[parts.length - 1]!})$`, 'ug');
  return (token) => {
    if (WHITE_SPACE.test(token)) return false;
    head.lastIndex = 0;
    if (!head.test(token)) return false;
    let at = head.lastIndex;
    for (const re of middle) {
      re.lastIndex = at;
      if (re.exec(token) === null) return false;
      at = re.lastIndex;
    }
    tail.lastIndex = at;
    return tail.test(token);
  };
}

export function globMatches(glob: string, token: string, caseSensitive: boolean, anyChar = false): boolean {
  return globMatcher(glob, caseSensitive, anyChar)(token);
}

/** The longest literal between two stars of a glob (the first of equal length), or '' when it has none. */
export function innerLiteral(glob: string, anyChar = false): string {
  const parts = glob.split(STAR).slice(1, -1).flatMap((p) => (anyChar ? p.split(QUESTION) : [p]));
  return parts.reduce((best, p) => (p.length > best.length ? p : best), '');
}
