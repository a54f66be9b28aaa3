// Finding lexicon hits in a token list: longest match per category, within one sentence.
import { withRoom, type Token } from '../text/index.ts';
import { TestMode, type CompiledContext, type CompiledEntry, type CompiledLexicon, type TokenTest } from './compile.ts';
import { negationCue } from './negation.ts';
import { GAP_MAX } from './pattern.ts';

export interface Match {
  category: string;
  /** the pattern as written in the lexicon */
  entry: string;
  tokenStart: number;
  /** exclusive */
  tokenEnd: number;
  /** the text denies the framed proposition (lexicons/negation.yaml): "not illegal", "no sanctions" */
  negated: boolean;
  /** the negation cue as written ("not", "no one"), or '' */
  negationCue: string;
}

const LAYOUT = 'tabCRLF';

function passes(test: TokenTest, tok: Token): boolean {
  switch (test.mode) {
    case TestMode.Lower:
      return tok.lower === test.value;
    case TestMode.Text:
      return tok.text === test.value;
    case TestMode.Lemma:
      return tok.lemma === test.value;
    case TestMode.GlobLower:
      return test.glob!(tok.lower);
    case TestMode.GlobText:
      return test.glob!(tok.text);
    case TestMode.Gap:
      return true;
  }
}

/** Where a token sequence matching `tests` from test k at token t ends (exclusive), or -1; never across a sentence end or layout. */
function matchEnd(tests: TokenTest[], k: number, tokens: Token[], t: number, sentence: number): number {
  for (; k < tests.length; k++, t++) {
    const test = tests[k]!;
    if (test.mode === TestMode.Gap) {
      // The shortest gap that lets the rest match: a gap never swallows a later hit's words.
      for (let skip = 0; skip <= GAP_MAX; skip++) {
        const end = matchEnd(tests, k + 1, tokens, t + skip, sentence);
        if (end >= 0) return end;
        const tok = tokens[t + skip];
        if (tok === undefined || tok.sentence !== sentence || tok.type === LAYOUT) return -1;
      }
      return -1;
    }
    const tok = tokens[t];
    if (tok === undefined || tok.sentence !== sentence || tok.type === LAYOUT) return -1;
    if (!passes(test, tok)) return -1;
  }
  return t;
}

/** Tokens an entry's pattern alone (no except, sense rules or unless) matches at `start`, or 0: `lexicon show` tests entries on their own text. */
export function patternLength(entry: CompiledEntry, tokens: Token[], start: number): number {
  if (start >= tokens.length) return 0;
  const end = matchEnd(entry.tests, 0, tokens, start, tokens[start]!.sentence);
  return end < 0 ? 0 : end - start;
}

/** Whether a token sequence matches at `start`; a hit stops at a sentence end and at layout tokens. */
function matchesAt(tests: TokenTest[], tokens: Token[], start: number): boolean {
  return start < tokens.length && matchEnd(tests, 0, tokens, start, tokens[start]!.sentence) >= 0;
}

/** Tokens matched by the entry at `start`, or 0 (also 0 when an except phrase covers it or a sense condition fails). */
function matchLength(entry: CompiledEntry, tokens: Token[], start: number): number {
  const end = matchEnd(entry.tests, 0, tokens, start, tokens[start]!.sentence);
  if (end < 0) return 0;
  const len = end - start;
  for (const ex of entry.except) {
    // The phrase may hold the entry anywhere: try every placement that covers the hit.
    for (let at = start - (ex.length - len); at <= start; at++) if (at >= 0 && matchesAt(ex, tokens, at)) return 0;
  }
  if (entry.context !== null && !contextHolds(entry.context, tokens, start, start + len)) return 0;
  return len;
}

const isOneOf = (set: Set<string>, tok: Token) => set.has(tok.lower) || set.has(tok.lemma);

/** not_after / not_before within their reach, the last token's part of speech, a required word in the sentence. */
function contextHolds(c: CompiledContext, tokens: Token[], start: number, end: number): boolean {
  const sentence = tokens[start]!.sentence;
  if (c.pos !== null && !c.pos.has(tokens[end - 1]!.pos)) return false;
  if (c.notAfter !== null) {
    for (let t = start - 1, seen = 0; t >= 0 && seen < c.within && tokens[t]!.sentence === sentence; t--) {
      if (tokens[t]!.type === LAYOUT) continue;
      seen++;
      if (isOneOf(c.notAfter, tokens[t]!)) return false;
    }
  }
  if (c.notBefore !== null) {
    for (let t = end, seen = 0; t < tokens.length && seen < c.within && tokens[t]!.sentence === sentence; t++) {
      if (tokens[t]!.type === LAYOUT) continue;
      seen++;
      if (isOneOf(c.notBefore, tokens[t]!)) return false;
    }
  }
  if (c.requires !== null && !inSentence(c.requires, tokens, start, end, sentence)) return false;
  if (c.notWith !== null && inSentence(c.notWith, tokens, start, end, sentence)) return false;
  return true;
}

/** Whether a token of the sentence outside the hit is one of the words. */
function inSentence(words: Set<string>, tokens: Token[], start: number, end: number, sentence: number): boolean {
  for (let t = start - 1; t >= 0 && tokens[t]!.sentence === sentence; t--) if (isOneOf(words, tokens[t]!)) return true;
  for (let t = end; t < tokens.length && tokens[t]!.sentence === sentence; t++) if (isOneOf(words, tokens[t]!)) return true;
  return false;
}

/**
 * Entries a token may start by its lowercase form alone: literal first tokens, glob prefixes and suffixes,
 * globs open at both ends (null: none). Which entries those are depends on the form only, so they are
 * found once per distinct form (no string slicing per token); lemma entries are looked up per token.
 * A glob first token compared by lowercase form is tested here too, once per form, and left out when it fails:
 * thousands of glob entries then cost a test per distinct form, not per token.
 */
function formCandidates(compiled: CompiledLexicon, memo: Memo, lower: string): CompiledEntry[] | null {
  // An entry met twice for one form (two places of one literal) is kept once: stamped with this call's number.
  const call = ++memo.calls;
  if (memo.stamps.length < compiled.entries.length) memo.stamps = new Int32Array(compiled.entries.length);
  const stamps = memo.stamps;
  const found: CompiledEntry[] = [];
  const add = (list: CompiledEntry[] | undefined) => {
    if (list) for (const e of list) if (stamps[e.index] !== call) { stamps[e.index] = call; found.push(e); }
  };
  add(compiled.byLower.get(lower));
  for (const n of compiled.globPrefixLengths) {
    if (n > lower.length) break;
    add(compiled.byGlobPrefix.get(lower.slice(0, n)));
  }
  for (const n of compiled.globSuffixLengths) {
    if (n > lower.length) break;
    add(compiled.byGlobSuffix.get(lower.slice(lower.length - n)));
  }
  // A form holds a glob's inner literal as it is wherever the glob matches it.
  for (const n of compiled.globInnerLengths) {
    for (let at = 0; at + n <= lower.length; at++) add(compiled.byGlobInner.get(lower.slice(at, at + n)));
  }
  add(compiled.globAnywhere);
  const out: CompiledEntry[] = [];
  for (const e of found) {
    const first = e.tests[0]!;
    // A more specific entry takes this form away from a LIWC stem: decided once per form, like the glob test.
    if (e.unless !== null && (e.unless.words.has(lower) || e.unless.globs.some((g) => g(lower)))) continue;
    if (first.mode !== TestMode.GlobLower) out.push(e);
    // A form lacking one of the glob's literals cannot match it: the cheap test first.
    else if (first.literals!.every((l) => lower.includes(l)) && first.glob!(lower)) out.push(e);
  }
  return out.length === 0 ? null : out;
}

/** Candidate entries memoised by form id (src/text/forms.ts), per compiled lexicon: an array index per token, no hashing. */
interface Memo { byForm: Slots; byLemma: Slots; stamps: Int32Array; calls: number }
const memos = new WeakMap<CompiledLexicon, Memo>();

type Slots = (CompiledEntry[] | null | undefined)[];

function memoOf(compiled: CompiledLexicon): Memo {
  let memo = memos.get(compiled);
  if (!memo) memos.set(compiled, (memo = { byForm: [], byLemma: [], stamps: new Int32Array(0), calls: 0 }));
  return memo;
}

/**
 * All hits of a compiled lexicon in a document's tokens. Within a category, scanning left to right, the
 * longest entry at each position wins (ties: the entry written first) and scanning resumes after it, so a
 * token counts at most once per category; across categories a token may count once in each.
 * Order: by tokenStart, then category id.
 */
export function matchTokens(compiled: CompiledLexicon, tokens: Token[]): Match[] {
  const out: Match[] = [];
  const nCats = compiled.categories.length;
  const resumeAt = new Int32Array(nCats);
  const bestLen = new Int32Array(nCats);
  const best: (CompiledEntry | null)[] = new Array<CompiledEntry | null>(nCats).fill(null);
  const touched: number[] = [];
  // Last tokens of the hits found so far: a negation cue before one of them is that hit's.
  const hitEnds = new Uint8Array(tokens.length);
  let i = 0;

  const consider = (list: CompiledEntry[] | undefined): void => {
    if (list === undefined) return;
    for (let k = 0; k < list.length; k++) {
      const e = list[k]!;
      const c = e.category;
      if (resumeAt[c]! > i) continue;
      const len = matchLength(e, tokens, i);
      if (len === 0) continue;
      const held = best[c];
      if (held === null) {
        touched.push(c);
      } else if (len < bestLen[c]! || (len === bestLen[c]! && e.index > held.index)) continue;
      best[c] = e;
      bestLen[c] = len;
    }
  };

  const memo = memoOf(compiled);
  const groups = groupsOf(compiled);
  for (; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.type === LAYOUT) continue;
    let forms = tok.form < memo.byForm.length ? memo.byForm[tok.form] : undefined;
    if (forms === undefined) {
      memo.byForm = withRoom(memo.byForm, tok.form);
      forms = memo.byForm[tok.form] = formCandidates(compiled, memo, tok.lower);
    }
    consider(forms ?? undefined);
    let lemmas = tok.lemmaForm < memo.byLemma.length ? memo.byLemma[tok.lemmaForm] : undefined;
    if (lemmas === undefined) {
      memo.byLemma = withRoom(memo.byLemma, tok.lemmaForm);
      lemmas = memo.byLemma[tok.lemmaForm] = compiled.byLemma.get(tok.lemma) ?? null;
    }
    consider(lemmas ?? undefined);
    if (touched.length === 0) continue;

    if (touched.length > 1) touched.sort((a, b) => a - b);
    // In a group, only the longest hits here count, and no member starts again inside them.
    if (groups !== null) for (const c of touched) { const g = groups.of[c]!; if (g >= 0) groups.longest[g] = Math.max(groups.longest[g]!, bestLen[c]!); }
    for (const c of touched) {
      const e = best[c]!;
      const end = i + bestLen[c]!;
      const g = groups === null ? -1 : groups.of[c]!;
      if (g >= 0) {
        for (const m of groups!.members[g]!) resumeAt[m] = Math.max(resumeAt[m]!, i + groups!.longest[g]!);
        if (bestLen[c]! < groups!.longest[g]!) { best[c] = null; bestLen[c] = 0; continue; }
      }
      const cue = negationCue(compiled.negation, tokens, i, hitEnds, end) ?? '';
      out.push({ category: compiled.categories[c]!.id, entry: e.pattern, tokenStart: i, tokenEnd: end, negated: cue !== '', negationCue: cue });
      resumeAt[c] = end;
      hitEnds[end - 1] = 1;
      best[c] = null;
      bestLen[c] = 0;
    }
    if (groups !== null) groups.longest.fill(0);
    touched.length = 0;
  }
  return oneCountPerExpression(out, tokens, apartOf(compiled));
}

/** Ids of the categories whose touching hits stay apart, once per compiled lexicon. */
function apartOf(compiled: CompiledLexicon): Set<string> {
  let apart = apartCache.get(compiled);
  if (apart === undefined) apartCache.set(compiled, (apart = new Set(compiled.categories.filter((c) => !c.joinExpressions).map((c) => c.id))));
  return apart;
}
const apartCache = new WeakMap<CompiledLexicon, Set<string>>();

interface Groups { of: Int32Array; members: number[][]; longest: Int32Array }

/** Category groups by category index, or null when no category is in a group (the common case costs nothing). */
function groupsOf(compiled: CompiledLexicon): Groups | null {
  const known = groupCache.get(compiled);
  if (known !== undefined) return known;
  const made = makeGroups(compiled);
  groupCache.set(compiled, made);
  return made;
}
const groupCache = new WeakMap<CompiledLexicon, Groups | null>();

function makeGroups(compiled: CompiledLexicon): Groups | null {
  const of = Int32Array.from(compiled.categories, (c) => c.group);
  const n = Math.max(-1, ...of) + 1;
  if (n === 0) return null;
  const members: number[][] = Array.from({ length: n }, () => []);
  of.forEach((g, c) => { if (g >= 0) members[g]!.push(c); });
  return { of, members, longest: new Int32Array(n) };
}

// Tokens that may join two names of one thing: "Daesh/ISIS", "ISIS (Daesh)", "UN General Assembly".
const JOINERS = new Set(['/', '(', '-', '–']);

/**
 * One expression, one count: hits of one category in one sentence that touch, or are joined only by a slash,
 * a hyphen or an opening parenthesis, are merged into one hit (the first's entry and negation, the whole span).
 */
export function oneCountPerExpression(hits: Match[], tokens: Token[], apart: ReadonlySet<string> = new Set()): Match[] {
  const last = new Map<string, Match>();
  const out: Match[] = [];
  // Categories of imported formats (in `apart`) keep every hit, as their own software counts them.
  for (const h of hits) {
    if (apart.has(h.category)) { out.push(h); continue; }
    const prev = last.get(h.category);
    if (prev !== undefined && tokens[prev.tokenStart]!.sentence === tokens[h.tokenStart]!.sentence && h.tokenStart >= prev.tokenEnd) {
      let joined = true;
      for (let t = prev.tokenEnd; t < h.tokenStart && joined; t++) joined = JOINERS.has(tokens[t]!.text);
      if (joined && h.tokenStart - prev.tokenEnd <= 1) {
        prev.tokenEnd = h.tokenEnd;
        continue;
      }
    }
    last.set(h.category, h);
    out.push(h);
  }
  return out;
}
