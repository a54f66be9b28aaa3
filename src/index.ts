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
import {
  analyzeCorpus, bootstrapRowsOf, documentTable, hitTable, sentenceTable, categoryKeynessRowsOf, categoryRowsOf, collocationRowsOf, dispersionRowsOf, frequencyRows, FREQUENCY_COLUMNS, keynessRows, trendRowsOf,
  type AnalysedCorpus, type AnalyzeOptions, type BootstrapOptions, type FoldOptions, type FrequencyOptions, type KeynessOptions,
} from './engine/in-memory.ts';
import { scoreSentences } from './sentiment/score.ts';
import { scorersByName } from './sentiment/index.ts';
import { DEFAULTS } from './cli/options.ts';
import {
  fightinWords, frameTone, frameToneByGroup, heatmap, keyness, rates, ratesByGroup, sentimentDistribution, topEntries, trends,
  type ChartContext, type GroupSize,
} from './charts/index.ts';
import {
  entryRows, fightinWordsRows, frameToneGroupRows, frameToneRows, groupIntervalRows, groupRateRows, keynessChartRows, keynessComparison, rateRows, thinForPlot, trendChartRows,
} from './charts/table-rows.ts';
import { describeCorpus } from './provenance/citation.ts';
import { corpusFingerprint } from './provenance/hash.ts';
import { compareCodePoints } from './corpus/index.ts';
import { NO_GROUP } from './engine/summary.ts';
import type { Row } from './tables/csv.ts';
import type { TopLevelSpec } from 'vega-lite';

export { readCorpus, type CorpusRead, type ReadCorpusOptions } from './corpus/read.ts';
export { readLexicon, parseLexicon, readLexicons, combineLexicons, lexiconYaml, inspectLexicon, registerLexiconFormat, lexiconFormats, compileLexicon, LexiconError } from './lexicon/index.ts';
export { tokenize } from './text/index.ts';
export { scoreSentences, type ScoredSentence } from './sentiment/score.ts';
export type { Document, Rejection } from './corpus/index.ts';
export type { Lexicon, CompiledLexicon, Match, LexiconFormat } from './lexicon/index.ts';
export type { Token, Sentence, TokenizedText } from './text/index.ts';
export type { KwicOptions } from './lexicon/kwic.ts';
export type { Table } from './tables/table.ts';
export type { AnalysedCorpus, AnalyzeOptions, BootstrapOptions, FoldOptions, FrequencyOptions, KeynessOptions } from './engine/in-memory.ts';
export type { ChartContext, Grouping } from './charts/index.ts';
export { renderChart } from './charts/index.ts';
// Extension points: each kind of thing is added in one place, with name checks (docs/extending.md).
export { registerChart, unregisterChart, registeredCharts, type ChartDefinition, type ChartInputs } from './charts/catalogue.ts';
export { registerScorer, unregisterScorer, registeredScorers } from './sentiment/registry.ts';
export type { Scorer } from './sentiment/scorer.ts';
export { describeCorpus } from './provenance/citation.ts';
export { TABLES, type ColumnType, type TableName } from './tables/schema.ts';
export type { Row } from './tables/csv.ts';

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
 * Every hit of the documents kept (`where`), one row each as hits.csv has them: document, sentence, character
 * offsets into the document's text, category, entry, the words matched, the negated flag and its cue, context.
 * @example
 * const { documents } = readCorpus('corpus');
 * const result = analyze(documents.slice(0, 10));
 * const hits = hitsTable(result);
 * // each hit's offsets point at the words it matched in its document's text
 * const text = new Map(documents.map((d) => [d.id, d.text]));
 * assert.ok(hits.objects().every((h) => text.get(h.doc_id).slice(h.char_start, h.char_end) === h.matched));
 */
export function hitsTable(result: AnalysedCorpus, options: Pick<FoldOptions, 'where'> = {}): Table {
  const t = hitTable(result, options);
  return toTable(t.rows, t.columns);
}

/**
 * Every sentence of the documents kept, one row each as sentences.csv has them: offsets, text, words, each
 * scorer's columns and polarity, the categories of its hits, and whether a hit in it is negated.
 * @example
 * const result = analyze(readCorpus('corpus').documents.slice(0, 3), { sentiment: ['afinn'] });
 * const s = sentencesTable(result);
 * assert.deepEqual(s.columnNames().slice(6), ['afinn', 'afinn_per_word', 'polarity_afinn', 'categories', 'negated_hit']);
 * assert.equal(s.numRows(), result.analyses.reduce((n, a) => n + a.nSentences, 0));
 */
export function sentencesTable(result: AnalysedCorpus, options: Pick<FoldOptions, 'where'> = {}): Table {
  const t = sentenceTable(result, options);
  return toTable(t.rows, t.columns);
}

/**
 * One row per document kept, as documents.csv has them: metadata (fields other than the known ones as
 * `meta_` + name), words, sentences, hits, script, and each scorer's mean and share of negative sentences.
 * @example
 * const result = analyze(readCorpus('corpus').documents, { sentiment: ['vader'] });
 * const d = documentsTable(result, { where: (m) => m.speaker === 'Deputy Secretary' });
 * assert.equal(d.numRows(), 1); // corpus/metadata.csv has one Deputy Secretary document
 * assert.ok(d.columnNames().includes('meta_speaker')); // speaker is the demo corpus's own field
 */
export function documentsTable(result: AnalysedCorpus, options: Pick<FoldOptions, 'where'> = {}): Table {
  const t = documentTable(result, options);
  return toTable(t.rows, t.columns);
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
 * Marker rates per 1,000 words by group with 95% bootstrap intervals over documents (rates_by_group.csv's rows),
 * for any grouping or subset; the command's seed and resamples by default.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const rates = await textstatRates(result, { groupBy: 'group', bootstrap: 200 });
 * // the groups' hits add up to the hits lookup finds document by document
 * const byGroup = rates.filter((r) => r.category === 'aggression_escalation').array('hits');
 * const lexicon = readLexicon('lexicons/framing.yaml');
 * const total = readCorpus('corpus').documents.reduce((n, d) => n + lookup(tokenize(d.text), lexicon).filter((h) => h.category === 'aggression_escalation').length, 0);
 * assert.equal(byGroup.reduce((a, b) => a + b, 0), total);
 */
export async function textstatRates(result: AnalysedCorpus, options: BootstrapOptions = {}): Promise<Table> {
  return toTable((await bootstrapRowsOf(result, options)).rates, columnsOf('rates_by_group'));
}

/**
 * The tone of each frame (frame_tone.csv's rows): mean sentence score with and without the frame, overall and per
 * group, with 95% intervals from resampling documents; `difference_unmarked` leaves the markers' own sentiment out.
 * @example
 * const result = analyze(readCorpus('corpus').documents, { sentiment: ['afinn'] });
 * const tone = await textstatFrameTone(result, { groupBy: 'group', bootstrap: 100 });
 * // one row per category and score column (afinn's polarity column) for the whole corpus and each of 2 groups
 * assert.equal(tone.numRows(), 11 * 1 * 3);
 */
export async function textstatFrameTone(result: AnalysedCorpus, options: BootstrapOptions = {}): Promise<Table> {
  return toTable((await bootstrapRowsOf(result, options)).frameTone, columnsOf('frame_tone'));
}

/**
 * Word (or lemma) frequencies, overall or by group (quanteda's textstat_frequency): feature, frequency, rank
 * (ties share the lowest), docfreq and group, most frequent first.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const f = textstatFrequency(result, { groupBy: 'group', n: 10, removeStopwords: true });
 * const sanctions = textstatFrequency(result).filter((r) => r.feature === 'sanctions').object();
 * assert.deepEqual([sanctions.frequency, sanctions.docfreq], [48, 18]); // grep -o -i -w sanctions corpus/*.txt | wc -l; grep -l ...
 * assert.deepEqual(f.groupby('group').count().array('count'), [10, 10]); // the 10 most frequent of each of the 2 groups
 */
export function textstatFrequency(result: AnalysedCorpus, options: FrequencyOptions = {}): Table {
  return toTable(frequencyRows(result, options), FREQUENCY_COLUMNS);
}

/**
 * Hits, documents and rate per 1,000 words of every lexicon category and entry (categories.csv's rows) for a subset.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const c = textstatCategories(result, { where: (m) => m.speaker === 'Secretary' });
 * assert.equal(c.filter((r) => r.level === 'category').numRows(), 11); // the bundled lexicon's categories
 */
export function textstatCategories(result: AnalysedCorpus, options: FoldOptions = {}): Table {
  return toTable(categoryRowsOf(result, options), columnsOf('categories'));
}

/**
 * Rates per period (month, quarter or year) for the whole corpus ("(all)") and each group: trends.csv's rows.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const t = textstatTrends(result, { period: 'year' });
 * const docs = t.filter((r) => r.group === '(all)' && r.category === 'illegality').objects().map((r) => [r.period, r.documents]);
 * assert.deepEqual(docs, [['2021', 92], ['2022', 229]]); // dates in corpus/metadata.csv
 */
export function textstatTrends(result: AnalysedCorpus, options: FoldOptions = {}): Table {
  return toTable(trendRowsOf(result, options), columnsOf('trends'));
}

/**
 * Scores one sentence with the named scorers (default wink, afinn, vader): their columns, as sentences.csv has them.
 * A text of several sentences is refused: scoreSentences splits and scores each.
 * @example
 * const s = score('Civilians suffer terribly.', ['afinn']);
 * assert.deepEqual(s, { afinn: -5, afinn_per_word: -5 / 3 }); // AFINN-165: suffer -2, terribly -3; 3 words
 */
export function score(sentence: string, scorers?: readonly string[]): Record<string, number> {
  const scored = scoreSentences(sentence, scorers);
  if (scored.length !== 1) throw new Error(`score: expected one sentence, found ${scored.length}; scoreSentences scores each sentence of a text`);
  return scored[0]!.scores;
}

/** A textstat table (arquero) or its rows. */
export type PlotData = Table | readonly Row[];
const rowsOf = (data: PlotData): Row[] => (Array.isArray(data) ? [...data] : (data as Table).objects() as Row[]);

/**
 * What a chart's caption says about the data: the documents kept, the lexicon, and the groups with their documents
 * (groups below `minDocs`, default --min-docs, are left out of comparison charts and named in the caption).
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const ctx = chartContextOf(result, { groupBy: 'group' });
 * assert.equal(ctx.corpus, '321 documents, 6 issuers, 2021-05-21 to 2022-08-03'); // as outputs/CITATION.md
 * assert.deepEqual(ctx.grouping.groups.map((g) => g.documents), [118, 203]); // corpus/metadata.csv
 */
export function chartContextOf(result: AnalysedCorpus, options: Pick<FoldOptions, 'groupBy' | 'where'> & { minDocs?: number } = {}): ChartContext & { grouping: NonNullable<ChartContext['grouping']> } {
  const kept = result.analyses.filter((a) => !options.where || options.where(a.meta));
  const dates = kept.map((a) => a.meta.date).filter((d): d is string => typeof d === 'string' && d !== '').sort();
  const issuers = [...new Set(kept.map((a) => a.meta.issuer).filter((i): i is string => typeof i === 'string' && i !== ''))].sort();
  const field = options.groupBy ?? 'issuer';
  const sizes = new Map<string, number>();
  for (const a of kept) {
    const group = a.meta[field] ?? NO_GROUP;
    sizes.set(group, (sizes.get(group) ?? 0) + 1);
  }
  const groups: GroupSize[] = [...sizes.entries()].sort((x, y) => compareCodePoints(x[0], y[0])).map(([group, documents]) => ({ group, documents }));
  return {
    corpus: describeCorpus({ documents: kept.length, issuers, dateFrom: dates[0] ?? null, dateTo: dates.at(-1) ?? null }),
    lexicon: `${result.lexicon.name} ${result.lexicon.version}`,
    // No command run made these numbers: the caption names the documents' fingerprint instead.
    run: `in memory, corpus ${corpusFingerprint(kept.map((a) => a.fingerprint)).slice(0, 12)}`,
    grouping: { field, groups, minDocs: options.minDocs ?? DEFAULTS.minDocs },
  };
}

/**
 * Rates per 1,000 words by category (textstatCategories' table), as the command's charts/rates: a Vega-Lite spec.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const spec = textplotRates(textstatCategories(result), chartContextOf(result));
 * assert.equal(spec.data.values.length, 11); // one bar per category of the bundled lexicon
 */
export function textplotRates(categories: PlotData, context: ChartContext): TopLevelSpec {
  return rates(rateRows(rowsOf(categories)), context);
}

/**
 * The most frequent lexicon entries of each category (textstatCategories' table): charts/top_entries.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const spec = textplotTopEntries(textstatCategories(result), chartContextOf(result));
 * assert.ok(spec.data.values.every((r) => r.hits > 0));
 */
export function textplotTopEntries(categories: PlotData, context: ChartContext): TopLevelSpec {
  return topEntries(entryRows(rowsOf(categories)), context);
}

/**
 * Rates per period (textstatTrends' table): by group when `byGroup` (default: when the context has two groups), else the corpus.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const spec = textplotTrends(textstatTrends(result, { period: 'quarter' }), chartContextOf(result), { byGroup: false });
 * assert.ok(spec.data.values.every((r) => r.group === undefined));
 */
export function textplotTrends(trendTable: PlotData, context: ChartContext, options: { byGroup?: boolean } = {}): TopLevelSpec | null {
  const byGroup = options.byGroup ?? (context.grouping !== undefined && context.grouping.groups.length >= 2);
  return trends(trendChartRows(rowsOf(trendTable), byGroup), context);
}

/**
 * Rates of every category in every group as a heatmap (textstatRates' table): charts/heatmap.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const spec = textplotHeatmap(await textstatRates(result, { groupBy: 'group', bootstrap: 50 }), chartContextOf(result, { groupBy: 'group' }));
 * assert.equal(spec.data.values.length, 2 * 11); // 2 groups x 11 categories
 */
export function textplotHeatmap(ratesTable: PlotData, context: ChartContext): TopLevelSpec | null {
  return heatmap(groupRateRows(rowsOf(ratesTable)), context);
}

/**
 * Rates by group with their 95% intervals (textstatRates' table): charts/rates_by_group.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const spec = textplotRatesByGroup(await textstatRates(result, { groupBy: 'group', bootstrap: 50 }), chartContextOf(result, { groupBy: 'group' }));
 * assert.deepEqual([...new Set(spec.data.values.map((r) => r.group))].sort(), ['before 24 Feb 2022', 'from 24 Feb 2022']);
 */
export function textplotRatesByGroup(ratesTable: PlotData, context: ChartContext): TopLevelSpec | null {
  return ratesByGroup(groupIntervalRows(rowsOf(ratesTable)), context);
}

/**
 * Mean sentence tone with and without each frame (textstatFrameTone's table), of the whole corpus or of one `group`: charts/frame_tone.
 * @example
 * const result = analyze(readCorpus('corpus').documents, { sentiment: ['afinn'] });
 * const spec = textplotFrameTone(await textstatFrameTone(result, { bootstrap: 50 }), chartContextOf(result));
 * assert.ok(spec.data.values.every((r) => r.scorer === 'afinn'));
 */
export function textplotFrameTone(frameToneTable: PlotData, context: ChartContext, options: { group?: string } = {}): TopLevelSpec {
  return frameTone(frameToneRows(rowsOf(frameToneTable), options.group), context);
}

/**
 * Each group's tone difference with and without each frame, markers left out (textstatFrameTone's table): charts/frame_tone_by_group.
 * @example
 * const result = analyze(readCorpus('corpus').documents, { sentiment: ['afinn'] });
 * const ctx = chartContextOf(result, { groupBy: 'group' });
 * const spec = textplotFrameToneByGroup(await textstatFrameTone(result, { groupBy: 'group', bootstrap: 50 }), ctx);
 * assert.ok(spec.data.values.every((r) => r.group !== '(all)'));
 */
export function textplotFrameToneByGroup(frameToneTable: PlotData, context: ChartContext): TopLevelSpec | null {
  return frameToneByGroup(frameToneGroupRows(rowsOf(frameToneTable)), context);
}

/**
 * The keywords of each group (textstatKeyness' table): charts/keyness; one comparison A vs B when the table has one.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const k = textstatKeyness(result, { groupBy: 'group' });
 * const spec = textplotKeyness(k, chartContextOf(result, { groupBy: 'group' }));
 * assert.ok(spec.data.values.every((r) => r.p_adjusted < 0.05));
 */
export function textplotKeyness(keynessTable: PlotData, context: ChartContext): TopLevelSpec | null {
  const { rows, reference } = keynessComparison(rowsOf(keynessTable));
  return keyness(keynessChartRows(rows), context, reference);
}

/**
 * Fightin' Words (Monroe et al. 2008) z against frequency (textstatKeyness' table), thinned as the command thins it.
 * @example
 * const result = analyze(readCorpus('corpus').documents);
 * const spec = textplotFightinWords(textstatKeyness(result, { groupBy: 'group' }), chartContextOf(result, { groupBy: 'group' }));
 * assert.ok(spec.data.values.length <= 600); // 400 strongest and 200 others per group at most
 */
export function textplotFightinWords(keynessTable: PlotData, context: ChartContext): TopLevelSpec | null {
  const { rows, reference } = keynessComparison(rowsOf(keynessTable));
  return fightinWords(thinForPlot(fightinWordsRows(rows)), context, reference);
}

/**
 * Distribution of sentence scores per scorer over an analysed corpus (or a subset): charts/sentiment_distribution.
 * @example
 * const result = analyze(readCorpus('corpus').documents, { sentiment: ['vader'] });
 * const spec = textplotSentimentDistribution(result, chartContextOf(result));
 * const sentences = result.analyses.reduce((n, a) => n + a.sentences.length, 0);
 * assert.equal(spec.data.values.reduce((n, b) => n + b.sentences, 0), sentences); // every sentence in one bin
 */
export function textplotSentimentDistribution(result: AnalysedCorpus, context: ChartContext, options: Pick<FoldOptions, 'where'> = {}): TopLevelSpec {
  const kept = result.analyses.filter((a) => !options.where || options.where(a.meta));
  const series = scorersByName(result.sentiment).map((s) => ({
    scorer: s.name, scores: kept.flatMap((a) => a.sentences.map((x) => x.scores[s.polarityColumn]!)),
  }));
  return sentimentDistribution(series, context);
}
