// Reading a lexicon's (or negation model's) bytes, with a missing file or a folder refused as bad input, not a crash.
import { readFileSync } from 'node:fs';
import { LexiconError } from './types.ts';

/** The file's bytes; a path that is missing or a folder throws LexiconError naming it. */
export function readLexiconBytes(file: string): Buffer {
  try {
    return readFileSync(file);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') throw new LexiconError(file, 0, 'no such file');
    if (code === 'EISDIR') throw new LexiconError(file, 0, 'is a folder, not a lexicon file');
    throw e;
  }
}
