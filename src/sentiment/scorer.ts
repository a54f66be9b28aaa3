// The one interface every sentence sentiment scorer implements.

/** One sentence as the scorers see it. */
export interface SentenceInput {
  /** The sentence as written (cleaned text). */
  text: string;
  /** Word tokens from wink-nlp (no punctuation or numbers), lowercased, with wink's negation flag. */
  words: { lower: string; negated: boolean }[];
  /** wink-nlp's sentence sentiment, already computed by readDoc. */
  winkSentiment: number;
}

export interface Scorer {
  name: 'wink' | 'afinn' | 'vader';
  /** Output column names, in output order. */
  columns: readonly string[];
  /** The column whose sign decides polarity. */
  polarityColumn: string;
  score(s: SentenceInput): Record<string, number>;
}

export type Polarity = 'positive' | 'negative' | 'neutral';

/** VADER's published thresholds (Hutto & Gilbert 2014, vaderSentiment README): >= 0.05 positive, <= -0.05 negative. */
export function polarity(x: number): Polarity {
  if (x >= 0.05) return 'positive';
  if (x <= -0.05) return 'negative';
  return 'neutral';
}
