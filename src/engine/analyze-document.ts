import { detectScript } from '../corpus/script.ts';
import type { Document } from '../corpus/index.ts';
import { matchTokens, type CompiledLexicon, type Match } from '../lexicon/index.ts';
import type { Scorer, TokenSpans } from '../sentiment/scorer.ts';
import { formText, looksNotEnglish, maskedSentiments, tokenize, withRoomFloat64, type Sentence, type Token } from '../text/index.ts';
import type { DocumentAnalysis, HitRecord, SentenceRecord } from './document-analysis.ts';

export interface DocumentOptions {
  /** characters of left and right context kept with each hit */
  contextChars: number;
  /** collocation window, in words on each side of a hit, within its sentence */
  window: number;
}

const WS = /\s+/g;

// Concordance context: whitespace (including paragraph breaks) folded so each line reads as one.
function context(text: string, from: number, to: number): string {
  return text.slice(Math.max(0, from), Math.max(0, to)).replace(WS, ' ');
}

/** The lowercase forms of a document's word tokens, in order. */
function* wordsOf(tokens: readonly Token[]): Generator<string> {
  for (const t of tokens) if (t.isWord) yield t.lower;
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** A document's word counts by form id (src/text/forms.ts), as [id, n, id, n, ...] in order of first occurrence. */
export interface FormCounts { words: Float64Array; lemmas: Float64Array }

// Form ids mean something only on the thread that made them, so they travel beside the analysis's data, under a
// non-enumerable symbol: JSON (caches, shards) and structured clones (other threads) see the plain word counts.
// (A WeakMap here, with the getters made inside analyzeDocument, doubled the garbage between full collections:
// the getters' closure held the document's tokens for as long as the analysis lived.)
const FORM_COUNTS = Symbol('form counts');

export function formCountsOf(a: DocumentAnalysis): FormCounts | undefined {
  return (a as DocumentAnalysis & { [FORM_COUNTS]?: FormCounts })[FORM_COUNTS];
}

/**
 * The analysis with its word and lemma records made when first read (a cache entry, a shard's partial, another
 * thread): a run that folds by form id never builds them; each is made once. Made here,
 * outside analyzeDocument, so the getters hold the two count arrays and not the document's tokens.
 */
function withWordCounts(
  a: Omit<DocumentAnalysis, 'words' | 'lemmas' | 'collocates'>, collocates: DocumentAnalysis['collocates'],
  words: Float64Array, lemmas: Float64Array,
): DocumentAnalysis {
  let wordRecord: Record<string, number> | undefined;
  let lemmaRecord: Record<string, number> | undefined;
  // Written out in DocumentAnalysis order (a spread put the getters after `collocates` in JSON).
  const analysis: DocumentAnalysis = {
    id: a.id, path: a.path, meta: a.meta, fingerprint: a.fingerprint, boilerplateLines: a.boilerplateLines,
    nWords: a.nWords, nSentences: a.nSentences, script: a.script, notEnglish: a.notEnglish, hits: a.hits, sentences: a.sentences, names: a.names,
    get words() { return (wordRecord ??= recordOf(words)); },
    get lemmas() { return (lemmaRecord ??= recordOf(lemmas)); },
    collocates,
  };
  Object.defineProperty(analysis, FORM_COUNTS, { value: { words, lemmas }, enumerable: false });
  return analysis;
}

/** Counts of form ids, for one document at a time: a dense tally cleared as it is read out. */
class FormTally {
  private counts = new Float64Array(1024);
  private readonly seen: number[] = [];

  add(id: number): void {
    this.counts = withRoomFloat64(this.counts, id);
    if (this.counts[id]++ === 0) this.seen.push(id);
  }

  /** The tally as [id, n, ...] pairs in order of first occurrence; then cleared. */
  take(): Float64Array {
    const pairs = new Float64Array(this.seen.length * 2);
    this.seen.forEach((id, k) => {
      pairs[2 * k] = id;
      pairs[2 * k + 1] = this.counts[id]!;
      this.counts[id] = 0;
    });
    this.seen.length = 0;
    return pairs;
  }
}

/** Form-id pairs as a word -> n record, in the same order. */
function recordOf(pairs: Float64Array): Record<string, number> {
  const record: Record<string, number> = Object.create(null);
  for (let k = 0; k < pairs.length; k += 2) record[formText(pairs[k]!)] = pairs[k + 1]!;
  return record;
}

// The token spans of the sentence being scored, filled in place (TokenSpans): no arrays per sentence.
let spans: TokenSpans = { n: 0, start: new Int32Array(256), end: new Int32Array(256), id: new Int32Array(256) };

/** A sentence's tokens as spans of its own text, with the ids of their texts; `skip`: tokens blanked out of the text. */
function spansOf(tokens: Token[], s: Sentence, skip?: Set<number>): TokenSpans {
  const n = s.tokenEnd - s.tokenStart;
  if (n > spans.start.length) {
    const size = Math.max(n, 2 * spans.start.length);
    spans = { n: 0, start: new Int32Array(size), end: new Int32Array(size), id: new Int32Array(size) };
  }
  let kept = 0;
  for (let k = 0; k < n; k++) {
    if (skip?.has(s.tokenStart + k)) continue;
    const tok = tokens[s.tokenStart + k]!;
    spans.start[kept] = tok.start - s.start;
    spans.end[kept] = tok.end - s.start;
    spans.id[kept] = tok.textForm;
    kept++;
  }
  spans.n = kept;
  return spans;
}

const wordTally = new FormTally();
const lemmaTally = new FormTally();

/** Document -> DocumentAnalysis: pure apart from the shared, read-only lexicon and scorers. */
export function analyzeDocument(
  doc: Document,
  lexicon: CompiledLexicon,
  scorers: readonly Scorer[],
  opts: DocumentOptions,
): DocumentAnalysis {
  const { text } = doc;
  const { tokens, sentences, nWords } = tokenize(text);
  const matches = matchTokens(lexicon, tokens);

  const names: Record<string, number> = Object.create(null);
  for (const t of tokens) {
    if (!t.isWord) continue;
    wordTally.add(t.form);
    lemmaTally.add(t.lemmaForm);
    if (t.pos === 'PROPN') names[t.lower] = (names[t.lower] ?? 0) + 1;
  }
  const words = wordTally.take();
  const lemmas = lemmaTally.take();

  const hits: HitRecord[] = [];
  // Sets only for sentences with a hit (most have none).
  const sentCategories: (Set<string> | undefined)[] = new Array(sentences.length);
  const sentNegated: boolean[] = sentences.map(() => false);
  const collocates: Record<string, Record<string, number>> = Object.create(null);
  // Per category, the tokens a window has counted (its hits' own tokens from the start): overlapping windows count
  // each token once, so a co-occurrence never exceeds the collocate's frequency and the 2x2 table stays non-negative.
  const counted = new Map<string, Set<number>>();
  const countedOf = (category: string): Set<number> => {
    let set = counted.get(category);
    if (!set) {
      set = new Set();
      for (const m of matches) if (m.category === category) for (let t = m.tokenStart; t < m.tokenEnd; t++) set.add(t);
      counted.set(category, set);
    }
    return set;
  };
  for (const m of matches) {
    const first = tokens[m.tokenStart]!;
    const last = tokens[m.tokenEnd - 1]!;
    const s = first.sentence;
    hits.push({
      sentence: s,
      start: first.start,
      end: last.end,
      category: m.category,
      entry: m.entry,
      matched: text.slice(first.start, last.end),
      negated: m.negated,
      negationCue: m.negationCue,
      left: context(text, first.start - opts.contextChars, first.start),
      right: context(text, last.end, last.end + opts.contextChars),
    });
    (sentCategories[s] ??= new Set()).add(m.category);
    if (m.negated) sentNegated[s] = true;
    if (opts.window > 0) {
      const coll = (collocates[m.category] ??= Object.create(null) as Record<string, number>);
      countWindow(tokens, sentences[s]!.tokenStart, sentences[s]!.tokenEnd, m.tokenStart, m.tokenEnd, opts.window, coll, countedOf(m.category));
    }
  }

  // Each frame's sentences scored again without that frame's own markers (frame tone without circularity).
  const frames = maskedSentences(tokens, sentences, text, matches);
  // Categories whose markers are the same tokens of a sentence (a term in three categories) share one masked sentence.
  const masked = [...new Set(frames.map((f) => f.masked))];
  const maskedWink = maskedSentiments(masked.map((m) => m.text));
  const unmarkedScores = new Map<Masked, Record<string, number>>();
  masked.forEach((m, k) => {
    const s = sentences[m.sentence]!;
    const words: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) if (tokens[t]!.isWord && !m.marked.has(t)) words.push(tokens[t]!.lower);
    const input = { text: m.text, words, winkSentiment: maskedWink[k]!, spans: spansOf(tokens, s, m.marked) };
    const scores: Record<string, number> = {};
    for (const scorer of scorers) Object.assign(scores, scorer.score(input));
    unmarkedScores.set(m, scores);
  });
  const unmarkedBySentence: (Record<string, Record<string, number>> | undefined)[] = new Array(sentences.length);
  for (const f of frames) (unmarkedBySentence[f.sentence] ??= {})[f.category] = unmarkedScores.get(f.masked)!;

  const sentenceRecords: SentenceRecord[] = sentences.map((s, i) => {
    const sentWords: string[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t]!;
      if (tok.isWord) sentWords.push(tok.lower);
    }
    const sentText = text.slice(s.start, s.end);
    const scores: Record<string, number> = {};
    const input = { text: sentText, words: sentWords, winkSentiment: s.winkSentiment, spans: spansOf(tokens, s) };
    for (const scorer of scorers) Object.assign(scores, scorer.score(input));
    const categories = sentCategories[i] === undefined ? [] : [...sentCategories[i]].sort();
    return {
      index: i,
      start: s.start,
      end: s.end,
      text: sentText,
      nWords: s.nWords,
      scores,
      categories,
      negatedHit: sentNegated[i]!,
      ...(unmarkedBySentence[i] === undefined ? {} : { unmarked: unmarkedBySentence[i] }),
    };
  });

  return withWordCounts({
    id: doc.id,
    path: doc.path,
    meta: doc.meta,
    fingerprint: doc.fingerprint,
    boilerplateLines: doc.boilerplateLines,
    nWords,
    nSentences: sentences.length,
    script: detectScript(text),
    notEnglish: looksNotEnglish(wordsOf(tokens)),
    hits,
    sentences: sentenceRecords,
    names,
  }, collocates, words, lemmas);
}

/** A sentence with marker tokens blanked: same length, so every other token keeps its offsets. */
interface Masked { sentence: number; text: string; marked: Set<number> }

/** Every (sentence, category) of a document's hits, in that order, with its sentence masked of the category's marker tokens. */
function maskedSentences(tokens: Token[], sentences: readonly Sentence[], text: string, matches: readonly Match[]): { sentence: number; category: string; masked: Masked }[] {
  const byKey = new Map<string, { sentence: number; category: string; marked: Set<number> }>();
  for (const m of matches) {
    const si = tokens[m.tokenStart]!.sentence;
    const key = `${si}\u0000${m.category}`;
    let entry = byKey.get(key);
    if (!entry) byKey.set(key, (entry = { sentence: si, category: m.category, marked: new Set() }));
    for (let t = m.tokenStart; t < m.tokenEnd; t++) entry.marked.add(t);
  }
  const frames = [...byKey.values()].sort((a, b) => a.sentence - b.sentence || (a.category < b.category ? -1 : a.category > b.category ? 1 : 0));
  const byTokens = new Map<string, Masked>();
  return frames.map(({ sentence, category, marked }) => {
    const order = [...marked].sort((a, b) => a - b);
    const key = `${sentence}:${order.join(',')}`;
    let masked = byTokens.get(key);
    if (!masked) byTokens.set(key, (masked = { sentence, text: maskTokens(text, sentences[sentence]!, tokens, order), marked }));
    return { sentence, category, masked };
  });
}

/** The sentence's text with the tokens (in order) replaced by as many spaces. */
function maskTokens(text: string, s: Sentence, tokens: Token[], order: readonly number[]): string {
  let masked = '';
  let at = s.start;
  for (const t of order) {
    const tok = tokens[t]!;
    masked += text.slice(at, tok.start) + ' '.repeat(tok.end - tok.start);
    at = tok.end;
  }
  return masked + text.slice(at, s.end);
}

// Words within `window` word tokens left and right of a hit, inside its sentence; the category's hit tokens and
// tokens an earlier hit's window already counted are left out.
function countWindow(
  tokens: Token[], sStart: number, sEnd: number, hStart: number, hEnd: number, window: number,
  into: Record<string, number>, counted: Set<number>,
): void {
  // Walks from `from` by `step` (-1 left, +1 right) over at most `window` words, stopping at the sentence's edge.
  const side = (from: number, step: number, inside: (t: number) => boolean) => {
    let seen = 0;
    for (let t = from; inside(t) && seen < window; t += step) {
      const tok = tokens[t]!;
      if (!tok.isWord) continue;
      seen++;
      if (counted.has(t)) continue;
      counted.add(t);
      bump(into, tok.lower);
    }
  };
  side(hStart - 1, -1, (t) => t >= sStart);
  side(hEnd, 1, (t) => t < sEnd);
}
