// Reading a lexicon file of any registered format: the reader is chosen by extension and content (formats/registry.ts).
import { createHash } from 'node:crypto';
import { readLexiconBytes } from './file.ts';
import './formats/index.ts';
import { formatFor, lexiconFormat, lexiconFormats } from './formats/registry.ts';
import { dictionaryText } from './formats/text.ts';
import type { Lexicon } from './types.ts';

export interface ReadLexiconOptions {
  /** a registered format name; default: chosen by the file's extension and content */
  format?: string;
}

/** Reads and validates a lexicon file of any registered format; throws LexiconError naming the file and line. */
export function readLexicon(file: string, options: ReadLexiconOptions = {}): Lexicon {
  return parseLexicon(readLexiconBytes(file), file, options);
}

/** Parses a lexicon (bytes or text); `file` chooses the format and is used in error messages and kept in the result. */
export function parseLexicon(source: Uint8Array | string, file: string, options: ReadLexiconOptions = {}): Lexicon {
  const bytes = typeof source === 'string' ? Buffer.from(source, 'utf8') : source;
  const text = dictionaryText(bytes, file);
  const format = options.format === undefined ? formatFor(file, text) : lexiconFormat(options.format);
  if (format === undefined) throw new Error(`unknown lexicon format ${JSON.stringify(options.format)} (known: ${lexiconFormats().map((f) => f.name).join(', ')})`);
  return format.read({ file, bytes, text, sha256: createHash('sha256').update(bytes).digest('hex') });
}
