// Which words keyness, Fightin' Words and collocations leave out: stop words (lexicons/stopwords.txt) and proper names.
import type { CorpusState } from '../engine/corpus-state.ts';

export { readStopWords, STOPWORDS_FILE, type StopWords } from '../lexicon/stopwords.ts';

/**
 * A predicate: true for an item to leave out of the keyword and collocate lists (never out of sizes or rates).
 * A name is a form wink-nlp tags as a proper noun in most of its occurrences ("blinken", "j.").
 */
export function excludedItems(state: CorpusState, opts: { stopWords: ReadonlySet<string> | null; names: boolean }): (item: string) => boolean {
  const names = state.counts.names;
  const total = state.wordTotal;
  return (item) => (opts.stopWords !== null && opts.stopWords.has(item)) || (opts.names && 2 * (names.get(item) ?? 0) > (total.get(item) ?? 0));
}
