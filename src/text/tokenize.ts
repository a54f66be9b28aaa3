import { formId, withRoom } from './forms.ts';
import { accessors, nlp, plainWordTokens, rawAccessors, readRaw, readRawWithoutPos, type RawDoc } from './nlp.ts';
import { isWordToken, type Sentence, type Token, type TokenizedText } from './tokens.ts';

const lowercaseLemmas = new Map<string, string>();

/**
 * wink-nlp tags a capitalised word ("Sanctions" opening a sentence, "TERRORISTS" in a heading) as a
 * proper noun and leaves it unlemmatised; such a word gets the lemma of its lowercase form, read
 * once per process (a pure function of the word, so results do not depend on document order).
 */
function lemmaOfLowercase(lower: string): string {
  let lemma = lowercaseLemmas.get(lower);
  if (lemma === undefined) {
    const its = accessors();
    const toks = nlp().readDoc(lower).tokens();
    const lemmas = toks.out(its.lemma) as unknown as string[];
    lemma = toks.length() === 1 ? (lemmas[0] ?? lower).toLowerCase() : lower;
    lowercaseLemmas.set(lower, lemma);
  }
  return lemma;
}

/** What a token's text alone decides, read once per wink lexeme and process; lemmas by part of speech. */
interface LexemeInfo {
  text: string; lower: string; form: number; textForm: number; type: string; isWord: boolean;
  lemmaByPos: (string | undefined)[]; lemmaFormByPos: number[];
}

// Indexed by wink's lexeme index (a dense integer): an array lookup per token, not a hash lookup.
let lexemes: (LexemeInfo | undefined)[] = [];

// Token layout of wink's raw document data: [lexeme, preceding spaces | expansion normal, lemma | pos, flags].
const TK = 4;
const POS_MASK = 0x3f00000;
const NEGATION = 2 ** 31;

// Tag names by wink's part-of-speech index (a handful): one accessor call per tag, not per token.
const posNames: string[] = [];

function posOf(raw: RawDoc, i: number): string {
  const index = (raw.tokens[i * TK + 2]! & POS_MASK) >>> 20;
  return (posNames[index] ??= (raws ??= rawAccessors()).pos(raw, i));
}

// Bound once: creating closures per token is costly (and more so under tsx, which names each one).
let raws: ReturnType<typeof rawAccessors> | undefined;

// The form id of the lemma lemmaOf returned last (a second result without allocating a pair per token).
let lemmaForm = 0;

/** wink's lemma is a function of the lexeme and its part of speech, so it is computed once for each pair. */
function lemmaOf(raw: RawDoc, i: number, info: LexemeInfo): string {
  // A contraction's expansion ("n't") carries its own lemma: not memoised by lexeme.
  const expansion = raw.tokens[i * TK + 1]! > 65535;
  const pos = (raw.tokens[i * TK + 2]! & POS_MASK) >>> 20;
  let lemma = expansion ? undefined : info.lemmaByPos[pos];
  if (lemma === undefined) {
    const { text: value, lower, type } = info;
    lemma = ((raws ??= rawAccessors()).lemma(raw, i) ?? value).toLowerCase();
    if (lemma === lower && value !== lower && type === 'word') lemma = lemmaOfLowercase(lower);
    lemmaForm = formId(lemma);
    if (!expansion) { info.lemmaByPos[pos] = lemma; info.lemmaFormByPos[pos] = lemmaForm; }
  } else {
    lemmaForm = info.lemmaFormByPos[pos]!;
  }
  return lemma;
}

function lexemeInfo(raw: RawDoc, i: number): LexemeInfo {
  const lex = raw.tokens[i * TK]!;
  let info = lex < lexemes.length ? lexemes[lex] : undefined;
  if (info === undefined) {
    const acc = (raws ??= rawAccessors());
    const text = acc.value(raw, i);
    const type = acc.type(raw, i);
    const lower = text.toLowerCase();
    info = { text, lower, form: formId(lower), textForm: formId(text), type, isWord: isWordToken(type, text), lemmaByPos: [], lemmaFormByPos: [] };
    lexemes = withRoom(lexemes, lex);
    lexemes[lex] = info;
  }
  return info;
}

/** Where the token's text next occurs from `offset`: wink keeps token text verbatim and in order, with only white space between. */
function tokenAt(text: string, value: string, offset: number, i: number): number {
  const found = text.indexOf(value, offset);
  if (found < 0) throw new Error(`tokenize: lost alignment at token ${i} ${JSON.stringify(value)}`);
  return found;
}

/** A sentence span of wink's with layout tokens (the "\n\n" wink keeps inside a span) trimmed from both ends; null if nothing is left. */
function trimmedSpan(span: readonly number[], isLayout: (t: number) => boolean): [number, number] | null {
  let first = span[0]!;
  let last = span[1]!;
  while (first <= last && isLayout(first)) first++;
  while (last >= first && isLayout(last)) last--;
  return first > last ? null : [first, last];
}

/**
 * Reads a cleaned text once with wink-nlp and returns its sentences and tokens with character offsets.
 * Slicing the text at a token's offsets gives the token back (tested on every token of corpus-real).
 * Properties are read from wink's raw token data and memoised per lexeme: the same values as
 * wink's `out(its.value / its.type / its.lemma / its.negationFlag)` (tested), at a fraction of the cost.
 */
export function tokenize(text: string): TokenizedText {
  const raw = readRaw(text);
  const n = raw.tokens.length / TK;
  const tokens: Token[] = new Array<Token>(n);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const info = lexemeInfo(raw, i);
    const value = info.text;
    // The next occurrence is the token (cheaper than reading its.precedingSpaces); a miss fails loudly.
    offset = tokenAt(text, value, offset, i);
    tokens[i] = {
      i,
      text: value,
      lower: info.lower,
      lemma: lemmaOf(raw, i, info),
      form: info.form,
      textForm: info.textForm,
      lemmaForm,
      type: info.type,
      pos: posOf(raw, i),
      isWord: info.isWord,
      negated: raw.tokens[i * TK + 3]! >= NEGATION,
      start: offset,
      end: offset + value.length,
      sentence: -1,
    };
    offset += value.length;
  }

  const sentences: Sentence[] = [];
  let nWords = 0;
  const isLayout = (t: number): boolean => tokens[t]!.type === 'tabCRLF';
  for (const span of raw.sentences) {
    const trimmed = trimmedSpan(span, isLayout);
    if (trimmed === null) continue;
    const [first, last] = trimmed;
    let words = 0;
    const index = sentences.length;
    for (let t = first; t <= last; t++) {
      const tok = tokens[t]!;
      tok.sentence = index;
      if (tok.isWord) words++;
    }
    nWords += words;
    sentences.push({
      index,
      start: tokens[first]!.start,
      end: tokens[last]!.end,
      tokenStart: first,
      tokenEnd: last + 1,
      nWords: words,
      winkSentiment: span[3] ?? 0,
    });
  }
  return { tokens, sentences, nWords };
}

/**
 * The sentences tokenize finds in a text, with only their start and end offsets and wink's sentiment: for texts read for
 * their sentiment alone, without Token objects and without the part-of-speech pass (which wink runs after sentiment).
 */
export function sentenceSentiments(text: string): { start: number; end: number; sentiment: number }[] {
  const raw = readRawWithoutPos(text);
  const n = raw.tokens.length / TK;
  const starts = new Int32Array(n);
  const ends = new Int32Array(n);
  const layout = new Uint8Array(n);
  let offset = 0;
  for (let i = 0; i < n; i++) {
    const info = lexemeInfo(raw, i);
    const found = tokenAt(text, info.text, offset, i);
    starts[i] = found;
    layout[i] = info.type === 'tabCRLF' ? 1 : 0;
    offset = found + info.text.length;
    ends[i] = offset;
  }
  const out: { start: number; end: number; sentiment: number }[] = [];
  for (const span of raw.sentences) {
    // The same trimming as tokenize's, so the same sentences are kept.
    const trimmed = trimmedSpan(span, (t) => layout[t] === 1);
    if (trimmed !== null) out.push({ start: starts[trimmed[0]]!, end: ends[trimmed[1]]!, sentiment: span[3] ?? 0 });
  }
  return out;
}

/**
 * patternTokens of many short texts at once: one document with a text per line, split at the line breaks, costs a
 * fraction of a document per text. Each line is tokenized alone (wink splits at white space, and framescope's
 * tokenizing is history-free: src/text/nlp.ts); a batch whose lines do not come back one for one is read text by text.
 * Plain lowercase words are not read at all (plainWordTokens).
 */
export function patternTokensMany(texts: readonly string[]): string[][] {
  const out: (string[] | null)[] = texts.map(plainWordTokens);
  const rest = texts.filter((_, i) => out[i] === null);
  const read: string[][] = [];
  for (let from = 0; from < rest.length; from += PATTERN_BATCH) {
    const batch = rest.slice(from, from + PATTERN_BATCH);
    read.push(...(batch.some((t) => LINE_OR_EMPTY.test(t)) ? batch.map(patternTokens) : linesOf(batch)));
  }
  let k = 0;
  return out.map((tokens) => tokens ?? read[k++]!);
}

// Texts per document: big enough that the per-document cost vanishes, small enough to keep the document light.
const PATTERN_BATCH = 2000;
const LINE_OR_EMPTY = /^\s*$|[\n\r\t\v\f\u0085\u2028\u2029]/u;

function linesOf(batch: readonly string[]): string[][] {
  const { values, types } = valuesAndTypes(batch.join('\n'));
  const lines: string[][] = [[]];
  values.forEach((v, i) => {
    if (types[i] === 'tabCRLF') lines.push([]);
    else lines[lines.length - 1]!.push(v);
  });
  return lines.length === batch.length && lines.every((l) => l.length > 0) ? lines : batch.map(patternTokens);
}

/** The lowercased tokens of a short pattern, tokenized exactly as documents are (for lexicon phrases). */
export function patternTokens(pattern: string): string[] {
  const { values, types } = valuesAndTypes(pattern);
  return values.filter((_, i) => types[i] !== 'tabCRLF');
}

/** wink's `out(its.value)` and `out(its.type)` of a text (tested), read from raw data without the part-of-speech pass. */
function valuesAndTypes(text: string): { values: string[]; types: string[] } {
  const raw = readRawWithoutPos(text);
  const n = raw.tokens.length / TK;
  const values = new Array<string>(n);
  const types = new Array<string>(n);
  for (let i = 0; i < n; i++) {
    const info = lexemeInfo(raw, i);
    values[i] = info.text;
    types[i] = info.type;
  }
  return { values, types };
}
