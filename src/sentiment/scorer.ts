// The one interface every sentence sentiment scorer implements.

/** One sentence as the scorers see it. */
export interface SentenceInput {
  /** The sentence as written (cleaned text). */
  text: string;
  /** Word tokens from wink-nlp (no punctuation or numbers), lowercased. */
  words: readonly string[];
  /** wink-nlp's sentence sentiment, already computed by readDoc. */
  winkSentiment: number;
  /** The sentence's tokens as spans of `text`, when known: a scorer that splits the text itself may memoise by them. */
  spans?: TokenSpans;
}

/**
 * n token spans [start[k], end[k]) of a sentence's text, in order, each with the id of its exact text
 * (equal ids, equal texts, within one thread). Filled in place sentence after sentence: read, not kept.
 */
export interface TokenSpans {
  n: number;
  start: Int32Array;
  end: Int32Array;
  id: Int32Array;
}

export interface Scorer {
  /** lowercase id, as given to --sentiment */
  name: string;
  /** Output column names, in output order. */
  columns: readonly string[];
  /** The column whose sign decides polarity. */
  polarityColumn: string;
  /** For the codebook: each output column's meaning and unit, and the method with its reference. */
  describe: { method: string; columns: Readonly<Record<string, { description: string; unit: string }>> };
  score(s: SentenceInput): Record<string, number>;
}

export type Polarity = 'positive' | 'negative' | 'neutral';

/** VADER's published thresholds (Hutto & Gilbert 2014, vaderSentiment README): >= 0.05 positive, <= -0.05 negative. */
export function polarity(x: number): Polarity {
  if (x >= 0.05) return 'positive';
  if (x <= -0.05) return 'negative';
  return 'neutral';
}
