// The only module that imports wink-nlp: one model instance per process (loading costs ~0.2 s).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { readFileSync } from 'node:fs';
import { compileRecognize, type WinkAutomaton, type WinkCacheLookup } from './wink-fsm.ts';
import { stockWink, TESTED_WINK, winkVersionProblem } from './stock.ts';

// sbd, negation, sentiment and pos (pos is needed for lemmas); the costly entity pipes are skipped.
export const PIPES = ['sbd', 'negation', 'sentiment', 'pos'] as const;

const require = createRequire(import.meta.url);

interface WinkCache { lookup(text: string): number[] | null; intrinsicSize(): number; value(index: number): string }
interface DocData { cache: WinkCache }

/** wink-nlp's raw document data (rdd): 4 numbers per token, and sentences as [first, last, negation, sentiment]. */
export interface RawDoc {
  tokens: number[];
  sentences: [number, number, number, number][];
}

// The rdd of the document being read: wink builds it, hands it to the doc-data wrapper, and keeps it private.
let lastRaw: RawDoc | null = null;

// wink's pipe switches (one object, shared by every document it reads), captured by the doc-data wrapper.
let pipeSwitches: Record<string, boolean> | null = null;
// Whether the document being read skips the part-of-speech pass (readRawWithoutPos).
let skipPos = false;

/** What both doc-data wrappers do first: keep the rdd, and switch pos off for this document when asked. */
function captureDocData(data: unknown): void {
  lastRaw = data as RawDoc;
  if (skipPos) {
    pipeSwitches = (data as { currPipe: Record<string, boolean> }).currPipe;
    pipeSwitches.pos = false;
  }
}
interface DocDataMethods {
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): number;
  isLexeme(text: string): number[] | null;
}

// At most this many raw tokens are kept in a small Map in front of the vocabulary: the frequent ones, met early,
// stay in the processor's caches (the vocabulary Map has the model's 87,593 lexemes).
const HOT_MAX = 16384;
const CONTRACTION = -2;
const UNKNOWN = -1;

interface Vocabulary {
  cache: WinkCache;
  words: Map<string, number>;
  contractions: Set<string>;
  /** the first HOT_MAX raw tokens looked up, with their lexeme, CONTRACTION or UNKNOWN */
  hot: Map<string, number>;
}
let vocabulary: Vocabulary | undefined;

/**
 * The model's own lexemes as wink's cache.lookup finds them: a Map lookup per raw token instead of wink's
 * lookup (a property of an 87,593-key object, which internalises the text first, and a fresh array per call).
 * Built once per cache from its intrinsic lexemes; learned lexemes (index >= intrinsic) are left out.
 */
function vocabularyOf(cache: WinkCache, intrinsic: number): Vocabulary {
  if (vocabulary?.cache === cache) return vocabulary;
  const words = new Map<string, number>();
  const contractions = new Set<string>();
  for (let i = 0; i < intrinsic; i++) {
    const text = cache.value(i);
    const found = cache.lookup(text);
    if (found === null) continue;
    if (found.length !== 1) contractions.add(text);
    else if (found[0]! < intrinsic) words.set(text, found[0]!);
  }
  return (vocabulary = { cache, words, contractions, hot: new Map() });
}

const PLAIN_WORDS = /^[a-z]+(?: [a-z]+)*$/;

/**
 * wink's tokens of a text of lowercase ASCII words between single spaces, without reading it (null for any other
 * text, or with stock wink-nlp): each word is one token as it stands. The model's vocabulary holds it, or wink's
 * first category test (`^[a-z…]+$`: word, tokenizer.js) takes it whole; only the model's contractions ("cannot",
 * "dont") split, and a text with one of them is left to wink. A 10,000-word dictionary is not read word by word.
 */
export function plainWordTokens(text: string): string[] | null {
  if (!PLAIN_WORDS.test(text) || stockWink()) return null;
  if (vocabulary === undefined) readRaw('a');
  const words = text.split(' ');
  return words.some((w) => vocabulary!.contractions.has(w)) ? null : words;
}

// Marks a replaced export (on the export itself, as require.cache is shared by every copy of this module).
const REPLACED = Symbol.for('framescope.wink-replaced');

/**
 * Replaces the exports of wink-nlp's internal module `file` (e.g. 'tokenizer.js') with wrap(original) in
 * require.cache, before wink-nlp itself loads it; a module already replaced is left as it is.
 */
function replaceWinkModule<F extends object>(file: string, wrap: (original: F) => F): void {
  const path = join(dirname(require.resolve('wink-nlp')), file);
  require(path);
  const entry = require.cache[path]!;
  if ((entry.exports as Record<symbol, unknown>)[REPLACED]) return;
  const wrapped = wrap(entry.exports as F);
  (wrapped as Record<symbol, unknown>)[REPLACED] = true;
  entry.exports = wrapped;
}

/**
 * wink-nlp's cache learns every out-of-vocabulary word it meets, and its tokenizer then consults
 * those learned words, so "Secretary’s" splits into two tokens or stays one depending on the
 * documents read before (3 of the 500 corpus-real documents). Results would depend on document
 * order, worker count and cache state. Before wink-nlp loads, the tokenizer's view of the cache
 * (the doc-data wrapper) is changed to treat learned words as unknown: every document is then
 * tokenized exactly as by a freshly loaded model. The cache itself is left as it is.
 */
function makeTokenizationHistoryFree(): void {
  replaceWinkModule<(data: DocData) => DocDataMethods>('dd-wrapper.js', (factory) => (data) => {
    captureDocData(data);
    const methods = factory(data);
    const { cache } = data;
    const raw = data as unknown as RawDoc & { nonBreakingSpaces: Record<number, unknown> };
    const intrinsic = cache.intrinsicSize();
    const addIfInCache = methods._addTokenIfInCache;
    const vocab = vocabularyOf(cache, intrinsic);
    // One lookup per call, in the model's own vocabulary (wink's own methods would look the text up twice).
    const { hot } = vocab;
    methods._addTokenIfInCache = (text, ps, nbsp) => {
      let index = hot.get(text);
      if (index === undefined) {
        index = vocab.words.get(text) ?? (vocab.contractions.has(text) ? CONTRACTION : UNKNOWN);
        if (hot.size < HOT_MAX) hot.set(text, index);
      }
      if (index < 0) {
        // A contraction takes wink's own path; any other text is unknown to the model (or learned: treated as unknown).
        return index === CONTRACTION ? addIfInCache(text, ps, nbsp) : 0;
      }
      // As wink's addTokenIfInCache: lexeme, preceding spaces, lemma/pos and flags; nbsp by token index.
      const idx = raw.tokens.push(index, ps, 0, 0);
      if (nbsp !== null && ps > 0) raw.nonBreakingSpaces[idx / 4 - 1] = nbsp;
      return 99;
    };
    methods.isLexeme = (text) => {
      const found = cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! >= intrinsic ? null : found;
    };
    return methods;
  });
}

/** The compiled token regexes wink's tokenizer factory receives (only what the loop below reads). */
interface TRex { helpers: { splitter: RegExp } }
type WinkTokenize = (doc: DocDataMethods, text: string) => void;
type TokenizerFactory = (trex: TRex, categories: { unk: number }, preserve: unknown) => WinkTokenize;

// Out-of-vocabulary raw tokens memoised, at most (~15 MB; corpus-real has ~12,000 distinct ones).
const OOV_MEMO_MAX = 100_000;

/**
 * With learned words treated as unknown, every occurrence of a raw token that is not in the model's
 * vocabulary ("Lavrov", "Russia,") goes through wink's slow path (category regexes, the recursive
 * tokenizer, cache.add): a quarter of the raw tokens of corpus-real.
 * That path depends only on the raw token and its preceding spaces (learned words are invisible to it
 * and its regexes keep no state), so the 4 numbers a token it pushes are memoised per raw token and
 * replayed. wink's tokenize loop is repeated here as it is (split on spaces, preceding spaces capped,
 * non-breaking spaces passed on); tokens preceded by non-breaking spaces take wink's own path.
 */
function memoiseOutOfVocabulary(): void {
  replaceWinkModule<TokenizerFactory>('tokenizer.js', (factory) => (trex, categories, preserve) => {
    const original = factory(trex, categories, preserve);
    const splitter = trex.helpers.splitter;
    const unk = categories.unk;
    const maxPrecedingSpaces = 65535;
    const NBSP = /[\u00a0\u2002-\u2005\u2009\u200a\u202f\u205f]/;
    // Keyed by the raw token after one space (the common case), or by "<spaces> <token>".
    const afterOne = new Map<string, number[]>();
    const afterOther = new Map<string, number[]>();
    let size = 0;
    return (doc, text) => {
      const tokens = (lastRaw as RawDoc).tokens;
      const rawTokens = text.split(splitter);
      let precedingSpaces = 0;
      let nbSpaces: string | null = null;
      let spaces = '';
      for (let p = 0; p < rawTokens.length; p++) {
        const t = rawTokens[p]!;
        if (!t) continue;
        const hasNBSP = NBSP.test(t);
        if (t[0] === ' ' || hasNBSP) {
          spaces = t;
          precedingSpaces = t.length;
          if (hasNBSP) {
            nbSpaces = t;
            precedingSpaces = maxPrecedingSpaces;
          } else if (precedingSpaces > maxPrecedingSpaces - 1) precedingSpaces = maxPrecedingSpaces - 1;
          continue;
        }
        if (doc._addTokenIfInCache(t, precedingSpaces, nbSpaces) === unk) {
          const memo = precedingSpaces === 1 ? afterOne : afterOther;
          const key = precedingSpaces === 1 ? t : `${precedingSpaces} ${t}`;
          const known = nbSpaces === null ? memo.get(key) : undefined;
          if (known !== undefined) {
            for (let k = 0; k < known.length; k++) tokens.push(known[k]!);
          } else {
            // wink's own processing of this one raw token, after the same spaces.
            const before = tokens.length;
            original(doc, spaces + t);
            if (nbSpaces === null && size < OOV_MEMO_MAX) { memo.set(key, tokens.slice(before)); size++; }
          }
        }
        precedingSpaces = 0;
        nbSpaces = null;
        spaces = '';
      }
    };
  });
}

type AutomatonFactory = (cache: WinkCacheLookup | null | undefined, token2Ignore?: unknown) => WinkAutomaton;

/**
 * wink's automata (sentence boundaries, negation, sentiment, part of speech) look each token up in a transition
 * object parsed from JSON and keyed by token id: more than half the time of reading a document. Each automaton
 * wink makes gets a recognize() that reads the same transitions from compiled tables (src/text/wink-fsm.ts).
 */
function compileAutomata(): void {
  replaceWinkModule<AutomatonFactory>('automaton.js', (factory) => (cache, token2Ignore) =>
    compileRecognize(factory(cache, token2Ignore), cache, token2Ignore));
}

/** The feature extractors wink's cache calls for a word the model does not know (only what is replaced here). */
interface WinkFeatures { isAbbrev(word: string): number }
type FeatureFactory = (config: unknown, ...rest: unknown[]) => WinkFeatures;

// Longer words take the linear test; shorter ones wink's own (the same answer, tested in tests/text).
export const LONG_WORD = 1024;

/**
 * wink's test `/[a-z].*\.$/i` (a letter, then anything but a line break, then a final '.') without the
 * RegExp's search from every letter, which is quadratic: one 400,000-character token took 54 s.
 * Scanning back from the final '.' to the first letter or line break gives the same answer in one pass.
 */
export function isAbbreviation(word: string): 0 | 1 {
  if (word.charCodeAt(word.length - 1) !== 0x2e) return 0;
  for (let i = word.length - 2; i >= 0; i--) {
    const c = word.charCodeAt(i);
    // ASCII letters only: without the u flag, /i folds no other letter onto a-z.
    if ((c | 0x20) >= 0x61 && (c | 0x20) <= 0x7a) return 1;
    if (c === 0x0a || c === 0x0d || c === 0x2028 || c === 0x2029) return 0;
  }
  return 0;
}

/** Gives the English model's feature extractors the linear abbreviation test for words longer than LONG_WORD. */
function guardLongWords(): void {
  const m = model as unknown as { featureFn: FeatureFactory & { [REPLACED]?: true } };
  if (m.featureFn[REPLACED]) return;
  const original = m.featureFn;
  const wrapped: FeatureFactory & { [REPLACED]?: true } = (...args) => {
    const features = original(...args);
    const stock = features.isAbbrev;
    features.isAbbrev = (word) => (word.length > LONG_WORD ? isAbbreviation(word) : stock(word));
    return features;
  };
  wrapped[REPLACED] = true;
  m.featureFn = wrapped;
}

/**
 * wink's email pattern, searched unanchored through every text unit (trex.rtc), backtracks from every start
 * position: quadratic in a long run of letters and digits (40,000 characters took 30 s). Without an "@" it
 * cannot match at all, so its search is skipped then; with one, it runs as wink's own.
 */
export class EmailRegExp extends RegExp {
  private lastText: string | null = null;
  private lastHasAt = false;
  override exec(text: string): RegExpExecArray | null {
    // split() calls exec once per position on the same string: remember the answer for it.
    if (text !== this.lastText) {
      this.lastText = text;
      this.lastHasAt = text.includes('@');
    }
    return this.lastHasAt ? super.exec(text) : null;
  }
}

/** Whether a trex pattern is wink's email pattern (it cannot match without a literal "@"). */
export function isEmailPattern(source: string): boolean {
  return source.includes(')*@[a-z0-9]');
}

type CompiledTrex = { rtc: [RegExp, number][]; ltc: [RegExp, number][] };

/** Gives wink's compiled token regexes the email guard above. */
function guardEmailPattern(): void {
  replaceWinkModule<(trex: unknown) => CompiledTrex>('compile-trex.js', (compile) => (trex) => {
    const out = compile(trex);
    for (const list of [out.rtc, out.ltc]) {
      for (const entry of list) if (isEmailPattern(entry[0].source)) entry[0] = new EmailRegExp(entry[0].source, entry[0].flags);
    }
    return out;
  });
}

let instance: WinkMethods | undefined;

/** The installed versions of the packages framescope replaces parts of (their package.json, found beside their main file). */
function installedWink(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const name of Object.keys(TESTED_WINK)) {
    let dir = dirname(require.resolve(name));
    // The main file sits in a subfolder (src/, dist/): walk up to the package's own package.json.
    for (let i = 0; i < 3; i++) {
      try {
        const pkg = JSON.parse(readFileSync(join(dir, 'package.json'), 'utf8')) as { name?: string; version?: string };
        if (pkg.name === name) { out[name] = pkg.version ?? '?'; break; }
      } catch { /* not here */ }
      dir = dirname(dir);
    }
  }
  return out;
}

export function nlp(): WinkMethods {
  if (!instance) {
    if (stockWink()) {
      // Stock wink-nlp: only the raw document data is captured, nothing it computes is replaced.
      replaceWinkModule<(data: DocData) => DocDataMethods>('dd-wrapper.js', (factory) => (data) => {
        captureDocData(data);
        return factory(data);
      });
    } else {
      const problem = winkVersionProblem(installedWink());
      if (problem !== null) throw new Error(problem);
      makeTokenizationHistoryFree();
      memoiseOutOfVocabulary();
      compileAutomata();
      guardLongWords();
      guardEmailPattern();
    }
    const winkNLP = require('wink-nlp') as (m: unknown, pipes: string[]) => WinkMethods;
    instance = winkNLP(model, [...PIPES]);
    if (!stockWink()) checkReplaced();
  }
  return instance;
}

/** The replacements must be the modules wink-nlp actually uses: a wink-nlp that loads its internals otherwise is refused. */
function checkReplaced(): void {
  const base = dirname(require.resolve('wink-nlp'));
  for (const file of ['dd-wrapper.js', 'automaton.js', 'compile-trex.js']) {
    const entry = require.cache[join(base, file)];
    if (!entry || !(entry.exports as Record<symbol, unknown>)[REPLACED]) {
      throw new Error(`wink-nlp did not take framescope's replacement of ${file}: its internals differ from the tested version`);
    }
  }
  if (!(model as unknown as { featureFn: Record<symbol, unknown> }).featureFn[REPLACED]) {
    throw new Error("wink-eng-lite-web-model did not take framescope's replacement of its feature functions");
  }
}

/**
 * Reads a text and returns wink's raw document data, so tokens can be read out with one pass over
 * flat numbers instead of one `out(its.x)` call (and array) per property (src/text/tokenize.ts).
 */
export function readRaw(text: string): RawDoc {
  lastRaw = null;
  nlp().readDoc(text);
  const raw = lastRaw as RawDoc | null;
  if (raw === null) throw new Error('wink-nlp: raw document data not captured (the doc-data wrapper was not called)');
  lastRaw = null;
  return raw;
}

/**
 * readRaw without wink's part-of-speech pass (no pos, no lemmas): for texts read only for their sentences and
 * sentiment, which wink computes before the pos pass and so are the same as readRaw's.
 */
export function readRawWithoutPos(text: string): RawDoc {
  skipPos = true;
  try {
    return readRaw(text);
  } finally {
    skipPos = false;
    if (pipeSwitches !== null) pipeSwitches.pos = true;
  }
}

/** A token's property through wink's own `its` function, given the raw document data. */
type RawIts<T> = (index: number, rdd: RawDoc, addons: unknown) => T;

export function rawAccessors() {
  const its = nlp().its as unknown as Record<string, RawIts<unknown>>;
  const addons = (model as unknown as { addons: unknown }).addons;
  const value = its.value as RawIts<string>;
  const type = its.type as RawIts<string>;
  const lemma = its.lemma as RawIts<string>;
  const pos = its.pos as RawIts<string>;
  return {
    pos: (rdd: RawDoc, i: number) => pos(i, rdd, addons),
    value: (rdd: RawDoc, i: number) => value(i, rdd, addons),
    type: (rdd: RawDoc, i: number) => type(i, rdd, addons),
    lemma: (rdd: RawDoc, i: number) => lemma(i, rdd, addons),
  };
}

// wink-nlp's typings declare these accessors with the wrong result types under strict (STACK.md).
export function accessors() {
  const its = nlp().its;
  return {
    value: its.value as unknown as ItsFunction<string>,
    type: its.type as unknown as ItsFunction<string>,
    lemma: its.lemma as unknown as ItsFunction<string>,
    negationFlag: its.negationFlag as unknown as ItsFunction<boolean>,
    precedingSpaces: its.precedingSpaces as unknown as ItsFunction<string>,
    span: its.span as unknown as ItsFunction<[number, number]>,
    sentiment: its.sentiment as unknown as ItsFunction<number>,
  };
}
