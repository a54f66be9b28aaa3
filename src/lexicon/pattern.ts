// Splitting a lexicon pattern into the tokens a document must show, with the tokenizer documents go through.
import { patternTokens, tokenize } from '../text/index.ts';

const STAR = '*';
const ONLY_STARS = /^\*+$/;
const SPACE = /\s+/u;

/**
 * The tokens of a word, phrase or glob pattern, case kept. A chunk with `*` stays one glob token;
 * runs of plain chunks are tokenized together, exactly as in documents. Throws a plain Error with the reason.
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
    if (!chunk.includes(STAR)) {
      run.push(chunk);
      continue;
    }
    flush();
    if (ONLY_STARS.test(chunk)) throw new Error(`bad glob ${JSON.stringify(pattern)}: "${chunk}" alone matches any token; put letters beside the *`);
    // A glob matches inside one token, so its literal parts must not be split by the tokenizer.
    const probe = patternTokens(chunk.replaceAll(STAR, 'x'));
    if (probe.length !== 1) {
      throw new Error(`bad glob ${JSON.stringify(pattern)}: "${chunk}" would span ${probe.length} tokens (${probe.join(' | ')}); a * matches within one token`);
    }
    out.push(chunk);
  }
  flush();
  if (out.length === 0) throw new Error(`pattern ${JSON.stringify(pattern)} has no tokens`);
  return out;
}

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
