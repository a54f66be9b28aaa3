// Compiling a lexicon once into lookup tables keyed by an entry's first token, so matching never scans all entries.
import { GAP, globMatcher, innerLiteral, isGlobToken, splitLemmaPattern, splitPattern, wildcardSpan, type GlobTest } from './pattern.ts';
import { compileNegation, type CompiledNegation } from './negation.ts';
import type { EntryKind, Lexicon } from './types.ts';

/** How one pattern token is compared with a document token. */
export const TestMode = { Lower: 0, Text: 1, Lemma: 2, GlobLower: 3, GlobText: 4, Gap: 5 } as const;
export type TestMode = (typeof TestMode)[keyof typeof TestMode];

export interface TokenTest {
  mode: TestMode;
  /** the literal to compare (lowercased unless the mode is Text) */
  value: string;
  /** for globs: the whole-token test (globMatcher), which cannot backtrack */
  glob: GlobTest | null;
  /** for globs compared by lowercase form: their literals, which a token's lowercase form must hold to match */
  literals?: string[];
}

export interface CompiledEntry {
  /** position in the lexicon file order; on equal length the earlier entry wins */
  index: number;
  /** index into CompiledLexicon.categories (sorted by id) */
  category: number;
  pattern: string;
  kind: EntryKind;
  caseSensitive: boolean;
  line: number;
  note?: string;
  tests: TokenTest[];
  /** longer token sequences that cancel the hit where they match over it (same case rule as the entry) */
  except: TokenTest[][];
  /** sense conditions (null: none) */
  context: CompiledContext | null;
  /** lowercase words and globs that take a token away from this one-token entry (LexiconEntry.unless), or null */
  unless: { words: Set<string>; globs: GlobTest[] } | null;
  /** `?` is a wildcard in this entry's globs */
  anyChar: boolean;
}

export interface CompiledContext {
  notAfter: Set<string> | null;
  notBefore: Set<string> | null;
  within: number;
  pos: Set<string> | null;
  requires: Set<string> | null;
  notWith: Set<string> | null;
}

/** Default reach of not_after and not_before, in tokens. */
export const DEFAULT_WITHIN = 3;

export interface CompiledCategory {
  id: string;
  label: string;
  definition: string;
  /** categories with the same group number (>= 0) count a token once among them; -1: on its own */
  group: number;
  /** merge touching hits of this category into one expression (oneCountPerExpression) */
  joinExpressions: boolean;
}

export interface CompiledLexicon {
  /** the negation model, ready for matching */
  negation: CompiledNegation;
  file: string;
  name: string;
  version: string;
  sha256: string;
  /** sorted by id, so matches at one token come out in category-id order */
  categories: CompiledCategory[];
  entries: CompiledEntry[];
  /** entries whose first token is literal, by its lowercase form (case-sensitive ones are checked again) */
  byLower: Map<string, CompiledEntry[]>;
  byLemma: Map<string, CompiledEntry[]>;
  /** glob-first entries by the lowercase literal before their first `*`; lengths to slice tokens at */
  globPrefixLengths: number[];
  byGlobPrefix: Map<string, CompiledEntry[]>;
  /** glob-first entries starting with `*`, by the lowercase literal after their last `*` */
  globSuffixLengths: number[];
  byGlobSuffix: Map<string, CompiledEntry[]>;
  /** globs with `*` at both ends, not case-sensitive, by their longest literal between stars; lengths to slice tokens at */
  globInnerLengths: number[];
  byGlobInner: Map<string, CompiledEntry[]>;
  /** the other globs with `*` at both ends: tried on every distinct word form */
  globAnywhere: CompiledEntry[];
}

function push<K>(map: Map<K, CompiledEntry[]>, key: K, entry: CompiledEntry): void {
  const list = map.get(key);
  if (list) list.push(entry);
  else map.set(key, [entry]);
}

/** Each distinct category group, numbered in order of first use. */
function groupNumbers(cats: { group?: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const c of cats) if (c.group !== undefined && !out.has(c.group)) out.set(c.group, out.size);
  return out;
}

/** Tokenizes every pattern once and indexes entries by their first token. */
export function compileLexicon(lex: Lexicon): CompiledLexicon {
  const cats = [...lex.categories].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0));
  const rank = new Map(cats.map((c, i) => [c.id, i]));
  const groups = groupNumbers(cats);
  const out: CompiledLexicon = {
    file: lex.file,
    name: lex.name,
    version: lex.version,
    sha256: lex.sha256,
    negation: compileNegation(lex.negation),
    categories: cats.map(({ id, label, definition, group, joinExpressions }) => ({
      id, label, definition, group: group === undefined ? -1 : groups.get(group)!, joinExpressions: joinExpressions !== false,
    })),
    entries: [],
    byLower: new Map(),
    byLemma: new Map(),
    globPrefixLengths: [],
    byGlobPrefix: new Map(),
    globSuffixLengths: [],
    byGlobSuffix: new Map(),
    globInnerLengths: [],
    byGlobInner: new Map(),
    globAnywhere: [],
  };
  const prefixLengths = new Set<number>();
  const suffixLengths = new Set<number>();
  const innerLengths = new Set<number>();
  for (const cat of lex.categories) {
    for (const e of cat.entries) {
      const anyChar = e.anyChar === true;
      const literal = (tok: string): TokenTest => {
        if (tok === GAP) return { mode: TestMode.Gap, value: GAP, glob: null };
        if (isGlobToken(tok, anyChar)) {
          const value = tok.toLowerCase();
          if (e.caseSensitive) return { mode: TestMode.GlobText, value, glob: globMatcher(tok, true, anyChar) };
          // The value and the token's lower form are both lowercase already: compared exactly, as words are.
          return { mode: TestMode.GlobLower, value, glob: globMatcher(value, true, anyChar), literals: value.split(anyChar ? /[*?]/ : '*').filter((p) => p !== '') };
        }
        return e.caseSensitive ? { mode: TestMode.Text, value: tok, glob: null } : { mode: TestMode.Lower, value: tok.toLowerCase(), glob: null };
      };
      const tests: TokenTest[] =
        e.kind === 'lemma'
          ? splitLemmaPattern(e.pattern).map((value) => ({ mode: TestMode.Lemma, value, glob: null }))
          : splitPattern(e.pattern, anyChar).map(literal);
      const entry: CompiledEntry = {
        index: out.entries.length,
        category: rank.get(cat.id)!,
        pattern: e.pattern,
        kind: e.kind,
        caseSensitive: e.caseSensitive,
        line: e.line,
        ...(e.note === undefined ? {} : { note: e.note }),
        tests,
        except: (e.except ?? []).map((phrase) => splitPattern(phrase, anyChar).map(literal)),
        context: e.notAfter || e.notBefore || e.pos || e.requires || e.notWith
          ? {
            notWith: e.notWith ? new Set(e.notWith) : null,
            notAfter: e.notAfter ? new Set(e.notAfter) : null, notBefore: e.notBefore ? new Set(e.notBefore) : null,
            within: e.within ?? DEFAULT_WITHIN, pos: e.pos ? new Set(e.pos) : null, requires: e.requires ? new Set(e.requires) : null,
          }
          : null,
        // An `unless` item is one token, a word or a glob with the entry's wildcards, compared with the lowercase form.
        unless: e.unless
          ? {
            words: new Set(e.unless.filter((u) => !isGlobToken(u, anyChar)).map((u) => u.toLowerCase())),
            globs: e.unless.filter((u) => isGlobToken(u, anyChar)).map((u) => globMatcher(u, false, anyChar)),
          }
          : null,
        anyChar,
      };
      out.entries.push(entry);
      const first = tests[0]!;
      if (first.mode === TestMode.Lemma) push(out.byLemma, first.value, entry);
      else if (first.glob === null) push(out.byLower, first.value.toLowerCase(), entry);
      else {
        const [firstWild, lastWild] = wildcardSpan(first.value, anyChar);
        const prefix = first.value.slice(0, firstWild);
        const suffix = first.value.slice(lastWild + 1);
        if (prefix !== '') {
          prefixLengths.add(prefix.length);
          push(out.byGlobPrefix, prefix, entry);
        } else if (suffix !== '') {
          suffixLengths.add(suffix.length);
          push(out.byGlobSuffix, suffix, entry);
        } else {
          // A token's lowercase form holds the inner literal wherever the glob matches it.
          const inner = innerLiteral(first.value, anyChar);
          if (first.mode === TestMode.GlobLower && inner !== '') {
            innerLengths.add(inner.length);
            push(out.byGlobInner, inner, entry);
          } else out.globAnywhere.push(entry);
        }
      }
    }
  }
  out.globPrefixLengths = [...prefixLengths].sort((a, b) => a - b);
  out.globSuffixLengths = [...suffixLengths].sort((a, b) => a - b);
  out.globInnerLengths = [...innerLengths].sort((a, b) => a - b);
  return out;
}
