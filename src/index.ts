// framescope's front door: the verbs a notebook or a script imports, named as a corpus linguist looks for them.
// The command (src/analyze.ts) is one user of the same code. Every @example below runs as a test
// (tests/api/examples.test.ts), with `assert` from node:assert/strict in scope.

import type { CompiledLexicon, Lexicon, Match } from './lexicon/index.ts';
import { compileLexicon } from './lexicon/index.ts';
import { matchTokens } from './lexicon/index.ts';
import { kwicRows, KWIC_COLUMNS, type KwicOptions } from './lexicon/kwic.ts';
import type { Document } from './corpus/index.ts';
import type { TokenizedText } from './text/index.ts';
import { toTable, type Table } from './tables/table.ts';

export { readCorpus, type CorpusRead, type ReadCorpusOptions } from './corpus/read.ts';
export { readLexicon, parseLexicon, compileLexicon, LexiconError } from './lexicon/index.ts';
export { tokenize } from './text/index.ts';
export { scoreSentences, type ScoredSentence } from './sentiment/score.ts';
export type { Document, Rejection } from './corpus/index.ts';
export type { Lexicon, CompiledLexicon, Match } from './lexicon/index.ts';
export type { Token, Sentence, TokenizedText } from './text/index.ts';
export type { KwicOptions } from './lexicon/kwic.ts';
export type { Table } from './tables/table.ts';

/**
 * Finds a lexicon's markers in a tokenized text: one match per counted occurrence, with its category, the
 * entry that matched, its token span and whether the text denies it (quanteda's tokens_lookup).
 * @example
 * const lexicon = readLexicon('lexicons/framing.yaml');
 * const text = 'The sanctions are not illegal. Civilians suffer.';
 * const hits = lookup(tokenize(text), lexicon);
 * assert.deepEqual(hits.map((h) => [h.category, h.entry, h.negated]), [
 *   ['sanctions_coercion', 'sanction', false], ['illegality', 'illegal', true], ['suffering_victimhood', 'suffer', false],
 * ]);
 */
export function lookup(text: TokenizedText, lexicon: Lexicon | CompiledLexicon): Match[] {
  return matchTokens(compiled(lexicon), text.tokens);
}

const compiledOf = new WeakMap<Lexicon, CompiledLexicon>();
function compiled(lexicon: Lexicon | CompiledLexicon): CompiledLexicon {
  if ('byLower' in lexicon) return lexicon;
  let c = compiledOf.get(lexicon);
  if (c === undefined) compiledOf.set(lexicon, (c = compileLexicon(lexicon)));
  return c;
}

/**
 * Keyword in context for any word, phrase (`international law`), glob (`sanction*`), gap (`Russia's ... war`),
 * lemma (`{ lemma: true }`) or regular expression (`{ regex: true }`), over documents from readCorpus: an
 * arquero table with one row per match (doc_id, sentence_index, token and character spans, pre, keyword,
 * post, negated), `window` tokens of context on each side (default 5).
 * @example
 * const { documents } = readCorpus('corpus');
 * const k = kwic(documents, 'territorial integrity', { window: 4 });
 * assert.equal(k.numRows(), 31); // grep -o -i 'territorial integrity' corpus/*.txt | wc -l
 * const row = k.filter((d) => d.doc_id === 'usdos-20220224-317597').object();
 * assert.deepEqual([row.pre, row.keyword, row.post], ['Ukraine’s sovereignty and', 'territorial integrity', '.']);
 */
export function kwic(documents: Iterable<Document>, pattern: string, options: KwicOptions = {}): Table {
  return toTable(kwicRows(documents, pattern, options), KWIC_COLUMNS);
}
