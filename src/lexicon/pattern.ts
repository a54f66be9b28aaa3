// Splitting a lexicon pattern into the tokens a document must show, with the tokenizer documents go through.
import { patternTokens, tokenize } from '../text/index.ts';

const STAR = '*';
const ONLY_STARS = /^\*+$/;
const SPACE = /\s+/u;

/**
 * The tokens of a word, phrase or glob pattern, case kept. Runs of plain chunks are tokenized together,
 * exactly as in documents; a chunk with `*` is split as the tokenizer splits it with letters for the stars. Throws a plain Error with the reason.
 */
export function splitPattern(pattern: string): string[] {
  const chunks = pattern.split(SPACE).filter((c) => c !== '');
  const out: string[] = [];
  let run: string[] = [];
  const flush = (): void => {
    if (run.length > 0) out.push(...patternTokens(run.join(' ')));
    run = [];
  };
  for (const chunk of chunks) {
    if (chunk === GAP) {
      flush();
      out.push(GAP);
      continue;
    }
    if (!chunk.includes(STAR)) {
      run.push(chunk);
      continue;
    }
    flush();
    // Split a glob chunk where the tokenizer splits the same chunk with a letter in place of each *.
    const probe = chunk.replaceAll(STAR, 'x');
    let offset = 0;
    for (const tok of patternTokens(probe)) {
      offset = probe.indexOf(tok, offset);
      const part = chunk.slice(offset, offset + tok.length);
      offset += tok.length;
      if (ONLY_STARS.test(part)) throw new Error(`bad glob ${JSON.stringify(pattern)}: "${part}" alone would match any token; put letters beside the *`);
      out.push(part);
    }
  }
  flush();
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

export function isGlobToken(token: string): boolean {
  return token.includes(STAR);
}

const REGEX_SPECIAL = /[.*+?^${}()|[\]\\]/g;

/** An anchored RegExp for one glob token: `*` is any run of non-space characters. */
export function globRegExp(glob: string, caseSensitive: boolean): RegExp {
  const source = glob.split(STAR).map((part) => part.replace(REGEX_SPECIAL, '\\$&')).join('\\S*');
  return new RegExp(`^${source}$`, caseSensitive ? 'u' : 'iu');
}

export function globMatches(glob: string, token: string, caseSensitive: boolean): boolean {
  return globRegExp(glob, caseSensitive).test(token);
}
