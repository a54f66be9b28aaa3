// The unit of analysis: one cleaned document with its metadata, and what the loader refused.

export interface Document {
  /** File path relative to the corpus folder, without extension, '/' separators. */
  id: string;
  /** Path relative to the corpus folder, '/' separators. */
  path: string;
  /** Known fields (id, date, issuer, country, title, source_url, language) and every other field, as strings; absent = not present. */
  meta: Record<string, string>;
  /** The cleaned text; all offsets elsewhere refer to it. */
  text: string;
  /** sha256 hex of the cleaned text (UTF-8). */
  fingerprint: string;
  /** Non-blank lines stripped by boilerplate rules. */
  boilerplateLines: number;
  /** Lines stripped per rule name (only rules that stripped something). */
  boilerplateByRule?: Record<string, number>;
}

export interface Rejection {
  path: string;
  reason: string;
}

/** Fatal input error (missing folder, broken metadata.csv, broken rules file); the message names file and line. */
export class CorpusError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'CorpusError';
  }
}

/** Metadata fields every tool knows by name; any other field is kept as free metadata. */
export const KNOWN_FIELDS = ['id', 'date', 'issuer', 'country', 'title', 'source_url', 'language'] as const;
