import { accessors, nlp } from './nlp.ts';
import { isWordToken, type Sentence, type Token, type TokenizedText } from './tokens.ts';

const lowercaseLemmas = new Map<string, string>();

/**
 * wink-nlp tags a capitalised word ("Sanctions" opening a sentence, "TERRORISTS" in a heading) as a
 * proper noun and leaves it unlemmatised; such a word gets the lemma of its lowercase form, read
 * once per process (a pure function of the word, so results do not depend on document order).
 */
function lemmaOfLowercase(lower: string): string {
  let lemma = lowercaseLemmas.get(lower);
  if (lemma === undefined) {
    const its = accessors();
    const toks = nlp().readDoc(lower).tokens();
    const lemmas = toks.out(its.lemma) as unknown as string[];
    lemma = toks.length() === 1 ? (lemmas[0] ?? lower).toLowerCase() : lower;
    lowercaseLemmas.set(lower, lemma);
  }
  return lemma;
}

/**
 * Reads a cleaned text once with wink-nlp and returns its sentences and tokens with character offsets.
 * Slicing the text at a token's offsets gives the token back (tested on every token of corpus-real).
 */
export function tokenize(text: string): TokenizedText {
  const its = accessors();
  const doc = nlp().readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as unknown as string[];
  const types = toks.out(its.type) as unknown as string[];
  const lemmas = toks.out(its.lemma) as unknown as string[];
  const negs = toks.out(its.negationFlag) as unknown as boolean[];

  const tokens: Token[] = [];
  let offset = 0;
  for (let i = 0; i < values.length; i++) {
    const value = values[i]!;
    // wink keeps token text verbatim and in order, with only white space between tokens, so the
    // next occurrence is the token (cheaper than reading its.precedingSpaces); a miss fails loudly.
    const found = text.indexOf(value, offset);
    if (found < 0) throw new Error(`tokenize: lost alignment at token ${i} ${JSON.stringify(value)}`);
    offset = found;
    const type = types[i]!;
    const lower = value.toLowerCase();
    let lemma = (lemmas[i] ?? value).toLowerCase();
    if (lemma === lower && value !== lower && type === 'word') lemma = lemmaOfLowercase(lower);
    tokens.push({
      i,
      text: value,
      lower,
      lemma,
      type,
      isWord: isWordToken(type, value),
      negated: negs[i] === true,
      start: offset,
      end: offset + value.length,
      sentence: -1,
    });
    offset += value.length;
  }

  const sentences: Sentence[] = [];
  const sents = doc.sentences();
  const spans = sents.out(its.span) as unknown as [number, number][];
  const scores = sents.out(its.sentiment) as unknown as number[];
  let nWords = 0;
  for (let s = 0; s < spans.length; s++) {
    let [first, last] = spans[s]!;
    // Trim layout tokens (the "\n\n" wink keeps inside a sentence span) from both ends.
    while (first <= last && tokens[first]!.type === 'tabCRLF') first++;
    while (last >= first && tokens[last]!.type === 'tabCRLF') last--;
    if (first > last) continue;
    let words = 0;
    const index = sentences.length;
    for (let t = first; t <= last; t++) {
      const tok = tokens[t]!;
      tok.sentence = index;
      if (tok.isWord) words++;
    }
    nWords += words;
    sentences.push({
      index,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      tokenStart: first,
      tokenEnd: last + 1,
      nWords: words,
      winkSentiment: scores[s] ?? 0,
    });
  }
  return { tokens, sentences, nWords };
}

/** The lowercased tokens of a short pattern, tokenized exactly as documents are (for lexicon phrases). */
export function patternTokens(pattern: string): string[] {
  const its = accessors();
  const doc = nlp().readDoc(pattern);
  const values = doc.tokens().out(its.value) as unknown as string[];
  const types = doc.tokens().out(its.type) as unknown as string[];
  return values.filter((_, i) => types[i] !== 'tabCRLF');
}
