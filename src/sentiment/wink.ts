import type { Scorer } from './scorer.ts';

// wink-nlp scores the sentence inside readDoc (src/text); this scorer only reads the value out.
export const winkScorer: Scorer = {
  name: 'wink',
  columns: ['wink'],
  polarityColumn: 'wink',
  score: (s) => ({ wink: s.winkSentiment }),
};
