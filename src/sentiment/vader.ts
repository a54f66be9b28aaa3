// VADER (Hutto & Gilbert 2014, ICWSM-14): our TypeScript port of vaderSentiment 3.3.2 (cjhutto/vaderSentiment,
// vaderSentiment/vaderSentiment.py). It tokenises the raw sentence itself, as the Python does; wink tokens serve only
// as memo keys, for a whitespace token that is exactly one of them (TokenSpans).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { withRoom } from '../text/index.ts';
import type { Scorer, SentenceInput, TokenSpans } from './scorer.ts';

export interface VaderScores {
  neg: number;
  neu: number;
  pos: number;
  compound: number;
}

// Empirically derived constants of 3.3.2.
const B_INCR = 0.293;
const B_DECR = -0.293;
const C_INCR = 0.733;
const N_SCALAR = -0.74;

const NEGATE = new Set([
  'aint', 'arent', 'cannot', 'cant', 'couldnt', 'darent', 'didnt', 'doesnt',
  "ain't", "aren't", "can't", "couldn't", "daren't", "didn't", "doesn't",
  'dont', 'hadnt', 'hasnt', 'havent', 'isnt', 'mightnt', 'mustnt', 'neither',
  "don't", "hadn't", "hasn't", "haven't", "isn't", "mightn't", "mustn't",
  'neednt', "needn't", 'never', 'none', 'nope', 'nor', 'not', 'nothing', 'nowhere',
  'oughtnt', 'shant', 'shouldnt', 'uhuh', 'wasnt', 'werent',
  "oughtn't", "shan't", "shouldn't", 'uh-uh', "wasn't", "weren't",
  'without', 'wont', 'wouldnt', "won't", "wouldn't", 'rarely', 'seldom', 'despite',
]);

const BOOSTER = new Map<string, number>([
  ...[
    'absolutely', 'amazingly', 'awfully', 'completely', 'considerable', 'considerably', 'decidedly', 'deeply',
    'effing', 'enormous', 'enormously', 'entirely', 'especially', 'exceptional', 'exceptionally', 'extreme',
    'extremely', 'fabulously', 'flipping', 'flippin', 'frackin', 'fracking', 'fricking', 'frickin', 'frigging',
    'friggin', 'fully', 'fuckin', 'fucking', 'fuggin', 'fugging', 'greatly', 'hella', 'highly', 'hugely',
    'incredible', 'incredibly', 'intensely', 'major', 'majorly', 'more', 'most', 'particularly', 'purely',
    'quite', 'really', 'remarkably', 'so', 'substantially', 'thoroughly', 'total', 'totally', 'tremendous',
    'tremendously', 'uber', 'unbelievably', 'unusually', 'utter', 'utterly', 'very',
  ].map((w): [string, number] => [w, B_INCR]),
  ...[
    'almost', 'barely', 'hardly', 'just enough', 'kind of', 'kinda', 'kindof', 'kind-of', 'less', 'little',
    'marginal', 'marginally', 'occasional', 'occasionally', 'partly', 'scarce', 'scarcely', 'slight', 'slightly',
    'somewhat', 'sort of', 'sorta', 'sortof', 'sort-of',
  ].map((w): [string, number] => [w, B_DECR]),
]);

// Idioms and phrases containing lexicon words (3.3.2 SPECIAL_CASES).
const SPECIAL_CASES = new Map<string, number>([
  ['the shit', 3], ['the bomb', 3], ['bad ass', 1.5], ['badass', 1.5], ['bus stop', 0.0],
  ['yeah right', -2], ['kiss of death', -1.5], ['to die for', 3],
  ['beating heart', 3.1], ['broken heart', -2.9],
]);
// 3.3.2 defines SENTIMENT_LADEN_IDIOMS ("cut the mustard", "in the red", ...) but never calls the check
// ("future work, not yet implemented"), so they are left out here too.

// Words that occur in a SPECIAL_CASES key or a multiword booster: the idiom check can only match if one is present.
const IDIOM_WORDS = new Set<string>();
for (const k of [...SPECIAL_CASES.keys(), ...BOOSTER.keys()]) if (k.includes(' ')) for (const w of k.split(' ')) IDIOM_WORDS.add(w);
IDIOM_WORDS.add('badass');

// npm vader-sentiment 1.1.3's vader_lexicon.txt (7,517 lines) lacks these changes of cjhutto/vaderSentiment's file
// (3 added lines, 1 changed value: found by aligning the two files' character offsets, a 154-character difference).
const LEXICON_UPDATES: ReadonlyArray<[string, number]> = [
  ['heart', 3.2], ['hearts', 3.3], ['flawed', -2.1], ['badass', 1.4],
];

let lexicon: Map<string, number> | undefined;

/** Parse a vader_lexicon.txt text the way make_lex_dict does: token, tab, mean valence; later duplicates win. */
export function parseVaderLexicon(text: string): Map<string, number> {
  const lex = new Map<string, number>();
  for (const line of text.replace(/\n+$/, '').split('\n')) {
    if (line === '') continue;
    const fields = line.trim().split('\t');
    const value = Number(fields[1]);
    if (fields.length < 2 || Number.isNaN(value)) throw new Error(`vader_lexicon.txt: bad line "${line}" (expected token<TAB>valence)`);
    lex.set(fields[0], value);
  }
  return lex;
}

/** The VADER lexicon, read once per process from the vader-sentiment package, with the upstream updates applied. */
export function vaderLexicon(): Map<string, number> {
  if (lexicon === undefined) {
    const path = createRequire(import.meta.url).resolve('vader-sentiment/vader_lexicon.txt');
    const lex = parseVaderLexicon(readFileSync(path, 'utf8'));
    for (const [w, v] of LEXICON_UPDATES) lex.set(w, v);
    lexicon = lex;
  }
  return lexicon;
}

// Python's string.punctuation (ASCII only).
const PUNCT = new Set('!"#$%&\'()*+,-./:;<=>?@[\\]^_`{|}~');

function codePointLength(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0xd800 || c > 0xdbff || i + 1 >= s.length) n++;
    else {
      const d = s.charCodeAt(i + 1);
      n++;
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
  }
  return n;
}

/** SentiText._strip_punc_if_word: strip leading/trailing ASCII punctuation unless 2 or fewer characters remain. */
function stripPuncIfWord(token: string): string {
  let a = 0;
  let b = token.length;
  while (a < b && PUNCT.has(token[a])) a++;
  while (b > a && PUNCT.has(token[b - 1])) b--;
  if (a === 0 && b === token.length) return token;
  const stripped = token.slice(a, b);
  return (stripped.length <= 2 || codePointLength(stripped) <= 2) ? token : stripped;
}


/** Python's str.isupper(): at least one cased character and no lowercase one. */
function isUpper(w: string): boolean {
  return w.toUpperCase() === w && w.toLowerCase() !== w;
}

/** isUpper given the word's lowercase form: a word equal to its lowercase form has no uppercase letter (the common case). */
function isUpperWith(w: string, lower: string): boolean {
  return lower !== w && w.toUpperCase() === w;
}

interface TokenInfo { word: string; lower: string; valence: number | undefined; upper: boolean; idiom: boolean }

// What VADER derives from a whitespace-separated token depends on the token alone: derived once per distinct token.
const tokenInfo = new Map<string, TokenInfo>();
const TOKEN_MEMO_MAX = 500_000;

function vaderToken(raw: string, lex: Map<string, number>): TokenInfo {
  let info = tokenInfo.get(raw);
  if (info === undefined) {
    const word = stripPuncIfWord(raw);
    const lower = word.toLowerCase();
    info = { word, lower, valence: lex.get(lower), upper: isUpperWith(word, lower), idiom: IDIOM_WORDS.has(lower) };
    if (tokenInfo.size < TOKEN_MEMO_MAX) tokenInfo.set(raw, info);
  }
  return info;
}

// The same records by the id of a token's text (TokenSpans): an array index instead of hashing a new string.
let byTextId: (TokenInfo | undefined)[] = [];

/** Python's str.split() whitespace, by code unit: \t \n \v \f \r, \x1c-\x1f, space, \x85, \xa0, \u1680, \u2000-\u200a, \u2028, \u2029, \u202f, \u205f, \u3000. */
function isPyWhitespace(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13) || c >= 28;
  if (c < 0x85) return false;
  return c === 0x85 || c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 ||
    c === 0x202f || c === 0x205f || c === 0x3000;
}

/**
 * The whitespace-separated tokens of `text` (as Python's text.split()), each as its record. A token that is
 * exactly one of `spans` (the common case: a word between spaces) is looked up by that span's text id.
 */
function tokensOf(text: string, spans: TokenSpans | undefined, lex: Map<string, number>, out: TokenInfo[]): number {
  let n = 0;
  let p = 0;
  const len = text.length;
  for (let i = 0; i < len;) {
    if (isPyWhitespace(text.charCodeAt(i))) { i++; continue; }
    const start = i;
    while (i < len && !isPyWhitespace(text.charCodeAt(i))) i++;
    let info: TokenInfo | undefined;
    if (spans !== undefined) {
      while (p < spans.n && spans.end[p]! <= start) p++;
      if (p < spans.n && spans.start[p] === start && spans.end[p] === i) {
        const id = spans.id[p]!;
        info = id < byTextId.length ? byTextId[id] : undefined;
        if (info === undefined) {
          info = vaderToken(text.slice(start, i), lex);
          byTextId = withRoom(byTextId, id);
          byTextId[id] = info;
        }
      }
    }
    out[n++] = info ?? vaderToken(text.slice(start, i), lex);
  }
  return n;
}

// The records of the sentence being scored (reused: most sentences need no arrays of their own).
let scratch: TokenInfo[] = [];

/** SentiText._words_and_emoticons: whitespace split, punctuation stripped from words, emoticons kept. */
export function vaderTokens(text: string): string[] {
  const records: TokenInfo[] = [];
  const n = tokensOf(text, undefined, vaderLexicon(), records);
  return records.slice(0, n).map((r) => r.word);
}

function negatedWord(lower: string): boolean {
  return NEGATE.has(lower) || lower.includes("n't");
}

function scalarIncDec(word: string, lower: string, valence: number, isCapDiff: boolean): number {
  let scalar = BOOSTER.get(lower);
  if (scalar === undefined) return 0;
  if (valence < 0) scalar *= -1;
  if (isCapDiff && isUpper(word)) scalar += valence > 0 ? C_INCR : -C_INCR;
  return scalar;
}

function negationCheck(valence: number, lw: string[], startI: number, i: number): number {
  if (startI === 0) {
    if (negatedWord(lw[i - 1])) return valence * N_SCALAR;
  } else if (startI === 1) {
    if (lw[i - 2] === 'never' && (lw[i - 1] === 'so' || lw[i - 1] === 'this')) return valence * 1.25;
    if (lw[i - 2] === 'without' && lw[i - 1] === 'doubt') return valence;
    if (negatedWord(lw[i - 2])) return valence * N_SCALAR;
  } else {
    // 3.3.2 precedence quirk: (never and so/this two back) OR so/this one back.
    if ((lw[i - 3] === 'never' && (lw[i - 2] === 'so' || lw[i - 2] === 'this')) || lw[i - 1] === 'so' || lw[i - 1] === 'this') {
      return valence * 1.25;
    }
    if (lw[i - 3] === 'without' && (lw[i - 2] === 'doubt' || lw[i - 1] === 'doubt')) return valence;
    if (negatedWord(lw[i - 3])) return valence * N_SCALAR;
  }
  return valence;
}

function specialIdiomsCheck(valence: number, lw: string[], t: TokenInfo[], i: number): number {
  // Called only with i >= 3. Every word of a SPECIAL_CASES key or multiword booster is an idiom word, and tokens hold
  // no spaces, so a sequence is looked up only when all its words are idiom words (the same result, few strings built).
  const n = lw.length;
  const i0 = t[i]!.idiom, i1 = t[i - 1]!.idiom, i2 = t[i - 2]!.idiom, i3 = t[i - 3]!.idiom;
  // 3.3.2's first loop: onezero, twoonezero, twoone, threetwoone, threetwo; the first found wins.
  let v: number | undefined;
  if (i0 && i1) v = SPECIAL_CASES.get(`${lw[i - 1]} ${lw[i]}`);
  if (v === undefined && i0 && i1 && i2) v = SPECIAL_CASES.get(`${lw[i - 2]} ${lw[i - 1]} ${lw[i]}`);
  if (v === undefined && i1 && i2) v = SPECIAL_CASES.get(`${lw[i - 2]} ${lw[i - 1]}`);
  if (v === undefined && i1 && i2 && i3) v = SPECIAL_CASES.get(`${lw[i - 3]} ${lw[i - 2]} ${lw[i - 1]}`);
  if (v === undefined && i2 && i3) v = SPECIAL_CASES.get(`${lw[i - 3]} ${lw[i - 2]}`);
  if (v !== undefined) valence = v;
  if (n - 1 > i && i0 && t[i + 1]!.idiom) {
    const v = SPECIAL_CASES.get(`${lw[i]} ${lw[i + 1]}`);
    if (v !== undefined) valence = v;
  }
  if (n - 1 > i + 1 && i0 && t[i + 1]!.idiom && t[i + 2]!.idiom) {
    const v = SPECIAL_CASES.get(`${lw[i]} ${lw[i + 1]} ${lw[i + 2]}`);
    if (v !== undefined) valence = v;
  }
  if (i1 && i2 && i3) { const b = BOOSTER.get(`${lw[i - 3]} ${lw[i - 2]} ${lw[i - 1]}`); if (b !== undefined) valence += b; }
  if (i2 && i3) { const b = BOOSTER.get(`${lw[i - 3]} ${lw[i - 2]}`); if (b !== undefined) valence += b; }
  if (i1 && i2) { const b = BOOSTER.get(`${lw[i - 2]} ${lw[i - 1]}`); if (b !== undefined) valence += b; }
  return valence;
}

function leastCheck(valence: number, lw: string[], lex: Map<string, number>, i: number): number {
  if (i > 1 && lw[i - 1] === 'least' && !lex.has('least')) {
    if (lw[i - 2] !== 'at' && lw[i - 2] !== 'very') return valence * N_SCALAR;
  } else if (i > 0 && lw[i - 1] === 'least' && !lex.has('least')) {
    return valence * N_SCALAR;
  }
  return valence;
}

function sentimentValence(t: TokenInfo[], lw: string[], lex: Map<string, number>, isCapDiff: boolean, i: number): number {
  const base = t[i]!.valence;
  if (base === undefined) return 0;
  const n = lw.length;
  let valence = base;
  // "no" before another lexicon word negates that word instead of counting itself.
  if (lw[i] === 'no' && i !== n - 1 && t[i + 1]!.valence !== undefined) valence = 0;
  if ((i > 0 && lw[i - 1] === 'no') || (i > 1 && lw[i - 2] === 'no') ||
      (i > 2 && lw[i - 3] === 'no' && (lw[i - 1] === 'or' || lw[i - 1] === 'nor'))) {
    valence = base * N_SCALAR;
  }
  if (isCapDiff && t[i]!.upper) valence += valence > 0 ? C_INCR : -C_INCR;
  for (let startI = 0; startI < 3; startI++) {
    const j = i - (startI + 1);
    if (i > startI && t[j]!.valence === undefined) {
      let s = scalarIncDec(t[j]!.word, lw[j]!, valence, isCapDiff);
      if (startI === 1 && s !== 0) s *= 0.95;
      if (startI === 2 && s !== 0) s *= 0.9;
      valence += s;
      valence = negationCheck(valence, lw, startI, i);
      if (startI === 2) valence = specialIdiomsCheck(valence, lw, t, i);
    }
  }
  return leastCheck(valence, lw, lex, i);
}

/** _but_check, with 3.3.2's list.index() lookup: each value updates the first equal value in the list. */
function butCheck(lw: string[], sentiments: number[]): void {
  const bi = lw.indexOf('but');
  if (bi < 0) return;
  for (let k = 0; k < sentiments.length; k++) {
    const v = sentiments[k];
    const si = sentiments.indexOf(v);
    if (si < bi) sentiments[si] = v * 0.5;
    else if (si > bi) sentiments[si] = v * 1.5;
  }
}

function count(text: string, ch: string): number {
  let n = 0;
  for (let i = text.indexOf(ch); i !== -1; i = text.indexOf(ch, i + 1)) n++;
  return n;
}

function punctuationEmphasis(text: string): number {
  const ep = Math.min(count(text, '!'), 4) * 0.292;
  const qmCount = count(text, '?');
  const qm = qmCount > 1 ? (qmCount <= 3 ? qmCount * 0.18 : 0.96) : 0;
  return ep + qm;
}

/** normalize(score, alpha=15): score / sqrt(score^2 + alpha), clamped to [-1, 1]. */
export function normalize(score: number, alpha = 15): number {
  const x = score / Math.sqrt(score * score + alpha);
  return x < -1 ? -1 : x > 1 ? 1 : x;
}

/** Python's round(x, nd): correctly rounded, exact ties (binary halves such as 0.0625) to even. */
export function pyRound(x: number, nd: number): number {
  const a = Math.abs(x);
  let r = a.toFixed(nd); // the exact value rounded, ties away from zero
  // An exact tie needs 2·a·10^nd to be an odd integer, i.e. a·2^(nd+1) an odd integer (a is dyadic);
  // anything else is not a tie and toFixed is already Python's answer (this skips a slow toFixed(64)).
  const scaled = a * 2 ** (nd + 1);
  if (!Number.isInteger(scaled) || scaled % 2 === 0) return x < 0 ? -Number(r) : Number(r);
  const exact = a.toFixed(nd + 60);
  if (/^50*$/.test(exact.slice(exact.indexOf('.') + 1 + nd)) && Number(r[r.length - 1]) % 2 === 1) {
    r = (a - 0.5 * 10 ** -nd).toFixed(nd);
  }
  return x < 0 ? -Number(r) : Number(r);
}

function scoreValence(sentiments: number[], text: string): VaderScores {
  if (sentiments.length === 0) return { neg: 0, neu: 0, pos: 0, compound: 0 };
  let sum = 0;
  for (const v of sentiments) sum += v;
  const amp = punctuationEmphasis(text);
  if (sum > 0) sum += amp;
  else if (sum < 0) sum -= amp;
  const compound = normalize(sum);
  let posSum = 0;
  let negSum = 0;
  let neuCount = 0;
  for (const v of sentiments) {
    if (v > 0) posSum += v + 1; // +1 compensates for neutral words counted as 1
    if (v < 0) negSum += v - 1;
    if (v === 0) neuCount += 1;
  }
  if (posSum > Math.abs(negSum)) posSum += amp;
  else if (posSum < Math.abs(negSum)) negSum -= amp;
  const total = posSum + Math.abs(negSum) + neuCount;
  return {
    neg: pyRound(Math.abs(negSum / total), 3),
    neu: pyRound(Math.abs(neuCount / total), 3),
    pos: pyRound(Math.abs(posSum / total), 3),
    compound: pyRound(compound, 4),
  };
}

/**
 * SentimentIntensityAnalyzer.polarity_scores of vaderSentiment 3.3.2, rounded as it rounds
 * (neg/neu/pos to 3 decimals, compound to 4). One divergence: 3.3.2 first replaces each emoji by its text description
 * (emoji_utf8_lexicon.txt, not shipped in any package here); emoji are left as they are and count as neutral tokens.
 */
export function vaderPolarityScores(text: string, spans?: TokenSpans): VaderScores {
  const lex = vaderLexicon();
  const n = tokensOf(text, spans, lex, scratch);
  let caps = 0;
  let laden = false;
  for (let i = 0; i < n; i++) {
    const info = scratch[i]!;
    if (info.upper) caps++;
    if (info.valence !== undefined) laden = true;
  }
  // Without a lexicon word every valence is 0 (sentiment_valence scores lexicon words only): what score_valence
  // makes of n zeros, all neutral.
  if (!laden) return n === 0 ? { neg: 0, neu: 0, pos: 0, compound: 0 } : { neg: 0, neu: 1, pos: 0, compound: 0 };
  const t = scratch.slice(0, n);
  if (scratch.length > 4096) scratch = [];
  const lw = new Array<string>(n);
  for (let i = 0; i < n; i++) lw[i] = t[i]!.lower;
  // allcap_differential: some but not all tokens are ALL CAPS.
  const isCapDiff = caps > 0 && caps < n;
  const sentiments = new Array<number>(n);
  for (let i = 0; i < n; i++) {
    if (BOOSTER.has(lw[i]!) || (i < n - 1 && lw[i] === 'kind' && lw[i + 1] === 'of')) sentiments[i] = 0;
    else sentiments[i] = sentimentValence(t, lw, lex, isCapDiff, i);
  }
  butCheck(lw, sentiments);
  return scoreValence(sentiments, text);
}

export const vaderScorer: Scorer = {
  name: 'vader',
  columns: ['vader_compound', 'vader_pos', 'vader_neu', 'vader_neg'],
  polarityColumn: 'vader_compound',
  describe: {
    method: 'VADER (Hutto & Gilbert 2014), port of vaderSentiment 3.3.2',
    columns: {
      vader_compound: { description: 'VADER compound score, -1..1.', unit: 'score' },
      vader_pos: { description: 'VADER positive proportion.', unit: 'proportion' },
      vader_neu: { description: 'VADER neutral proportion.', unit: 'proportion' },
      vader_neg: { description: 'VADER negative proportion.', unit: 'proportion' },
    },
  },
  score(s: SentenceInput) {
    const r = vaderPolarityScores(s.text, s.spans);
    return { vader_compound: r.compound, vader_pos: r.pos, vader_neu: r.neu, vader_neg: r.neg };
  },
};
