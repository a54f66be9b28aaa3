// The error a lexicon reader throws, for tests that check its message and line.
import { parseLexicon } from '../../src/lexicon/index.ts';
import { LexiconError } from '../../src/lexicon/types.ts';

/** The LexiconError `run` throws; any other error is thrown on, and no error at all fails the test. */
export function lexiconErrorOf(run: () => unknown, what = 'the call'): LexiconError {
  try {
    run();
  } catch (err) {
    if (err instanceof LexiconError) return err;
    throw err;
  }
  throw new Error(`${what}: no LexiconError thrown`);
}

/** The LexiconError of reading `source` as the dictionary file `file`. */
export const parseErrorOf = (source: string | Uint8Array, file: string): LexiconError =>
  lexiconErrorOf(() => parseLexicon(source, file), `reading ${file}`);
