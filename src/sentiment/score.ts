// scoreSentences: every sentence of a text with the chosen scorers' columns (the library's `score` verb).
import { tokenize } from '../text/index.ts';
import { DEFAULT_SCORERS, scorersByName } from './index.ts';

export interface ScoredSentence {
  index: number;
  /** character offsets into the text, end exclusive */
  start: number;
  end: number;
  text: string;
  /** one entry per output column of each scorer (wink; afinn, afinn_per_word; vader_compound, ...) */
  scores: Record<string, number>;
}

/** Splits `text` into sentences as the command does and scores each with the named scorers (default: all three). */
export function scoreSentences(text: string, scorers: readonly string[] = DEFAULT_SCORERS): ScoredSentence[] {
  const chosen = scorersByName([...scorers]);
  const { tokens, sentences } = tokenize(text);
  return sentences.map((s) => {
    const sentenceText = text.slice(s.start, s.end);
    const words: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) if (tokens[t]!.isWord) words.push(tokens[t]!.lower);
    const scores: Record<string, number> = {};
    for (const sc of chosen) Object.assign(scores, sc.score({ text: sentenceText, words, winkSentiment: s.winkSentiment }));
    return { index: s.index, start: s.start, end: s.end, text: sentenceText, scores };
  });
}
