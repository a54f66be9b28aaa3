import type { Scorer } from './scorer.ts';

// wink-nlp scores the sentence inside readDoc (src/text); this scorer only reads the value out.
export const winkScorer: Scorer = {
  name: 'wink',
  columns: ['wink'],
  polarityColumn: 'wink',
  describe: {
    method: 'wink-nlp sentence sentiment',
    columns: { wink: { description: 'wink-nlp sentence sentiment (its.sentiment), roughly -1..1.', unit: 'score' } },
  },
  score: (s) => ({ wink: s.winkSentiment }),
};
