// Which words keyness, Fightin' Words and collocations leave out: stop words (lexicons/stopwords.txt) and proper names.
import { readFileSync } from 'node:fs';
import { sha256 } from '../provenance/hash.ts';
import { PROJECT_ROOT } from '../provenance/versions.ts';
import type { CorpusState } from './corpus-state.ts';

export const STOPWORDS_FILE = `${PROJECT_ROOT}lexicons/stopwords.txt`;

export interface StopWords { file: string; sha256: string; words: Set<string> }

/** The bundled stop word list: one lowercase word a line, # comments. */
export function readStopWords(file = STOPWORDS_FILE): StopWords {
  const bytes = readFileSync(file);
  const words = new Set(bytes.toString('utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
  return { file, sha256: sha256(bytes), words };
}

/**
 * A predicate: true for an item to leave out of the keyword and collocate lists (never out of sizes or rates).
 * A name is a form wink-nlp tags as a proper noun in most of its occurrences ("blinken", "j.").
 */
export function excludedItems(state: CorpusState, opts: { stopWords: Set<string> | null; names: boolean }): (item: string) => boolean {
  const names = state.counts.names;
  const total = state.wordTotal;
  return (item) => (opts.stopWords !== null && opts.stopWords.has(item)) || (opts.names && 2 * (names.get(item) ?? 0) > (total.get(item) ?? 0));
}
