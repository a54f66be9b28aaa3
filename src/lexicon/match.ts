// Finding lexicon hits in a token list: longest match per category, within one sentence.
import { withRoom, type Token } from '../text/index.ts';
import { TestMode, type CompiledEntry, type CompiledLexicon, type TokenTest } from './compile.ts';

export interface Match {
  category: string;
  /** the pattern as written in the lexicon */
  entry: string;
  tokenStart: number;
  /** exclusive */
  tokenEnd: number;
  /** some token of the hit is in wink-nlp's negation scope ("not illegal", "no sanctions") */
  negated: boolean;
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
      return test.re!.test(tok.lower);
    case TestMode.GlobText:
      return test.re!.test(tok.text);
  }
}

/** Whether a token sequence matches at `start`; a hit stops at a sentence end and at layout tokens. */
function matchesAt(tests: TokenTest[], tokens: Token[], start: number): boolean {
  if (start + tests.length > tokens.length) return false;
  const sentence = tokens[start]!.sentence;
  for (let k = 0; k < tests.length; k++) {
    const tok = tokens[start + k]!;
    if (tok.sentence !== sentence || tok.type === LAYOUT) return false;
    if (!passes(tests[k]!, tok)) return false;
  }
  return true;
}

/** Tokens matched by the entry at `start`, or 0 (also 0 when one of its except phrases matches there). */
function matchLength(entry: CompiledEntry, tokens: Token[], start: number): number {
  if (!matchesAt(entry.tests, tokens, start)) return 0;
  for (const ex of entry.except) if (matchesAt(ex, tokens, start)) return 0;
  return entry.tests.length;
}

/**
 * Entries a token may start by its lowercase form alone: literal first tokens, glob prefixes and suffixes,
 * globs open at both ends (null: none). Which entries those are depends on the form only, so they are
 * found once per distinct form (no string slicing per token); lemma entries are looked up per token.
 */
function formCandidates(compiled: CompiledLexicon, lower: string): CompiledEntry[] | null {
  const out: CompiledEntry[] = [];
  const add = (list: CompiledEntry[] | undefined) => { if (list) for (const e of list) out.push(e); };
  add(compiled.byLower.get(lower));
  for (const n of compiled.globPrefixLengths) {
    if (n > lower.length) break;
    add(compiled.byGlobPrefix.get(lower.slice(0, n)));
  }
  for (const n of compiled.globSuffixLengths) {
    if (n > lower.length) break;
    add(compiled.byGlobSuffix.get(lower.slice(lower.length - n)));
  }
  add(compiled.globAnywhere);
  return out.length === 0 ? null : out;
}

/** Candidate entries memoised by form id (src/text/forms.ts), per compiled lexicon: an array index per token, no hashing. */
interface Memo { byForm: Slots; byLemma: Slots }
const memos = new WeakMap<CompiledLexicon, Memo>();

type Slots = (CompiledEntry[] | null | undefined)[];

function memoOf(compiled: CompiledLexicon): Memo {
  let memo = memos.get(compiled);
  if (!memo) memos.set(compiled, (memo = { byForm: [], byLemma: [] }));
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
  for (; i < tokens.length; i++) {
    const tok = tokens[i]!;
    if (tok.type === LAYOUT) continue;
    let forms = tok.form < memo.byForm.length ? memo.byForm[tok.form] : undefined;
    if (forms === undefined) {
      memo.byForm = withRoom(memo.byForm, tok.form);
      forms = memo.byForm[tok.form] = formCandidates(compiled, tok.lower);
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
    let negated = false;
    for (const c of touched) {
      const e = best[c]!;
      const end = i + bestLen[c]!;
      negated = false;
      for (let t = i; t < end; t++) if (tokens[t]!.negated) negated = true;
      out.push({ category: compiled.categories[c]!.id, entry: e.pattern, tokenStart: i, tokenEnd: end, negated });
      resumeAt[c] = end;
      best[c] = null;
      bestLen[c] = 0;
    }
    touched.length = 0;
  }
  return out;
}
