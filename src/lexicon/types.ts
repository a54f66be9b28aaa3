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
  /** longer phrases that contain this entry and cancel it where they match (West Bank for West) */
  except?: string[];
  /** words (form or lemma) that cancel the hit when one of the `within` tokens before it is one of them */
  notAfter?: string[];
  /** words (form or lemma) that cancel the hit when one of the `within` tokens after it is one of them */
  notBefore?: string[];
  /** how many tokens before or after the hit not_after and not_before look at (default 3) */
  within?: number;
  /** part-of-speech tags (wink-nlp's universal tags) the hit's last token must have */
  pos?: string[];
  /** words (form or lemma) of which one must occur in the hit's sentence */
  requires?: string[];
  /** words (form or lemma) none of which may occur in the hit's sentence */
  notWith?: string[];
  /** one-token words or globs, more specific than this one-token glob, that take a token it matches away from it (LIWC: one dictionary entry per word) */
  unless?: string[];
  /** `?` in the pattern is one character, as in shell and quanteda globs (a `glob:` entry); otherwise `?` is literal */
  anyChar?: boolean;
}

export interface LexiconCategory {
  /** snake_case id, the key in `categories` */
  id: string;
  label: string;
  /** the coding rule, with an inclusion and an exclusion criterion */
  definition: string;
  line: number;
  entries: LexiconEntry[];
  /** categories with the same group count a token once among them: the longest hit wins (quanteda's nested_scope = "dictionary", Lexicoder) */
  group?: string;
  /** false: hits joined by a slash, hyphen or parenthesis stay separate hits (imported formats count as their software does) */
  joinExpressions?: boolean;
}

/** A problem that does not stop a lexicon from being used: a LIWC 2007 conditional entry read in part, a duplicate dropped. */
export interface LexiconWarning {
  file: string;
  line: number;
  detail: string;
}

/** A warning as a run reports it: "file:line: detail", the file by its name only (outputs name no local paths). */
export function warningLine(w: LexiconWarning): string {
  return `${w.file.split(/[\\/]/).at(-1)}:${w.line}: ${w.detail}`;
}

/** One lexicon file of a run (a run may combine several): what the manifest records of it. */
export interface LexiconSource {
  file: string;
  /** the reader that read it (src/lexicon/formats/) */
  format: string;
  name: string;
  version: string;
  sha256: string;
}

export interface Lexicon {
  /** the path the lexicon was read from, as given */
  file: string;
  name: string;
  version: string;
  description?: string;
  /** how the lexicon was validated, in a sentence a citation can carry (figures and where they come from) */
  validation?: string;
  /** sha256 of the file's bytes, hex */
  sha256: string;
  categories: LexiconCategory[];
  /** the negation model the lexicon names (`negation:`), or the bundled lexicons/negation.yaml */
  negation: NegationModel;
  /** the reader that read it (default framescope-yaml) */
  format?: string;
  /** what was read with reservations, by file and line */
  warnings?: LexiconWarning[];
  /** the files combined into this lexicon (readLexicons), when more than one */
  sources?: LexiconSource[];
}

/** A lexicon file that cannot be used; the message starts with `file:line:`. */
export class LexiconError extends Error {
  readonly file: string;
  readonly line: number;
  /** `line` 0: the file as a whole (missing, a folder, in another encoding) */
  constructor(file: string, line: number, detail: string) {
    super(line > 0 ? `${file}:${line}: ${detail}` : `${file}: ${detail}`);
    this.name = 'LexiconError';
    this.file = file;
    this.line = line;
  }
}

/** framescope's negation model (lexicons/negation.yaml), as read by src/lexicon/negation.ts. */
export interface NegationModel {
  file: string;
  name: string;
  version: string;
  sha256: string;
  window: number;
  /** the most tokens a pair of quotation marks may hold for a hit inside to count as a cited, rejected label (0: off) */
  scareQuotes: number;
  /** single-token cues by lowercase form or lemma, and multi-token cues as token lists */
  cues: string[][];
  pseudo: string[][];
  stops: string[];
  transparent: string[];
  notCues: string[];
}
