// Building the neutral Lexicon from a foreign dictionary's categories and terms, with each format's counting rules.
import { basename, extname } from 'node:path';
import { readNegationModel } from '../negation.ts';
import { DEFAULT_NEGATION } from './framescope-yaml.ts';
import { isGlobToken, primeSplits, splitPattern } from '../pattern.ts';
import { LexiconError, type Lexicon, type LexiconCategory, type LexiconEntry, type LexiconWarning } from '../types.ts';
import type { LexiconSourceText } from './registry.ts';

/** How a format's own software counts, where it differs from framescope's default (src/lexicon/README.md). */
export interface CountingRules {
  /** `?` is one character (quanteda globs) */
  anyChar: boolean;
  /** a token counts once in the whole dictionary, the longest match winning (Lexicoder) */
  oncePerLexicon: boolean;
  /** a word takes one dictionary entry: the exact one, else the longest matching stem (LIWC) */
  oneEntryPerWord: boolean;
}

const SNAKE = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/**
 * A category name as a snake_case id: accents dropped (NFKD), lowercase, each run of other characters
 * than a-z and 0-9 one `_`, no `_` at the ends, `c_` in front of an id that is empty or starts with a digit.
 */
export function safeCategoryId(name: string): string {
  if (SNAKE.test(name)) return name;
  const id = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase().replace(/[^a-z0-9]+/g, '_').replace(/^_+|_+$/g, '');
  return id === '' || /^[0-9]/.test(id) ? `c_${id}`.replace(/_$/, '') : id;
}

interface Pending { name: string; line: number; terms: { term: string; line: number }[] }

/** Collects categories and terms in file order; build() checks them and applies the counting rules. */
export class DictionaryBuilder {
  private readonly categories = new Map<string, Pending>();
  readonly warnings: LexiconWarning[] = [];
  constructor(private readonly source: LexiconSourceText, private readonly format: string, private readonly rules: CountingRules) {}

  fail(line: number, detail: string): never {
    throw new LexiconError(this.source.file, line, detail);
  }

  warn(line: number, detail: string): void {
    this.warnings.push({ file: this.source.file, line, detail });
  }

  /** Declares a category (first declaration wins its line); an empty name is an error. */
  category(name: string, line: number): void {
    const n = name.trim();
    if (n === '') this.fail(line, 'a category with no name');
    if (!this.categories.has(n)) this.categories.set(n, { name: n, line, terms: [] });
  }

  add(category: string, term: string, line: number): void {
    const t = term.trim().replace(/\s+/g, ' ');
    if (t === '') this.fail(line, `category ${JSON.stringify(category)}: an empty term`);
    this.category(category, line);
    this.categories.get(category.trim())!.terms.push({ term: t, line });
  }

  build(meta: { name?: string; version?: string; description?: string } = {}): Lexicon {
    const file = this.source.file;
    if (this.categories.size === 0) this.fail(1, 'the dictionary has no categories');
    // Every term split in one go (a big dictionary's cost); the terms are then read, and refused, one by one.
    primeSplits([...this.categories.values()].flatMap((p) => p.terms.map((t) => t.term)), this.rules.anyChar);
    const used = new Set<string>();
    const categories: LexiconCategory[] = [];
    for (const p of this.categories.values()) {
      if (p.terms.length === 0) this.fail(p.line, `category ${JSON.stringify(p.name)} has no entries`);
      let id = safeCategoryId(p.name);
      for (let k = 2; used.has(id); k++) id = `${safeCategoryId(p.name)}_${k}`;
      used.add(id);
      const entries: LexiconEntry[] = [];
      const seen = new Map<string, number>();
      let leftOut = '';
      for (const { term, line } of p.terms) {
        let tokens: string[];
        try {
          tokens = splitPattern(term, this.rules.anyChar);
        } catch (err) {
          // One entry framescope cannot read (LIWC's `self-*` is self | - | *) is left out and said, not the whole dictionary.
          this.warn(line, `category ${JSON.stringify(p.name)}: left out: ${(err as Error).message}`);
          leftOut = `line ${line}: ${(err as Error).message}`;
          continue;
        }
        const key = tokens.join(' ').toLowerCase();
        const first = seen.get(key);
        if (first !== undefined) {
          this.warn(line, `duplicate entry ${JSON.stringify(term)} in category ${JSON.stringify(p.name)} (first at line ${first}); counted once`);
          continue;
        }
        seen.set(key, line);
        const glob = tokens.some((t) => isGlobToken(t, this.rules.anyChar));
        entries.push({
          pattern: term, kind: glob ? 'glob' : tokens.length === 1 ? 'word' : 'phrase', caseSensitive: false, line,
          ...(this.rules.anyChar && glob ? { anyChar: true } : {}),
        });
      }
      if (entries.length === 0) this.fail(p.line, `category ${JSON.stringify(p.name)} has no entries framescope can read (${leftOut})`);
      categories.push({
        id, label: p.name, definition: `none given: category ${JSON.stringify(p.name)} of ${basename(file)} (${this.format})`, line: p.line, entries,
        ...(this.rules.oncePerLexicon ? { group: 'lexicon' } : {}), joinExpressions: false,
      });
    }
    if (this.rules.oneEntryPerWord) applyOneEntryPerWord(categories);
    return {
      file, format: this.format,
      name: meta.name ?? basename(file, extname(file)),
      // Foreign formats carry no version: the file's hash stands in for one.
      version: meta.version ?? `sha256:${this.source.sha256.slice(0, 12)}`,
      ...(meta.description === undefined ? {} : { description: meta.description }),
      sha256: this.source.sha256, categories, negation: readNegationModel(DEFAULT_NEGATION),
      ...(this.warnings.length === 0 ? {} : { warnings: this.warnings }),
    };
  }
}

/** A one-token stem (`abandon*`): the literal before its only star, which is its last character. */
function stemOf(e: LexiconEntry): string | null {
  if (e.kind !== 'glob' || !/^[^*\s]+\*$/.test(e.pattern)) return null;
  return splitPattern(e.pattern).length === 1 ? e.pattern.slice(0, -1).toLowerCase() : null;
}

/**
 * LIWC reads one entry per word: the exact entry if there is one, else the longest stem that matches. A
 * stem therefore gives up every word that an exact entry or a longer stem of the dictionary also matches:
 * those go in its `unless` list (the more specific entry's own categories still count the word).
 */
export function applyOneEntryPerWord(categories: LexiconCategory[]): void {
  const specific = new Set<string>();
  for (const c of categories) {
    for (const e of c.entries) {
      if (e.kind === 'word') specific.add(e.pattern.toLowerCase());
      else if (stemOf(e) !== null) specific.add(e.pattern.toLowerCase());
    }
  }
  const sorted = [...specific].sort();
  // Binary search: the first item >= prefix; items starting with the prefix follow it.
  const from = (prefix: string): number => {
    let lo = 0;
    let hi = sorted.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (sorted[mid]! < prefix) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
  for (const c of categories) {
    for (const e of c.entries) {
      const stem = stemOf(e);
      if (stem === null) continue;
      const own = e.pattern.toLowerCase();
      const unless: string[] = [];
      for (let i = from(stem); i < sorted.length && sorted[i]!.startsWith(stem); i++) if (sorted[i] !== own) unless.push(sorted[i]!);
      if (unless.length > 0) e.unless = unless;
    }
  }
  giveUpSplitWords(categories);
}

/**
 * A word the tokenizer splits (`cannot` is can + not, `don't` is do + n't) is still one word to LIWC, read by its
 * own entry only. The one-token entries that match one of its parts (`can*`, `not`, `do`) therefore give up the
 * tokens of its occurrences: the split word goes in their `except` list.
 */
function giveUpSplitWords(categories: LexiconCategory[]): void {
  const words = new Map<string, LexiconEntry[]>();
  const stems = new Map<string, LexiconEntry[]>();
  for (const c of categories) {
    for (const e of c.entries) {
      const stem = stemOf(e);
      const [map, key] = stem !== null ? [stems, stem] : e.kind === 'word' ? [words, e.pattern.toLowerCase()] : [null, ''];
      if (map === null) continue;
      const list = map.get(key);
      if (list) list.push(e);
      else map.set(key, [e]);
    }
  }
  const splitWords = new Set<string>();
  for (const c of categories) for (const e of c.entries) if (e.kind === 'phrase' && !/\s/.test(e.pattern)) splitWords.add(e.pattern.toLowerCase());
  for (const word of [...splitWords].sort()) {
    const giving = new Set<LexiconEntry>();
    for (const part of splitPattern(word).map((t) => t.toLowerCase())) {
      for (const e of words.get(part) ?? []) giving.add(e);
      for (let n = 1; n <= part.length; n++) for (const e of stems.get(part.slice(0, n)) ?? []) giving.add(e);
    }
    for (const e of giving) e.except = [...(e.except ?? []), word];
  }
}
