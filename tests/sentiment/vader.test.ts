import { describe, expect, it } from 'vitest';
import type { TokenSpans } from '../../src/sentiment/scorer.ts';
import { tokenize } from '../../src/text/index.ts';
import { normalize, parseVaderLexicon, pyRound, vaderLexicon, vaderPolarityScores, vaderScorer, vaderTokens } from '../../src/sentiment/vader.ts';

type Dict = { neg: number; neu: number; pos: number; compound: number };
const expectScores = (text: string, want: Dict) => {
  const got = vaderPolarityScores(text);
  expect(got.compound).toBeCloseTo(want.compound, 4);
  expect(got.pos).toBeCloseTo(want.pos, 3);
  expect(got.neu).toBeCloseTo(want.neu, 3);
  expect(got.neg).toBeCloseTo(want.neg, 3);
};

describe('VADER: published examples', () => {
  // Printed dicts of the demo in vaderSentiment's README (cjhutto/vaderSentiment, README.rst, "Code Examples").
  const readme: [string, Dict][] = [
    ['VADER is smart, handsome, and funny.', { pos: 0.746, compound: 0.8316, neu: 0.254, neg: 0.0 }],
    ['VADER is smart, handsome, and funny!', { pos: 0.752, compound: 0.8439, neu: 0.248, neg: 0.0 }],
    ['VADER is very smart, handsome, and funny.', { pos: 0.701, compound: 0.8545, neu: 0.299, neg: 0.0 }],
    ['VADER is VERY SMART, handsome, and FUNNY.', { pos: 0.754, compound: 0.9227, neu: 0.246, neg: 0.0 }],
    ['VADER is VERY SMART, handsome, and FUNNY!!!', { pos: 0.767, compound: 0.9342, neu: 0.233, neg: 0.0 }],
    ['VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!', { pos: 0.706, compound: 0.9469, neu: 0.294, neg: 0.0 }],
    ['VADER is not smart, handsome, nor funny.', { pos: 0.0, compound: -0.7424, neu: 0.354, neg: 0.646 }],
    ['The book was good.', { pos: 0.492, compound: 0.4404, neu: 0.508, neg: 0.0 }],
    ['The book was only kind of good.', { pos: 0.303, compound: 0.3832, neu: 0.697, neg: 0.0 }],
    ['The plot was good, but the characters are uncompelling and the dialog is not great.', { pos: 0.094, compound: -0.7042, neu: 0.579, neg: 0.327 }],
    ['Today SUX!', { pos: 0.0, compound: -0.5461, neu: 0.221, neg: 0.779 }],
    ["Today only kinda sux! But I'll get by, lol", { pos: 0.317, compound: 0.5249, neu: 0.556, neg: 0.127 }],
    ['Make sure you :) or :D today!', { pos: 0.706, compound: 0.8633, neu: 0.294, neg: 0.0 }],
    ['Not bad at all', { pos: 0.487, compound: 0.431, neu: 0.513, neg: 0.0 }],
  ];
  for (const [text, want] of readme) it(text, () => expectScores(text, want));

  it('At least it isn\'t a horrible book. (README shares come from an older version)', () => {
    // README prints pos 0.363, neu 0.637: older code dropped one-letter tokens ("a"). 3.3.2 keeps them:
    // horrible -2.5, "isn't" two back negates: -2.5 * -0.74 = 1.85; compound 1.85/sqrt(1.85^2+15) = 0.4310 (as README);
    // pos (1.85+1)/(2.85+6 neutral tokens) = 0.322, neu 6/8.85 = 0.678.
    expectScores("At least it isn't a horrible book.", { pos: 0.322, compound: 0.431, neu: 0.678, neg: 0.0 });
  });

  // The demo's "tricky sentences" (vaderSentiment.py __main__), as printed by 3.3.x ports' test suites
  // (e.g. govader's README table): compound, pos, neu, neg.
  const tricky: [string, Dict][] = [
    ['With VADER, sentiment analysis is the shit!', { compound: 0.6476, pos: 0.417, neu: 0.583, neg: 0.0 }],
    ['Other sentiment analysis tools can be quite bad.', { compound: -0.5849, pos: 0.0, neu: 0.649, neg: 0.351 }],
    ['On the other hand, VADER is quite bad ass', { compound: 0.802, pos: 0.577, neu: 0.423, neg: 0.0 }],
    ['VADER is such a badass!', { compound: 0.4003, pos: 0.402, neu: 0.598, neg: 0.0 }],
    ['Without a doubt, excellent idea.', { compound: 0.7013, pos: 0.659, neu: 0.341, neg: 0.0 }],
    ['Roger Dodger is one of the most compelling variations on this theme.', { compound: 0.2944, pos: 0.166, neu: 0.834, neg: 0.0 }],
  ];
  for (const [text, want] of tricky) it(text, () => expectScores(text, want));
});

describe('VADER: traps, computed by hand from the 3.3.2 rules and lexicon', () => {
  it('ALL-CAPS emphasis with is_cap_diff (README value 0.9227)', () => {
    // 4 of 7 tokens ALL CAPS -> is_cap_diff. SMART 1.7 + C_INCR 0.733 + VERY (0.293 + 0.733) = 3.459;
    // handsome 2.2 + VERY two back (0.293 + 0.733) * 0.95 = 3.1747; FUNNY 1.9 + 0.733 = 2.633.
    // sum 9.2667 -> 9.2667 / sqrt(9.2667^2 + 15) = 0.9227.
    expect(vaderPolarityScores('VADER is VERY SMART, handsome, and FUNNY.').compound).toBeCloseTo(0.9227, 4);
  });

  it('"no problems": "no" before a lexicon word scores 0 and negates it', () => {
    // no: 0 (next word in lexicon); problems -1.7 * -0.74 = 1.258 ("no" is a lexicon word, so the
    // 3-word negation loop skips it). compound 1.258/sqrt(1.258^2+15) = 0.3089; pos 2.258/3.258 = 0.693.
    expectScores('no problems', { compound: 0.3089, pos: 0.693, neu: 0.307, neg: 0 });
  });

  it('"not the worst": negation two words back', () => {
    // worst -3.1; "not" at i-2 -> -3.1 * -0.74 = 2.294; compound 2.294/sqrt(2.294^2+15) = 0.5096;
    // pos 3.294/(3.294+2) = 0.622, neu 2/5.294 = 0.378.
    expectScores('not the worst', { compound: 0.5096, pos: 0.622, neu: 0.378, neg: 0 });
  });

  it('"never liked": negation one word back', () => {
    // liked 1.8 * -0.74 = -1.332; compound -1.332/sqrt(1.332^2+15) = -0.3252; neg 2.332/3.332 = 0.700.
    expectScores('never liked', { compound: -0.3252, pos: 0, neu: 0.3, neg: 0.7 });
  });

  it('contrastive "but": halves before, 1.5x after', () => {
    // good 1.9 * 0.5 = 0.95; horrible -2.5 * 1.5 = -3.75; sum -2.8 -> -2.8/sqrt(7.84+15) = -0.5859;
    // pos 1.95/13.7 = 0.142, neg 4.75/13.7 = 0.347, neu 7/13.7 = 0.511.
    expectScores('The food is good, but the service is horrible.', { compound: -0.5859, pos: 0.142, neu: 0.511, neg: 0.347 });
  });
});

describe('VADER: real communiqué sentences, computed by hand', () => {
  // From the 500-document test corpus (Russian MFA statements, December 2025).
  it('"no" negates the next word only; a lexicon word in between shields the third word', () => {
    // no -> 0 (interest is in the lexicon); interest 2 * -0.74 = -1.48; peace 2.5 is not negated: "no" three back
    // needs "or"/"nor" one back, and the negation loop skips lexicon words. sum 1.02 -> 1.02/sqrt(1.02^2+15) = 0.2547;
    // pos 3.5/20.98 = 0.167, neg 2.48/20.98 = 0.118, neu 15/20.98 = 0.715.
    expectScores('This is yet another confirmation that Russophobes in the EU have no interest in peace in Ukraine.',
      { compound: 0.2547, pos: 0.167, neu: 0.715, neg: 0.118 });
  });

  it('sentence-initial "But" is lowercased before the but-check', () => {
    // threats -1.8, kind 2.4 ("kind" not followed by "of"), created 1.0; all after "but" (index 0): x1.5 ->
    // -2.7 + 3.6 + 1.5 = 2.4 -> 2.4/sqrt(5.76+15) = 0.5267; pos 7.1/19.8 = 0.359, neg 3.7/19.8 = 0.187, neu 9/19.8 = 0.455.
    expectScores('But if threats of this kind are created, they will be eliminated.',
      { compound: 0.5267, pos: 0.359, neu: 0.455, neg: 0.187 });
  });

  it('"despite" is in the negation list', () => {
    // challenges 0.3, "Despite" two back: 0.3 * -0.74 = -0.222; substantial 0.8; sum 0.578 -> 0.1476;
    // pos 1.8/25.022 = 0.072, neg 1.222/25.022 = 0.049, neu 22/25.022 = 0.879.
    expectScores('Despite all challenges, Russia has, as always, made a substantial contribution to UNESCO’s work across all its areas of activity in the past year.',
      { compound: 0.1476, pos: 0.072, neu: 0.879, neg: 0.049 });
  });
});

describe('VADER internals', () => {
  it('tokenises like SentiText: whitespace split, punctuation stripped unless 2 or fewer characters remain', () => {
    expect(vaderTokens('Hello, world!!  :) "Attack": a.b. ok! !!')).toEqual(['Hello', 'world', ':)', 'Attack', 'a.b', 'ok!', '!!']);
  });

  it('normalizes with alpha 15 and clamps', () => {
    expect(normalize(4)).toBeCloseTo(4 / Math.sqrt(31), 15);
    expect(normalize(0)).toBe(0);
  });

  it('rounds like Python round(): exact binary ties to even', () => {
    expect(pyRound(0.0625, 3)).toBe(0.062); // Python: round(0.0625, 3) == 0.062
    expect(pyRound(0.1875, 3)).toBe(0.188); // round(0.1875, 3) == 0.188
    expect(pyRound(2.675, 2)).toBe(2.67); // 2.675 is stored below the tie
    expect(pyRound(-0.74245, 4)).toBe(-0.7425); // stored as -0.74245000000000005...
  });

  it('parses the lexicon as make_lex_dict does and carries the upstream updates', () => {
    expect(parseVaderLexicon('good\t1.9\t0.9\t[1]\n:)\t2.0\t1\t[2]\n\n')).toEqual(new Map([['good', 1.9], [':)', 2.0]]));
    expect(() => parseVaderLexicon('good 1.9')).toThrow('vader_lexicon.txt: bad line');
    const lex = vaderLexicon();
    // 7,517 lines with 14 repeated tokens (:-p, lol, ok, ...) = 7,503 entries (LC_ALL=C sort -u), + heart, hearts, flawed.
    expect(lex.size).toBe(7506);
    expect(lex.get('badass')).toBe(1.4);
    expect(lex.get('heart')).toBe(3.2);
  });

  it('scores the same with the sentence\'s token spans as without them', () => {
    // Spans memoise whitespace tokens that are exactly one wink token; the others (VERY SMART, "Attack":, the
    // non-breaking and Python-only spaces) are split from the text as before.
    const spansOf = (text: string): TokenSpans => {
      const t = tokenize(text).tokens;
      return { n: t.length, start: Int32Array.from(t, (k) => k.start), end: Int32Array.from(t, (k) => k.end), id: Int32Array.from(t, (k) => k.textForm) };
    };
    for (const text of [
      'VADER is VERY SMART, uber handsome, and FRIGGIN FUNNY!!!',
      'The plot was good, but the characters are uncompelling and the dialog is not great.',
      'It was\u00a0not bad\u2009at all;\x1cthe "Attack": kind of good\u3000sort of.',
      "Today only kinda sux! But I'll get by, lol",
      // Whitespace tokens longer than their first wink token: a booster ("sort-of") and a quote.
      'It was sort-of good, not "good".',
    ]) {
      const spans = spansOf(text);
      expect(spans.n).toBeGreaterThan(5);
      // Twice: the second time every single-token word comes from the memo by id.
      expect(vaderPolarityScores(text, spans)).toEqual(vaderPolarityScores(text));
      expect(vaderPolarityScores(text, spans)).toEqual(vaderPolarityScores(text));
    }
    expect(vaderPolarityScores('VADER is VERY SMART, handsome, and FUNNY.', spansOf('VADER is VERY SMART, handsome, and FUNNY.')).compound).toBeCloseTo(0.9227, 4);
  });

  it('returns all zeros for an empty sentence', () => {
    expect(vaderScorer.score({ text: '  ', words: [], winkSentiment: 0 })).toEqual({ vader_compound: 0, vader_pos: 0, vader_neu: 0, vader_neg: 0 });
  });
});
