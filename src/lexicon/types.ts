// Plain, serialisable records of a framing lexicon as read from its YAML file.

/** How an entry matches: one exact token, an exact token sequence, a glob (`*` inside tokens), or lemmas. */
export type EntryKind = 'word' | 'phrase' | 'glob' | 'lemma';

export interface LexiconEntry {
  /** the pattern as written in the lexicon file */
  pattern: string;
  kind: EntryKind;
  /** compare the token's original text instead of its lowercase form */
  caseSensitive: boolean;
  /** 1-based line of the entry in the lexicon file */
  line: number;
  note?: string;
  /** longer phrases that begin with this entry and must not count as it (West Bank for West) */
  except?: string[];
}

export interface LexiconCategory {
  /** snake_case id, the key in `categories` */
  id: string;
  label: string;
  /** the coding rule, with an inclusion and an exclusion criterion */
  definition: string;
  line: number;
  entries: LexiconEntry[];
}

export interface Lexicon {
  /** the path the lexicon was read from, as given */
  file: string;
  name: string;
  version: string;
  description?: string;
  /** sha256 of the file's bytes, hex */
  sha256: string;
  categories: LexiconCategory[];
}

/** A lexicon file that cannot be used; the message starts with `file:line:`. */
export class LexiconError extends Error {
  readonly file: string;
  readonly line: number;
  constructor(file: string, line: number, detail: string) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'LexiconError';
    this.file = file;
    this.line = line;
  }
}
