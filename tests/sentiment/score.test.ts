// scoreSentences: each sentence of a text with every chosen scorer's columns.
import { describe, expect, it } from 'vitest';
import { scoreSentences } from '../../src/sentiment/score.ts';
import { tokenize } from '../../src/text/index.ts';

describe('scoreSentences', () => {
  const text = 'Civilians suffer terribly. We welcome the agreement.';

  it('gives each sentence its index, offsets and text, and by default the columns of all three scorers', () => {
    const s = scoreSentences(text);
    expect(s.map((x) => [x.index, x.start, x.end, x.text])).toEqual([
      [0, 0, 26, 'Civilians suffer terribly.'],
      [1, 27, 52, 'We welcome the agreement.'],
    ]);
    expect(Object.keys(s[0]!.scores)).toEqual(['wink', 'afinn', 'afinn_per_word', 'vader_compound', 'vader_pos', 'vader_neu', 'vader_neg']);
    // wink-nlp's own sentence sentiment, passed through.
    expect(s.map((x) => x.scores.wink)).toEqual(tokenize(text).sentences.map((x) => x.winkSentiment));
  });

  it('scores each sentence\'s own lowercased words, punctuation left out', () => {
    const [a, b] = scoreSentences(text, ['afinn', 'vader']);
    // AFINN-165: suffer -2, terribly -3 (civilians unlisted) over 3 words; welcome 2, agreement 1 over 4 words.
    expect([a!.scores.afinn, a!.scores.afinn_per_word, b!.scores.afinn, b!.scores.afinn_per_word]).toEqual([-5, -5 / 3, 3, 3 / 4]);
    // VADER lexicon: suffer -2.5, terribly -2.6: sum -5.1 -> -5.1/sqrt(5.1^2+15) = -0.7964; neg 7.1/8.1 = 0.877, neu 1/8.1 = 0.123.
    expect(a!.scores).toMatchObject({ vader_compound: -0.7964, vader_pos: 0, vader_neu: 0.123, vader_neg: 0.877 });
    // welcome 2.0, agreement 2.2: 4.2/sqrt(4.2^2+15) = 0.7351; pos 6.2/8.2 = 0.756, neu 2/8.2 = 0.244.
    expect(b!.scores).toMatchObject({ vader_compound: 0.7351, vader_pos: 0.756, vader_neu: 0.244, vader_neg: 0 });
  });

  it('refuses an unknown scorer name', () => {
    expect(() => scoreSentences(text, ['afinn', 'liwc'])).toThrow('Unknown sentiment scorer: "liwc". Valid scorers: wink, afinn, vader.');
  });
});
