// Lexicon readers by name: a format is added by registering it, and readLexicon, the CLI and its help all list the registry.
import { extname } from 'node:path';
import { LexiconError, type Lexicon } from '../types.ts';

/** What a reader is given: the file's bytes, its UTF-8 text (BOM dropped, LF line ends), its name and their hash. */
export interface LexiconSourceText {
  file: string;
  bytes: Uint8Array;
  text: string;
  sha256: string;
}

export interface LexiconFormat {
  /** kebab-case name, recorded in the manifest (liwc-dic) */
  name: string;
  /** one line for --help and `lexicon show` */
  description: string;
  /** file name endings it reads, lowercase with the dot (.dic) */
  extensions: string[];
  /** whether the text is this format, when several formats share an extension (.yaml, .csv); absent: always */
  detect?: (text: string) => boolean;
  /** the neutral Lexicon; problems throw LexiconError(file, line, detail) */
  read: (source: LexiconSourceText) => Lexicon;
}

const formats = new Map<string, LexiconFormat>();
const NAME = /^[a-z][a-z0-9]*(-[a-z0-9]+)*$/;

/**
 * Adds a lexicon reader. A name already registered is refused unless `override` is set, so two formats
 * can never claim one name by accident.
 * @example registerLexiconFormat({ name: 'one-per-line', description: 'a word a line', extensions: ['.words'], read })
 */
export function registerLexiconFormat(format: LexiconFormat, options: { override?: boolean } = {}): void {
  if (!NAME.test(format.name)) throw new Error(`lexicon format name ${JSON.stringify(format.name)} must be kebab-case (a-z, 0-9, -)`);
  if (formats.has(format.name) && options.override !== true) {
    throw new Error(`lexicon format ${JSON.stringify(format.name)} is already registered (pass { override: true } to replace it)`);
  }
  for (const ext of format.extensions) if (!/^\.[a-z0-9.]+$/.test(ext)) throw new Error(`lexicon format ${format.name}: extension ${JSON.stringify(ext)} must be lowercase and start with a dot`);
  formats.set(format.name, format);
}

/** Every registered format, in registration order. */
export function lexiconFormats(): LexiconFormat[] {
  return [...formats.values()];
}

export function lexiconFormat(name: string): LexiconFormat | undefined {
  return formats.get(name);
}

/** The reader for a file: by extension; among formats sharing it, or for an unknown extension, the first whose detect accepts the text. */
export function formatFor(file: string, text: string): LexiconFormat {
  const lower = file.toLowerCase();
  const ext = extname(lower);
  const byExtension = lexiconFormats().filter((f) => f.extensions.some((e) => lower.endsWith(e)));
  // An unknown extension (kwic's inline patterns, a .txt dictionary): formats that can tell their content.
  const candidates = byExtension.length > 0 ? byExtension : lexiconFormats().filter((f) => f.detect !== undefined);
  // detect only chooses between formats sharing an extension: a file with a known extension is read, and its errors reported, by its reader.
  const chosen = byExtension.length === 1 ? byExtension[0] : candidates.find((f) => f.detect === undefined || f.detect(text));
  if (chosen) return chosen;
  const known = lexiconFormats().map((f) => `${f.name} (${f.extensions.join(', ')})`).join('; ');
  throw new LexiconError(file, 1, `no lexicon reader for ${ext === '' ? 'a file without an extension' : `*${ext}`}${byExtension.length > 0 ? ' with this content' : ''}; known formats: ${known}`);
}
