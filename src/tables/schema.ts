// The one source of truth for every table framescope writes: columns, types, units and methods.
// The writer takes column order from here and the codebook (CODEBOOK.md) is generated from it.
import { KNOWN_FIELDS } from '../corpus/document.ts';
import { registeredScorers } from '../sentiment/index.ts';

export type ColumnType = 'string' | 'integer' | 'number' | 'boolean' | 'date';

export interface Column {
  name: string;
  type: ColumnType;
  unit?: string;
  description: string;
}

export interface TableSchema {
  file: string;
  description: string;
  /** one row per ... */
  grain: string;
  /** method and reference, when the table computes a statistic */
  method?: string;
  columns: Column[];
}

/** The registered scorers' polarity columns, for descriptions: "wink, afinn, vader_compound". */
const polarityColumns = (): string => registeredScorers().map((s) => s.polarityColumn).join(', ');

const c = (name: string, type: ColumnType, description: string, unit?: string): Column =>
  unit === undefined ? { name, type, description } : { name, type, description, unit };

/** Columns shared by keyness.csv and category_keyness.csv: only the unit of analysis differs. */
function keynessColumns(item: string, unit: string): Column[] {
  return [
    c('comparison', 'string', '"<target> vs rest" or "<A> vs <B>".'),
    c('target', 'string', 'Target group.'),
    c('reference', 'string', 'Reference: "(rest)" or the other group.'),
    c('item', 'string', item),
    c('freq_target', 'integer', 'Frequency in the target.', unit),
    c('freq_reference', 'integer', 'Frequency in the reference.', unit),
    c('per_million_target', 'number', 'Relative frequency in the target.', 'per million words'),
    c('per_million_reference', 'number', 'Relative frequency in the reference.', 'per million words'),
    c('g2', 'number', 'Signed log-likelihood (Dunning 1993, 4-term): positive when overused in the target.', 'G2'),
    c('p_value', 'number', 'p of |G2| under chi-square, 1 df.', 'probability'),
    c('p_adjusted', 'number', 'Benjamini–Hochberg adjusted p within the comparison.', 'probability'),
    c('log_ratio', 'number', 'Binary log of the ratio of relative frequencies (Hardie 2014).', 'log2 ratio'),
    c('percent_diff', 'number', '%DIFF (Gabrielatos & Marchi 2012).', 'percent'),
    c('fightin_words_z', 'number', 'z-score of the log-odds ratio with informative Dirichlet prior (Monroe et al. 2008).', 'z'),
  ];
}

/** The group value of a table's whole-corpus rows (frame_tone.csv, trends.csv, ...). */
export const ALL = '(all)';

/** Metadata columns that documents.csv always carries, before the free fields: the corpus's known fields but id (doc_id). */
export const KNOWN_METADATA = KNOWN_FIELDS.filter((f) => f !== 'id');

export const TABLES = {
  documents: {
    file: 'documents.csv',
    description: 'Every analysed document with its metadata, size and fingerprint.',
    grain: 'one row per analysed document, ordered by doc_id',
    columns: [
      c('doc_id', 'string', 'Document id: path relative to the corpus folder without extension.'),
      c('path', 'string', 'File path relative to the corpus folder.'),
      c('date', 'date', 'Date from front matter or metadata.csv (ISO 8601).'),
      c('issuer', 'string', 'Issuing body from front matter or metadata.csv.'),
      c('country', 'string', 'Country of the issuer.'),
      c('title', 'string', 'Title from front matter or metadata.csv.'),
      c('source_url', 'string', 'Where the document was published.'),
      c('language', 'string', 'Language code.'),
      c('meta_*', 'string', 'Any other metadata field of the corpus, prefixed meta_ (for example meta_translated).'),
      c('fingerprint', 'string', 'sha256 of the cleaned text (hex).'),
      c('n_words', 'integer', 'Word tokens: wink-nlp tokens of type word containing a letter, clitics such as ’s excluded.', 'words'),
      c('n_sentences', 'integer', 'Sentences found by wink-nlp in the cleaned text.', 'sentences'),
      c('boilerplate_lines', 'integer', 'Feed boilerplate lines stripped by the rules file.', 'lines'),
      c('n_hits', 'integer', 'Framing-marker hits in the document, all categories.', 'hits'),
      c('language_detected', 'string', 'Script of most of the cleaned text\'s letters: latin, cyrillic, other, or none (no letters). The lexicon and scorers read English: a document that is not latin is announced in the run summary and the manifest.'),
      c('<scorer>_mean', 'number', `Mean sentence score of the document on a scorer's polarity column (${polarityColumns()}).`, 'score'),
      c('<scorer>_share_negative', 'number', 'Share of the document’s sentences whose polarity for that scorer is negative (score <= -0.05).', 'proportion'),
    ],
  },
  hits: {
    file: 'hits.csv',
    description: 'The concordance: one row per framing-marker occurrence, so every count can be checked.',
    grain: 'one row per hit, ordered by doc_id, char_start, category',
    method: 'Longest match wins within a category; a token counts at most once per category; sense rules (except, unless, not_after, not_before, pos, requires, not_with) cancel hits; with framescope YAML and plain CSV lexicons, hits of one category joined by a slash, hyphen or parenthesis count once (imported dictionaries count as their own software does: src/lexicon/README.md); a negated hit (lexicons/negation.yaml) is counted and flagged.',
    columns: [
      c('doc_id', 'string', 'Document id.'),
      c('sentence_index', 'integer', 'Index of the sentence in the document, from 0.'),
      c('char_start', 'integer', 'Offset of the first character of the hit in the cleaned text (UTF-16 code units, from 0).', 'characters'),
      c('char_end', 'integer', 'Offset just past the last character of the hit (exclusive).', 'characters'),
      c('category', 'string', 'Lexicon category id.'),
      c('entry', 'string', 'The lexicon entry that matched, as written in the lexicon.'),
      c('matched', 'string', 'The text as written in the document: cleaned_text.slice(char_start, char_end).'),
      c('negated', 'boolean', 'Whether the text denies the framed proposition: a negation cue before the hit in the same clause, within the window of lexicons/negation.yaml ("not illegal", "no sanctions"; not "failed to condemn war crimes").'),
      c('negation_cue', 'string', 'The negation cue as written ("not", "no one"), empty when the hit is not negated.'),
      c('left_context', 'string', 'Up to 60 characters before the hit, whitespace folded.'),
      c('right_context', 'string', 'Up to 60 characters after the hit, whitespace folded.'),
    ],
  },
  marker_counts: {
    file: 'marker_counts.csv',
    description: 'Hits per document and category (every category for every document, zeros included).',
    grain: 'one row per document × category, ordered by doc_id, category',
    columns: [
      c('doc_id', 'string', 'Document id.'),
      c('category', 'string', 'Lexicon category id.'),
      c('count', 'integer', 'Hits of the category in the document.', 'hits'),
      c('count_non_negated', 'integer', 'Hits not in a negation scope.', 'hits'),
      c('rate_per_1000_words', 'number', 'count / n_words × 1000.', 'hits per 1,000 words'),
    ],
  },
  categories: {
    file: 'categories.csv',
    description: 'Corpus totals per category (level = category) and per lexicon entry (level = entry).',
    grain: 'one row per category, then one per entry with at least one hit, ordered by category, level, hits descending, entry',
    columns: [
      c('level', 'string', '"category" for a category total, "entry" for one entry of it.'),
      c('category', 'string', 'Lexicon category id.'),
      c('label', 'string', 'Category label from the lexicon.'),
      c('entry', 'string', 'Lexicon entry (empty on category rows).'),
      c('hits', 'integer', 'Hits in the corpus.', 'hits'),
      c('hits_non_negated', 'integer', 'Hits not in a negation scope.', 'hits'),
      c('documents', 'integer', 'Documents with at least one hit.', 'documents'),
      c('rate_per_1000_words', 'number', 'hits / corpus words × 1000.', 'hits per 1,000 words'),
    ],
  },
  rejected: {
    file: 'rejected.csv',
    description: 'Every file of the corpus folder that could not be analysed, with the reason.',
    grain: 'one row per rejected file, ordered by path',
    columns: [
      c('path', 'string', 'File path relative to the corpus folder.'),
      c('reason', 'string', 'Why it was rejected, naming the line where one applies.'),
    ],
  },
  sentences: {
    file: 'sentences.csv',
    description: 'Every sentence with its sentiment scores, polarity per scorer and the framing categories it uses.',
    grain: 'one row per sentence, ordered by doc_id, sentence_index',
    // Read when asked, so a scorer registered after this module loaded is described too.
    get method() {
      return `${registeredScorers().map((s) => s.describe.method).join('; ')}. Polarity: >= 0.05 positive, <= -0.05 negative, else neutral, for every scorer (VADER convention).`;
    },
    get columns() {
      return [
        c('doc_id', 'string', 'Document id.'),
        c('sentence_index', 'integer', 'Index of the sentence in the document, from 0.'),
        c('char_start', 'integer', 'Offset of the sentence in the cleaned text.', 'characters'),
        c('char_end', 'integer', 'Offset just past the sentence (exclusive).', 'characters'),
        c('text', 'string', 'The sentence as written in the cleaned text.'),
        c('n_words', 'integer', 'Word tokens in the sentence.', 'words'),
        // Each registered scorer's columns, then its polarity (src/sentiment/registry.ts).
        ...registeredScorers().flatMap((s) => s.columns.map((col) => c(col, 'number', s.describe.columns[col]!.description, s.describe.columns[col]!.unit))),
        ...registeredScorers().map((s) => c(`polarity_${s.name}`, 'string', `positive / neutral / negative from ${s.polarityColumn} at ±0.05.`)),
        c('categories', 'string', 'Framing categories with a hit in the sentence, semicolon-separated, sorted.'),
        c('negated_hit', 'boolean', 'Whether any hit in the sentence is negated.'),
      ];
    },
  },
  scorer_agreement: {
    file: 'scorer_agreement.csv',
    description: 'How far the sentiment scorers agree, over every sentence of the run.',
    grain: 'one row per pair of scorers',
    method: 'Spearman rank correlation with average ranks for ties (Spearman 1904); share of sentences with the same polarity at ±0.05.',
    columns: [
      c('scorer_a', 'string', 'First scorer.'),
      c('scorer_b', 'string', 'Second scorer.'),
      c('column_a', 'string', 'Score column of the first scorer.'),
      c('column_b', 'string', 'Score column of the second scorer.'),
      c('n_sentences', 'integer', 'Sentences compared.', 'sentences'),
      c('spearman_rho', 'number', 'Spearman rank correlation of the two score columns.', 'correlation'),
      c('polarity_agreement', 'number', 'Share of sentences given the same polarity by both.', 'proportion'),
    ],
  },
  frame_tone: {
    file: 'frame_tone.csv',
    description: 'The tone in which each frame is used: mean sentence sentiment with and without the frame, overall and per group.',
    grain: 'one row per group (including "(all)") × category × score column',
    method: 'Means over sentences; 95% percentile intervals from a cluster bootstrap that resamples documents (sentences of one document are not independent), seeded; the differences are computed on the same resamples. Markers that carry sentiment themselves ("atrocity", "genocide") make `difference` partly circular: `difference_unmarked` scores each sentence with the frame\'s own markers left out, and is the one to cite.',
    columns: [
      c('group', 'string', '"(all)" for the whole corpus, else the value of the group-by field.'),
      c('category', 'string', 'Lexicon category id.'),
      c('label', 'string', 'Category label.'),
      c('score', 'string', `Score column: the polarity column of each scorer (${polarityColumns()}).`),
      c('n_sentences_with', 'integer', 'Sentences using the frame.', 'sentences'),
      c('n_documents_with', 'integer', 'Documents with at least one such sentence.', 'documents'),
      c('mean_with', 'number', 'Mean score of sentences using the frame.', 'score'),
      c('ci_low_with', 'number', 'Lower bound of the 95% bootstrap interval of mean_with.', 'score'),
      c('ci_high_with', 'number', 'Upper bound of the 95% bootstrap interval of mean_with.', 'score'),
      c('n_sentences_without', 'integer', 'Sentences not using the frame.', 'sentences'),
      c('mean_without', 'number', 'Mean score of the other sentences.', 'score'),
      c('ci_low_without', 'number', 'Lower bound of the 95% interval of mean_without.', 'score'),
      c('ci_high_without', 'number', 'Upper bound of the 95% interval of mean_without.', 'score'),
      c('difference', 'number', 'mean_with - mean_without.', 'score'),
      c('ci_low_difference', 'number', 'Lower bound of the 95% interval of the difference.', 'score'),
      c('ci_high_difference', 'number', 'Upper bound of the 95% interval of the difference.', 'score'),
      c('mean_with_unmarked', 'number', 'Mean score of the sentences using the frame, each scored with the frame\'s own marker tokens left out (blanked in the text and dropped from the words; wink reads the sentence again).', 'score'),
      c('ci_low_with_unmarked', 'number', 'Lower bound of the 95% interval of mean_with_unmarked.', 'score'),
      c('ci_high_with_unmarked', 'number', 'Upper bound of the 95% interval of mean_with_unmarked.', 'score'),
      c('difference_unmarked', 'number', 'mean_with_unmarked - mean_without: the tone of the sentences that use a frame, without the sentiment the markers carry themselves ("atrocity", "genocide"). Cite this one for the tone in which a frame is used; `difference` is partly circular.', 'score'),
      c('ci_low_difference_unmarked', 'number', 'Lower bound of the 95% interval of difference_unmarked.', 'score'),
      c('ci_high_difference_unmarked', 'number', 'Upper bound of the 95% interval of difference_unmarked.', 'score'),
    ],
  },
  rates_by_group: {
    file: 'rates_by_group.csv',
    description: 'Marker rates per group and category, with intervals that respect the clustering of hits within documents.',
    grain: 'one row per group × category, ordered by group, category',
    method: 'Rate = hits / words × 1000; 95% percentile interval from a document-level cluster bootstrap of the ratio of sums, seeded.',
    columns: [
      c('group', 'string', 'Value of the group-by field.'),
      c('category', 'string', 'Lexicon category id.'),
      c('label', 'string', 'Category label.'),
      c('hits', 'integer', 'Hits in the group.', 'hits'),
      c('words', 'integer', 'Words in the group.', 'words'),
      c('documents', 'integer', 'Documents in the group.', 'documents'),
      c('documents_with_category', 'integer', 'Documents of the group with at least one hit of the category.', 'documents'),
      c('rate_per_1000_words', 'number', 'hits / words × 1000.', 'hits per 1,000 words'),
      c('ci_low', 'number', 'Lower bound of the 95% interval.', 'hits per 1,000 words'),
      c('ci_high', 'number', 'Upper bound of the 95% interval.', 'hits per 1,000 words'),
      c('small_group', 'boolean', 'The group has fewer documents than --min-docs: its rate rests on few documents (comparison charts leave it out).'),
    ],
  },
  keyness: {
    file: 'keyness.csv',
    description: 'Keywords: each group against the rest of the corpus, and A against B when there are exactly two groups.',
    grain: 'one row per comparison × item with target + reference frequency >= --min-freq; ordered by comparison, g2 descending, item',
    method: 'Log-likelihood G2, 4-term form of Dunning (1993), no Yates or Williams correction, p from chi-square with 1 df; Benjamini & Hochberg (1995) adjustment within each comparison; log ratio of Hardie (2014) with 0.5 for zero frequencies; %DIFF of Gabrielatos & Marchi (2012); Fightin’ Words z of Monroe, Colaresi & Quinn (2008) with an informative Dirichlet prior from the pooled counts of both sides.',
    columns: keynessColumns('Lowercase word form or lemma (--keyness-unit).', 'tokens'),
  },
  category_keyness: {
    file: 'category_keyness.csv',
    description: 'The keyness measures with framing categories as the unit (hits against words).',
    grain: 'one row per comparison × category, ordered by comparison, g2 descending, item',
    method: 'As keyness.csv.',
    columns: keynessColumns('Lexicon category id.', 'hits'),
  },
  dispersion: {
    file: 'dispersion.csv',
    description: 'How evenly each lexicon entry is spread over the documents.',
    grain: 'one row per lexicon entry with at least one hit, ordered by category, entry',
    method: 'Documents are the parts, sized by words. Range; Juilland’s D (Juilland & Chang-Rodríguez 1964) on relative frequencies; Gries’ DP (Gries 2008) and DPnorm (Lijffijt & Gries 2012).',
    columns: [
      c('category', 'string', 'Lexicon category id.'),
      c('entry', 'string', 'Lexicon entry.'),
      c('hits', 'integer', 'Hits in the corpus.', 'hits'),
      c('range', 'integer', 'Documents with at least one hit.', 'documents'),
      c('juilland_d', 'number', 'Juilland’s D, 0 (uneven) to 1 (even).', 'index'),
      c('gries_dp', 'number', 'Gries’ DP, 0 (even) to near 1 (uneven).', 'index'),
      c('gries_dp_norm', 'number', 'DP normalised to 0..1.', 'index'),
    ],
  },
  collocations: {
    file: 'collocations.csv',
    description: 'Words that keep company with each category’s hits within the collocation window.',
    grain: 'one row per category × collocate with co-occurrence >= --min-freq, ordered by category, log_dice descending, collocate',
    method: 'Window of --window words left and right of each hit, within its sentence. MI (Church & Hanks 1990), t-score (Church et al. 1991), logDice (Rychlý 2008), log-likelihood (Dunning 1993).',
    columns: [
      c('category', 'string', 'Lexicon category id (the node).'),
      c('collocate', 'string', 'Lowercase word form.'),
      c('cooccurrence', 'integer', 'Tokens of the collocate that fall in the window of at least one of the category’s hits (each token once, however many windows overlap it; the hits’ own tokens excluded): never more than collocate_freq.', 'tokens'),
      c('node_freq', 'integer', 'Hits of the category.', 'hits'),
      c('collocate_freq', 'integer', 'Corpus frequency of the collocate.', 'tokens'),
      c('corpus_words', 'integer', 'Words in the corpus.', 'words'),
      c('mi', 'number', 'Pointwise mutual information, log2.', 'bits'),
      c('t_score', 'number', 't-score.', 't'),
      c('log_dice', 'number', 'logDice, at most 14.', 'index'),
      c('g2', 'number', 'Log-likelihood G2 of the co-occurrence.', 'G2'),
    ],
  },
  trends: {
    file: 'trends.csv',
    description: 'Marker rates per period, category and group (documents without a date are left out and counted in the manifest).',
    grain: 'one row per period × group (including "(all)") × category, ordered by period, group, category',
    columns: [
      c('period', 'string', 'Calendar period: YYYY-MM, YYYY-Qn or YYYY (--period).'),
      c('group', 'string', '"(all)" or the value of the group-by field.'),
      c('category', 'string', 'Lexicon category id.'),
      c('label', 'string', 'Category label.'),
      c('hits', 'integer', 'Hits in the period.', 'hits'),
      c('words', 'integer', 'Words in the period.', 'words'),
      c('documents', 'integer', 'Documents in the period.', 'documents'),
      c('rate_per_1000_words', 'number', 'hits / words × 1000.', 'hits per 1,000 words'),
    ],
  },
} satisfies Record<string, TableSchema>;

export type TableName = keyof typeof TABLES;
