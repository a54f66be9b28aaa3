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
import { TABLES } from './tables/schema.ts';
import { analyzeCorpus, bootstrapRowsOf, categoryKeynessRowsOf, collocationRowsOf, dispersionRowsOf, keynessRows, type AnalysedCorpus, type AnalyzeOptions, type BootstrapOptions, type FoldOptions, type KeynessOptions } from './pipeline/in-memory.ts';

export { readCorpus, type CorpusRead, type ReadCorpusOptions } from './corpus/read.ts';
export { readLexicon, parseLexicon, readLexicons, combineLexicons, lexiconYaml, inspectLexicon, registerLexiconFormat, lexiconFormats, compileLexicon, LexiconError } from './lexicon/index.ts';
export { tokenize } from './text/index.ts';
export { scoreSentences, type ScoredSentence } from './sentiment/score.ts';
export type { Document, Rejection } from './corpus/index.ts';
export type { Lexicon, CompiledLexicon, Match, LexiconFormat } from './lexicon/index.ts';
export type { Token, Sentence, TokenizedText } from './text/index.ts';
export type { KwicOptions } from './lexicon/kwic.ts';
export type { Table } from './tables/table.ts';
export type { AnalysedCorpus, AnalyzeOptions, BootstrapOptions, FoldOptions, KeynessOptions } from './pipeline/in-memory.ts';

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

/**
 * Analyses documents once, as the command does (tokens, lexicon hits, sentence scores, word counts), and
 * keeps every document's analysis, so the textstat verbs can group and subset without reading the texts again.
 * @example
 * const { documents } = readCorpus('corpus');
 * const result = analyze(documents.slice(0, 20));
 * assert.equal(result.analyses.length, 20);
 * assert.equal(result.lexicon.version, '1.2.0');
 */
export function analyze(documents: Iterable<Document>, options: AnalyzeOptions = {}): AnalysedCorpus {
  return analyzeCorpus(documents, options);
}

/**
 * Keyness (G², log ratio, %DIFF, Fightin' Words) of each group against the rest, or of group A against B,
 * for any metadata field as the grouping and any subset (`where`): the rows of keyness.csv as a table.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const k = textstatKeyness(result, { groupBy: 'speaker', compare: ['Secretary', 'Spokesperson'], minFreq: 5 });
 * assert.deepEqual([...new Set(k.array('comparison'))], ['Secretary vs Spokesperson']);
 * const energy = k.filter((d) => d.item === 'energy').object();
 * assert.equal(energy.freq_target, 19); // "energy" in the Secretary's 102 documents, counted with grep
 */
export function textstatKeyness(result: AnalysedCorpus, options: KeynessOptions = {}): Table {
  return toTable(keynessRows(result, options), TABLES.keyness.columns.map((c) => c.name));
}

/**
 * Category keyness (how much more one group uses each frame than the rest, or than group B): the rows of
 * category_keyness.csv for any grouping or subset.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const c = textstatCategoryKeyness(result, { groupBy: 'group' });
 * // two groups: one comparison, one row per category
 * assert.equal(c.numRows(), result.lexicon.categories.length);
 * assert.deepEqual([...new Set(c.array('target'))], ['before 24 Feb 2022']);
 */
export function textstatCategoryKeyness(result: AnalysedCorpus, options: FoldOptions & { compare?: readonly [string, string] } = {}): Table {
  return toTable(categoryKeynessRowsOf(result, options), TABLES.category_keyness.columns.map((c) => c.name));
}

const columnsOf = (t: keyof typeof TABLES) => TABLES[t].columns.map((c) => c.name);

/**
 * Dispersion of every lexicon entry over the documents kept (range, Juilland's D, Gries' DP): dispersion.csv's rows.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const d = textstatDispersion(result, { where: (m) => m.group === 'before 24 Feb 2022' });
 * const hyp = d.filter((r) => r.entry === 'hypocrisy').object();
 * assert.deepEqual([hyp.hits, hyp.range], [1, 1]); // the founding communiqué, 16 November 2021
 */
export function textstatDispersion(result: AnalysedCorpus, options: FoldOptions = {}): Table {
  return toTable(dispersionRowsOf(result, options), columnsOf('dispersion'));
}

/**
 * Collocates of each category's hits within the window set at `analyze` (collocations.csv's rows), for a subset.
 * @example
 * const result = analyze(readCorpus('corpus').documents, { window: 5 });
 * const c = textstatCollocations(result, { minFreq: 5 });
 * assert.ok(c.filter((r) => r.category === 'aggression_escalation' && r.collocate === 'brutal').numRows() === 1); // "unprovoked, brutal"
 */
export function textstatCollocations(result: AnalysedCorpus, options: Omit<KeynessOptions, 'compare'> = {}): Table {
  return toTable(collocationRowsOf(result, options), columnsOf('collocations'));
}

/**
 * Marker rates per 1,000 words by group with bootstrap intervals over documents (rates_by_group.csv), and frame
 * tone by group (frame_tone.csv), for any grouping or subset.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const { rates } = await textstatRatesAndTone(result, { groupBy: 'group', bootstrap: 200 });
 * // the groups' hits add up to the hits lookup finds document by document
 * const byGroup = rates.filter((r) => r.category === 'aggression_escalation').array('hits');
 * const lexicon = readLexicon('lexicons/framing.yaml');
 * const total = readCorpus('corpus').documents.reduce((n, d) => n + lookup(tokenize(d.text), lexicon).filter((h) => h.category === 'aggression_escalation').length, 0);
 * assert.equal(byGroup.reduce((a, b) => a + b, 0), total);
 */
export async function textstatRatesAndTone(result: AnalysedCorpus, options: BootstrapOptions = {}): Promise<{ rates: Table; frameTone: Table }> {
  const { rates, frameTone } = await bootstrapRowsOf(result, options);
  return { rates: toTable(rates, columnsOf('rates_by_group')), frameTone: toTable(frameTone, columnsOf('frame_tone')) };
}
