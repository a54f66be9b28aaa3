// Edge cases of the VADER and AFINN scorers written against surviving mutants (docs/mutation.md). Every VADER
// expectation is worked by hand from the vaderSentiment 3.3.2 rules and lexicon values (vader_lexicon.txt plus the
// upstream updates in src/sentiment/vader.ts) and was cross-checked against a transcription of 3.3.2's
// polarity_scores run under Python on the same lexicon. Python facts (str.split, round) were checked under Python 3.11.
import { describe, expect, it } from 'vitest';
import { phraseTokens } from '../../src/sentiment/afinn.ts';
import { normalize, parseVaderLexicon, pyRound, vaderPolarityScores, vaderTokens } from '../../src/sentiment/vader.ts';

type Dict = { neg: number; neu: number; pos: number; compound: number };
// toEqual, not toBeCloseTo: the scores are rounded as 3.3.2 rounds them, so they are exact decimals.
const cases: [string, Dict, string][] = [
  // --- punctuation emphasis (_amplify_ep, _amplify_qm) and its sign rules ---
  ['good and aggravated!', { neg: 0.426, neu: 0.147, pos: 0.426, compound: 0 },
    'good 1.9 + aggravated -1.9 = 0: neither sum > 0 nor < 0, so no "!" amplifier; pos = |neg| = 2.9, so neither gets it; total 6.8'],
  ['Good?', { neg: 0, neu: 0, pos: 1, compound: 0.4404 }, 'one "?" adds nothing: 1.9/sqrt(1.9^2+15)'],
  ['Good??', { neg: 0, neu: 0, pos: 1, compound: 0.504 }, '2 x 0.18 = 0.36: 2.26/sqrt(2.26^2+15)'],
  ['Good???', { neg: 0, neu: 0, pos: 1, compound: 0.533 }, '3 x 0.18 = 0.54: 2.44/sqrt(2.44^2+15)'],
  ['Good????', { neg: 0, neu: 0, pos: 1, compound: 0.594 }, 'more than 3: 0.96: 2.86/sqrt(2.86^2+15)'],
  ['Good!!!!!', { neg: 0, neu: 0, pos: 1, compound: 0.6209 }, 'five "!" count as four: 1.9 + 4 x 0.292 = 3.068'],
  // --- capitals and boosters (scalar_inc_dec, is_cap_diff) ---
  ['The movie was VERY bad', { neg: 0.531, neu: 0.469, pos: 0, compound: -0.6732 },
    'bad -2.5; VERY before a negative word: -0.293 - 0.733 = -1.026; -3.526/sqrt(3.526^2+15); neg 4.526/8.526'],
  ['The movie was very BAD', { neg: 0.531, neu: 0.469, pos: 0, compound: -0.6732 }, 'BAD -2.5 - 0.733, very -0.293: the same -3.526'],
  ['The FILM was Very good', { neg: 0, neu: 0.556, pos: 0.444, compound: 0.4927 },
    '"Very" is not ALL CAPS (str.isupper): good 1.9 + 0.293 only = 2.193'],
  ['GOOD', { neg: 0, neu: 0, pos: 1, compound: 0.4404 }, 'every token in capitals: no cap differential, 1.9 alone'],
  ['NO good', { neg: 1, neu: 0, pos: 0, compound: -0.4835 },
    'NO before a lexicon word is 0, and 0 in capitals gets -0.733 (valence > 0 is false); good 1.9 x -0.74 = -1.406; sum -2.139'],
  ['very no good', { neg: 0.539, neu: 0.201, pos: 0.26, compound: -0.3381 },
    'no = 0 takes very as +0.293 (valence < 0 is false at 0); good -1.406 + (-0.293 x 0.95) = -1.68435; sum -1.39135'],
  ['VERY no good', { neg: 0.828, neu: 0.172, pos: 0, compound: -0.5887 },
    'no = 0 + 0.293 - 0.733 = -0.44; good -1.406 + (-0.293 - 0.733) x 0.95 = -2.3807; sum -2.8207'],
  // --- negation (_negation_check) ---
  ['It was never so good', { neg: 0, neu: 0.475, pos: 0.525, compound: 0.6626 },
    'good 1.9 + so 0.293 = 2.193; "never so" two back x 1.25; "so" one back x 1.25 again (3.3.2 precedence) = 3.4266'],
  ['It was never this good', { neg: 0, neu: 0.502, pos: 0.498, compound: 0.6084 }, '"never this" x 1.25, "this" one back x 1.25: 2.96875'],
  ['never so very good', { neg: 0, neu: 0.423, pos: 0.577, compound: 0.6236 },
    '1.9 + 0.293 + 0.293 x 0.95 = 2.47135; "never so" three back: x 1.25 = 3.0892'],
  ['never this very good', { neg: 0, neu: 0.445, pos: 0.555, compound: 0.5777 }, '1.9 + 0.293 = 2.193 ("this" boosts nothing); "never this" three back: x 1.25'],
  ['Without doubt good', { neg: 0, neu: 0.166, pos: 0.834, compound: 0.6136 },
    '"without doubt" two back leaves good 1.9; doubt -1.5 after "without" is negated: 1.11; sum 3.01'],
  ['Without any doubt good', { neg: 0, neu: 0.285, pos: 0.715, compound: 0.6136 }, '"without" three back with doubt one back: good stays 1.9; doubt 1.11'],
  ['Without doubt any good', { neg: 0, neu: 0.285, pos: 0.715, compound: 0.6136 }, '"without" three back with doubt two back: good stays 1.9; doubt 1.11'],
  ['never a good', { neg: 0.546, neu: 0.454, pos: 0, compound: -0.3412 }, '"never" two back without so/this after it negates: 1.9 x -0.74'],
  ['not doubt good', { neg: 0.436, neu: 0.181, pos: 0.383, compound: -0.0762 }, 'only "without doubt" shields: good -1.406; doubt after "not" 1.11; sum -0.296'],
  ['it so very good', { neg: 0, neu: 0.464, pos: 0.536, compound: 0.5379 }, '"so" two back is only a booster (no "never" before it): 1.9 + 0.293 + 0.293 x 0.95'],
  ['never a very good', { neg: 0.466, neu: 0.534, pos: 0, compound: -0.3865 }, '"never" three back without so/this after it negates: (1.9 + 0.293) x -0.74'],
  ['not any doubt good', { neg: 0.369, neu: 0.307, pos: 0.324, compound: -0.0762 }, '"doubt" one back shields only after "without": good -1.406; doubt 1.11'],
  ['without a very good', { neg: 0.466, neu: 0.534, pos: 0, compound: -0.3865 }, '"without" three back with no "doubt" negates: (1.9 + 0.293) x -0.74'],
  ['Not at all good', { neg: 0.445, neu: 0.555, pos: 0, compound: -0.3412 }, 'negation three back: 1.9 x -0.74 = -1.406'],
  // --- "no" (sentiment_valence) ---
  ['no', { neg: 1, neu: 0, pos: 0, compound: -0.296 }, '"no" as the last word keeps its own -1.2'],
  ['no good', { neg: 0.706, neu: 0.294, pos: 0, compound: -0.3412 }, 'no 0 (a lexicon word follows); good -1.406'],
  ['no real problems', { neg: 0.403, neu: 0.183, pos: 0.414, compound: 0.015 },
    '"real" is not in the lexicon: no keeps -1.2; problems -1.7 with "no" two back: 1.258; sum 0.058'],
  ['there is no war or peace', { neg: 0.285, neu: 0.4, pos: 0.315, compound: 0.0762 },
    'no 0; war -2.9 x -0.74 = 2.146; peace 2.5 with "no" three back and "or" one back: -1.85; sum 0.296'],
  ['he had no money nor peace', { neg: 0.257, neu: 0.467, pos: 0.276, compound: 0.0436 },
    'no -1.2 (money is no lexicon word); peace: "no ... nor" -1.85, then "nor" one back negates again: 1.369; sum 0.169'],
  // --- "least" (_least_check) ---
  ['It was least good', { neg: 0.445, neu: 0.555, pos: 0, compound: -0.3412 }, '"least" not after at/very: x -0.74'],
  ['least good', { neg: 0.706, neu: 0.294, pos: 0, compound: -0.3412 }, '"least" as the first word: x -0.74'],
  ['He was at least good', { neg: 0, neu: 0.58, pos: 0.42, compound: 0.4404 }, '"at least": good stays 1.9'],
  ['The very least good idea', { neg: 0, neu: 0.557, pos: 0.443, compound: 0.4902 }, '"very least": not negated; very two back: 1.9 + 0.293 x 0.95'],
  // --- idioms and multiword boosters (_special_idioms_check) ---
  ['we kiss the bomb', { neg: 0, neu: 0.227, pos: 0.773, compound: 0.7783 }, 'bomb -2.2 -> "the bomb" 3 (the first sequence found wins); kiss 1.8; sum 4.8'],
  ['the kiss the bomb', { neg: 0, neu: 0.227, pos: 0.773, compound: 0.7783 }, '"the bomb" found first is kept although "the kiss the" is looked up after it'],
  ['it was the bomb the the', { neg: 0, neu: 0.556, pos: 0.444, compound: 0.6124 }, '"bomb the the" is no idiom: bomb stays 3'],
  ['it was the bomb the', { neg: 0, neu: 0.5, pos: 0.5, compound: 0.6124 }, '"the bomb" 3; "bomb the" is no idiom and changes nothing'],
  ['it is the bomb good', { neg: 0, neu: 0.273, pos: 0.727, compound: 0.8402 }, 'bomb -> 3; good -> 3 ("the bomb" two and one back); sum 6'],
  ['the bomb is good', { neg: 0.348, neu: 0.217, pos: 0.435, compound: 0.2023 }, 'bomb -2.2 (too near the start); good -> 3 ("the bomb" three and two back); sum 0.8'],
  ['to die for good', { neg: 0.394, neu: 0.202, pos: 0.404, compound: 0.0258 }, 'die -2.9; good -> 3 ("to die for" just before it); sum 0.1'],
  ['it was kiss of death', { neg: 0.301, neu: 0.361, pos: 0.337, compound: 0.0772 }, 'kiss 1.8 (index 2); death -> -1.5 ("kiss of death"); sum 0.3'],
  ['it was a kiss of death', { neg: 0.556, neu: 0.444, pos: 0, compound: -0.6124 }, 'kiss -> -1.5 ("kiss of death" from it); death -> -1.5; sum -3'],
  ['sort of a good', { neg: 0, neu: 0.535, pos: 0.465, compound: 0.3832 }, '"sort of" three and two back: 1.9 - 0.293'],
  ['it was sort of good', { neg: 0, neu: 0.605, pos: 0.395, compound: 0.3832 }, '"sort of" two and one back: 1.9 - 0.293'],
  // --- "but" (_but_check) and sentences without lexicon words ---
  ['it is good but', { neg: 0, neu: 0.606, pos: 0.394, compound: 0.2382 }, 'good before "but": 0.95'],
  ['good but bad good', { neg: 0.411, neu: 0.087, pos: 0.502, compound: 0.0129 }, '0.95 - 3.75 + 2.85 = 0.05'],
  ['The table', { neg: 0, neu: 1, pos: 0, compound: 0 }, 'no lexicon word: all neutral'],
];

describe('VADER 3.3.2 rules, one by one (hand computations; cross-checked with the reference code)', () => {
  for (const [text, want, why] of cases) it(`${text}: ${why}`, () => expect(vaderPolarityScores(text)).toEqual(want));
});

describe('VADER tokens: Python str.split() and _strip_punc_if_word', () => {
  it('splits at exactly the characters Python 3 counts as whitespace', () => {
    // Python 3.11: len(('a' + chr(c) + 'b').split()) for each code point.
    const splits = [0x09, 0x0d, 0x1c, 0x1f, 0x20, 0x85, 0xa0, 0x1680, 0x2000, 0x200a, 0x2028, 0x2029, 0x202f, 0x205f, 0x3000];
    const joins = [0x08, 0x0e, 0x1b, 0x21, 0x84, 0x86, 0x180e, 0x1fff, 0x200b, 0x2027, 0x202a, 0xfeff];
    for (const c of splits) expect(vaderTokens(`ab${String.fromCharCode(c)}cd`), c.toString(16)).toEqual(['ab', 'cd']);
    for (const c of joins) expect(vaderTokens(`ab${String.fromCharCode(c)}cd`), c.toString(16)).toEqual([`ab${String.fromCharCode(c)}cd`]);
    expect(vaderTokens('')).toEqual([]);
  });

  it('strips leading or trailing punctuation alone, and keeps a token that would be 2 code points or fewer', () => {
    expect(vaderTokens('"abc abc" (ab) ...')).toEqual(['abc', 'abc', '(ab)', '...']);
    // Python counts code points: "😀😀" and "😀a" are 2 long (kept with their quotes), two lone high surrogates and a
    // letter are 3 (stripped), as is a letter pair with a lone high surrogate at either end.
    expect(vaderTokens('"😀😀" !😀a! "\uD83D\uD83Dx" !\uD83Dab! !ab\uD83D!')).toEqual(['"😀😀"', '!😀a!', '\uD83D\uD83Dx', '\uD83Dab', 'ab\uD83D']);
    // The first and last pairs (U+10000, U+10FFFF) are one code point each; a lone low surrogate after a letter,
    // a high surrogate before a private-use character (U+E000), and a lone low surrogate after U+E000 are one each of
    // their own (Python: 3 long, stripped).
    expect(vaderTokens('!\uD800\uDC00a! !\uDBFF\uDFFFa! !a\uDE00b! !\uD83D\uE000x! !\uE000\uDC00a!')).toEqual(
      ['!\uD800\uDC00a!', '!\uDBFF\uDFFFa!', 'a\uDE00b', '\uD83D\uE000x', '\uE000\uDC00a']);
  });
});

describe('VADER helpers', () => {
  it('rounds like Python round() on both signs and at the integer place', () => {
    // Python 3.11: round(-0.0625, 3) -0.062; round(-0.1875, 3) -0.188; round(2.5) 2; round(3.5) 4; round(-2.5) -2;
    // round(0.5) 0; round(0.375, 2) 0.38; round(-0.375, 2) -0.38; round(0.125, 2) 0.12; round(-1.0, 3) -1.0.
    const py: [number, number, number][] = [
      [-0.0625, 3, -0.062], [-0.1875, 3, -0.188], [2.5, 0, 2], [3.5, 0, 4], [-2.5, 0, -2], [0.5, 0, 0],
      [0.375, 2, 0.38], [-0.375, 2, -0.38], [0.125, 2, 0.12], [-1, 3, -1], [1, 3, 1],
    ];
    for (const [x, nd, want] of py) expect(pyRound(x, nd), `${x}, ${nd}`).toBe(want);
  });

  it('normalizes negative sums and stays inside [-1, 1]', () => {
    expect(normalize(-4)).toBeCloseTo(-4 / Math.sqrt(31), 15);
    expect(normalize(1e6)).toBeLessThanOrEqual(1);
    expect(normalize(-1e6)).toBeGreaterThanOrEqual(-1);
  });

  it('parses the lexicon like make_lex_dict: trailing newlines dropped, lines trimmed, bad lines refused', () => {
    expect(parseVaderLexicon('  good\t1.9\t0.9\n\nbad\t-2.5\n\n\n')).toEqual(new Map([['good', 1.9], ['bad', -2.5]]));
    expect(() => parseVaderLexicon('good\n')).toThrow('vader_lexicon.txt: bad line "good" (expected token<TAB>valence)');
    expect(() => parseVaderLexicon('good\tx\n')).toThrow('bad line "good\tx"');
    // The valence is the second field; later fields (standard deviation, ratings) are not read.
    expect(parseVaderLexicon('good\t1.9\n')).toEqual(new Map([['good', 1.9]]));
  });
});

describe('AFINN phraseTokens', () => {
  it('keeps a lone "n\'t", and skips empty parts around separators', () => {
    expect(phraseTokens("n't")).toEqual(["n't"]);
    expect(phraseTokens('-well  being-')).toEqual(['well', 'being']);
  });
});
