// Plain, serialisable token and sentence records: what the rest of framescope knows of wink-nlp's output.

/** wink-nlp token types (its.type) plus the derived flag `isWord`. */
export interface Token {
  /** index in the document's token list */
  i: number;
  text: string;
  lower: string;
  /** lowercased lemma from wink-nlp's lite model */
  lemma: string;
  /** ids of `lower`, `lemma` and `text` in this thread's form table (src/text/forms.ts) */
  form: number;
  lemmaForm: number;
  textForm: number;
  /** wink-nlp type: word, number, punctuation, email, url, emoji, symbol, tabCRLF, ... */
  type: string;
  /** wink-nlp's universal part-of-speech tag: NOUN, VERB, AUX, ADJ, DET, ... */
  pos: string;
  /** counted as a word: a wink `word` token with a letter that is not a clitic such as 's or ’s */
  isWord: boolean;
  negated: boolean;
  /** character offsets into the cleaned text, end exclusive */
  start: number;
  end: number;
  sentence: number;
}

export interface Sentence {
  index: number;
  /** character offsets into the cleaned text, end exclusive */
  start: number;
  end: number;
  /** token index range, end exclusive */
  tokenStart: number;
  tokenEnd: number;
  nWords: number;
  /** wink-nlp's sentence sentiment, computed inside readDoc */
  winkSentiment: number;
}

export interface TokenizedText {
  tokens: Token[];
  sentences: Sentence[];
  nWords: number;
}

const LETTER = /\p{L}/u;
const CLITIC = /^['’]/;

export function isWordToken(type: string, text: string): boolean {
  return type === 'word' && LETTER.test(text) && !CLITIC.test(text);
}
