// Every option of the command, defined once: parsing, validation and --help all read this table.
import { DEFAULT_SCORERS, registeredScorers } from '../sentiment/index.ts';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { PROJECT_ROOT } from '../provenance/versions.ts';
import { lexiconFormats } from '../lexicon/index.ts';

export class UsageError extends Error {}

/** --workers not given: one worker for a small corpus, else one per core (src/engine/source.ts). */
export const AUTO_WORKERS = 0;

export interface Options {
  corpus: string;
  out: string;
  /** --lexicon, repeatable: several lexicons are combined (src/lexicon/combine.ts) */
  lexicon: string[];
  boilerplate: string;
  sentiment: string[];
  groupBy: string | null;
  period: 'month' | 'quarter' | 'year';
  minFreq: number;
  keynessUnit: 'word' | 'lemma';
  window: number;
  context: number;
  seed: number;
  bootstrap: number;
  /** worker threads; AUTO_WORKERS (0): one for a small corpus, else one per core */
  workers: number;
  shard: { index: number; count: number } | null;
  cache: boolean;
  charts: boolean;
  /** table formats: csv always, arrow (an Arrow IPC copy of every table) when asked */
  formats: ('csv' | 'arrow')[];
  quiet: boolean;
  /** wait for another run writing --out to finish instead of stopping */
  wait: boolean;
  /** groups with fewer documents are named in the summary and marked in the comparison tables */
  minDocs: number;
  /** --compare A,B: keyness of group A against group B only */
  compare: [string, string] | null;
  /** keep stop words and proper names in the keyword and collocate lists */
  keepStopwords: boolean;
  keepNames: boolean;
  /** documents larger than this many MB (10^6 bytes) are rejected unread: no document can take memory without bound */
  maxDocumentMb: number;
  /** --filter field=value, as given: the subset of the corpus analysed */
  filter: string[];
  /** sample: hits per category x group; sentences per group; every negated hit too */
  n: number;
  sentences: number;
  allNegated: boolean;
  /** sample: leave out the items the --gold sheets coded */
  fresh: boolean;
  /** validate: hand-coded sheets */
  gold: string[];
  /** analyze: also write report.html (listed in the manifest) */
  report: boolean;
  /** report: a folder written by validate, whose validation.csv the report shows */
  validation: string | null;
}

export interface OptionDef {
  name: string;
  type: 'string' | 'boolean';
  multiple?: boolean;
  arg?: string;
  help: string;
  /** the default as a user would type it (and --help prints it) */
  default?: string;
  /** a whole number at least this (the value is parsed and checked) */
  min?: number;
  /** and at most this */
  max?: number;
  /** one of these words */
  choices?: readonly string[];
  /** a file or folder: the default is relative to the project, a given value to the current folder */
  path?: boolean;
}

export const OPTION_DEFS: OptionDef[] = [
  { name: 'corpus', type: 'string', arg: 'DIR', path: true, help: 'corpus folder of .txt/.md documents (+ optional metadata.csv)', default: 'corpus' },
  { name: 'out', type: 'string', arg: 'DIR', path: true, help: 'where outputs are written', default: 'outputs' },
  { name: 'lexicon', type: 'string', arg: 'FILE', multiple: true, path: true, help: `dictionary (repeatable: several are combined); formats: ${lexiconFormats().map((f) => `${f.name} (${f.extensions.join(' ')})`).join(', ')}; see src/lexicon/README.md`, default: 'lexicons/framing.yaml' },
  { name: 'boilerplate', type: 'string', arg: 'FILE', path: true, help: 'feed-boilerplate rules (YAML)', default: 'lexicons/boilerplate.yaml' },
  { name: 'sentiment', type: 'string', arg: 'LIST', help: `sentence sentiment scorers, comma-separated: ${registeredScorers().map((s) => s.name).join(', ')}`, default: DEFAULT_SCORERS.join(',') },
  { name: 'group-by', type: 'string', arg: 'FIELD', help: 'metadata field that defines groups for comparisons', default: 'the corpus\'s group field, else issuer' },
  { name: 'period', type: 'string', arg: 'P', help: 'trend period: month, quarter or year', default: 'month', choices: ['month', 'quarter', 'year'] },
  { name: 'min-freq', type: 'string', arg: 'N', help: 'minimum corpus frequency for keyness and collocations', default: '5', min: 1 },
  { name: 'keyness-unit', type: 'string', arg: 'U', help: 'keyness over lowercase word forms or lemmas: word or lemma', default: 'word', choices: ['word', 'lemma'] },
  { name: 'window', type: 'string', arg: 'N', help: 'collocation window in words on each side of a hit, within its sentence', default: '5', min: 0 },
  { name: 'context', type: 'string', arg: 'N', help: 'characters of left and right context in hits.csv', default: '60', min: 0 },
  { name: 'seed', type: 'string', arg: 'N', help: 'seed of the bootstrap resampling (0 to 4294967295: the generator keeps 32 bits)', default: '20211116', min: 0, max: 2 ** 32 - 1 },
  { name: 'bootstrap', type: 'string', arg: 'N', help: 'bootstrap resamples for confidence intervals', default: '2000', min: 100 },
  { name: 'workers', type: 'string', arg: 'N', help: 'worker threads for per-document analysis (default: 1 for a corpus of less than 10 MB, else the number of cores)', default: 'auto', min: 1 },
  { name: 'shard', type: 'string', arg: 'I/N', help: 'analyse only shard I of N (by document fingerprint) and write a partial result' },
  { name: 'filter', type: 'string', arg: 'F=V', help: 'analyse only documents whose metadata.csv field F is V (repeatable: several fields all, one field any of its values)', multiple: true },
  { name: 'compare', type: 'string', arg: 'A,B', help: 'keyness and category keyness of group A against group B only (one direction)' },
  { name: 'min-docs', type: 'string', arg: 'N', help: 'groups with fewer documents are named in the summary and marked small', default: '5', min: 1 },
  { name: 'max-document-mb', type: 'string', arg: 'N', help: 'documents larger than N MB (10^6 bytes) are rejected unread, with the reason in rejected.csv', default: '20', min: 1 },
  { name: 'n', type: 'string', arg: 'N', help: 'sample: hits drawn per category x group', default: '25', min: 1 },
  { name: 'sentences', type: 'string', arg: 'N', help: 'sample: random sentences drawn per group (for recall)', default: '150', min: 0 },
  { name: 'all-negated', type: 'boolean', help: 'sample: add every hit flagged negated' },
  { name: 'fresh', type: 'boolean', help: 'sample: leave out every item the --gold sheets coded (a held-out draw no revision has seen)' },
  { name: 'gold', type: 'string', arg: 'FILE', help: 'validate: a hand-coded sheet (repeat for more coders or parts); sample: earlier sheets whose codes carry over', multiple: true },
  { name: 'keep-stopwords', type: 'boolean', help: 'keep the stop words of lexicons/stopwords.txt in keyness, Fightin\' Words and collocations' },
  { name: 'keep-names', type: 'boolean', help: 'keep proper names (wink-nlp PROPN) in keyness, Fightin\' Words and collocations' },
  { name: 'report', type: 'boolean', help: 'also write report.html, one offline page to explore the run (listed in the manifest)' },
  { name: 'validation', type: 'string', arg: 'DIR', help: 'report: a folder written by validate whose validation.csv the report shows' },
  { name: 'no-cache', type: 'boolean', help: 'ignore and rebuild the per-document cache' },
  { name: 'no-charts', type: 'boolean', help: 'skip chart rendering' },
  { name: 'format', type: 'string', arg: 'LIST', help: 'table formats: csv (always) and arrow (an Arrow IPC copy of every table, typed by the schema)', default: 'csv' },
  { name: 'quiet', type: 'boolean', help: 'no progress bar and no summary' },
  { name: 'wait', type: 'boolean', help: 'if another run is writing --out, wait for it to finish (without it: stop, exit 4)' },
  { name: 'help', type: 'boolean', help: 'show this help' },
  { name: 'version', type: 'boolean', help: 'show the framescope version' },
];

export function helpText(): string {
  const lines = [
    'framescope: framing markers, sentence sentiment and comparative statistics for government communiqués',
    '',
    'Usage:',
    '  npx tsx src/analyze.ts [options]             analyse a corpus and write outputs',
    '  npx tsx src/analyze.ts merge PARTIAL... --out DIR   merge partial results of --shard runs',
    '  npx tsx src/analyze.ts verify DIR            recompute output hashes against DIR/manifest.json',
  '  npx tsx src/analyze.ts sample --out DIR      draw hits and sentences to hand-code (sample.csv, CODING.md)',
  '  npx tsx src/analyze.ts validate --gold FILE  precision, recall and negation accuracy against hand codes',
  '  npx tsx src/analyze.ts report [--out DIR]    report.html in DIR: one offline page to explore its outputs',
  '  npx tsx src/analyze.ts lexicon show FILE     categories, entries and warnings of a dictionary of any format',
  '  npx tsx src/analyze.ts lexicon convert IN OUT.yaml   write a dictionary of any format as framescope YAML',
    '',
    'Options:',
  ];
  for (const d of OPTION_DEFS) {
    const flag = `--${d.name}${d.arg ? ` ${d.arg}` : ''}`;
    const def = d.default === undefined ? '' : ` (default: ${d.default})`;
    lines.push(`  ${flag.padEnd(22)} ${d.help}${def}`);
  }
  lines.push(
    '',
    'Exit codes: 0 success, 1 verify found changed files, 2 bad option or bad input (nothing written),',
    '3 the system refused (disk full, read-only or not permitted, --out not a folder, too many open files), 4 another',
    'run is writing --out. On any failure the earlier outputs in --out stay as they were (README: when things go wrong).',
  );
  return lines.join('\n');
}

function int(name: string, raw: string, min: number, max?: number): number {
  if (!/^\d+$/.test(raw) || Number(raw) < min) throw new UsageError(`--${name} takes a whole number >= ${min}, got '${raw}'`);
  if (max !== undefined && Number(raw) > max) throw new UsageError(`--${name} takes a whole number from ${min} to ${max}, got '${raw}'`);
  return Number(raw);
}

function comparePair(raw: unknown): [string, string] | null {
  if (typeof raw !== 'string') return null;
  const parts = raw.split(',').map((s) => s.trim());
  if (parts.length !== 2 || parts[0] === '' || parts[1] === '' || parts[0] === parts[1]) {
    throw new UsageError(`--compare takes two different groups as A,B, got '${raw}'`);
  }
  return [parts[0]!, parts[1]!];
}

function oneOf<T extends string>(name: string, raw: string, allowed: readonly T[]): T {
  if (!(allowed as readonly string[]).includes(raw)) throw new UsageError(`--${name} takes one of ${allowed.join(', ')}, got '${raw}'`);
  return raw as T;
}

export interface Parsed {
  command: 'analyze' | 'merge' | 'verify' | 'sample' | 'validate' | 'report' | 'lexicon';
  positionals: string[];
  options: Options;
  help: boolean;
  version: boolean;
}

export function parseOptions(argv: string[]): Parsed {
  const config: Record<string, { type: 'string' | 'boolean'; multiple?: boolean }> = {};
  for (const d of OPTION_DEFS) config[d.name] = { type: d.type, ...(d.multiple ? { multiple: true } : {}) };
  let parsed;
  try {
    parsed = parseArgs({ args: argv, options: config, allowPositionals: true, strict: true });
  } catch (e) {
    const msg = (e as Error).message.split('\n')[0]!.replace(/\. To specify a positional argument.*$/, '');
    throw new UsageError(`${msg} (see --help)`);
  }
  const v = parsed.values as Record<string, string | boolean | string[] | undefined>;
  const def = (k: string): OptionDef => OPTION_DEFS.find((d) => d.name === k)!;
  /** The value given, else the table's default (a path default is the project's file). */
  const str = (k: string): string => {
    if (typeof v[k] === 'string') return v[k] as string;
    const d = def(k);
    return d.path ? `${PROJECT_ROOT}${d.default}` : d.default!;
  };
  const whole = (k: string) => int(k, str(k), def(k).min!, def(k).max);
  const choice = <T extends string>(k: string) => oneOf(k, str(k), def(k).choices as readonly T[]);
  const pos = parsed.positionals;
  let command: Parsed['command'] = 'analyze';
  if (pos[0] === 'merge' || pos[0] === 'verify' || pos[0] === 'sample' || pos[0] === 'validate' || pos[0] === 'report' || pos[0] === 'lexicon') command = pos.shift() as Parsed['command'];
  else if (pos.length > 0) throw new UsageError(`unexpected argument '${pos[0]}' (see --help)`);

  const sentiment = str('sentiment').split(',').map((s) => s.trim()).filter(Boolean);
  const known = registeredScorers().map((s) => s.name);
  for (const s of sentiment) if (!known.includes(s)) throw new UsageError(`--sentiment: unknown scorer '${s}' (choose from ${known.join(', ')})`);
  if (sentiment.length === 0) throw new UsageError(`--sentiment: name at least one scorer (${known.join(', ')})`);
  if (new Set(sentiment).size !== sentiment.length) throw new UsageError('--sentiment: a scorer is named twice');
  const formats = str('format').split(',').map((s) => s.trim()).filter(Boolean);
  for (const f of formats) if (f !== 'csv' && f !== 'arrow') throw new UsageError(`--format: unknown format '${f}' (choose from csv, arrow)`);
  if (formats.length === 0) throw new UsageError('--format: name at least one format (csv, arrow)');

  let shard: Options['shard'] = null;
  if (typeof v.shard === 'string') {
    const m = /^(\d+)\/(\d+)$/.exec(v.shard);
    if (!m || Number(m[2]) < 1 || Number(m[1]) < 1 || Number(m[1]) > Number(m[2])) {
      throw new UsageError(`--shard takes I/N with 1 <= I <= N, got '${v.shard}'`);
    }
    shard = { index: Number(m[1]), count: Number(m[2]) };
  }

  const options: Options = {
    corpus: str('corpus'),
    out: str('out'),
    lexicon: Array.isArray(v.lexicon) && v.lexicon.length > 0 ? v.lexicon : [`${PROJECT_ROOT}${def('lexicon').default}`],
    boilerplate: str('boilerplate'),
    sentiment,
    groupBy: typeof v['group-by'] === 'string' ? (v['group-by'] as string) : null,
    period: choice<Options['period']>('period'),
    minFreq: whole('min-freq'),
    keynessUnit: choice<Options['keynessUnit']>('keyness-unit'),
    window: whole('window'),
    context: whole('context'),
    seed: whole('seed'),
    bootstrap: whole('bootstrap'),
    // The default ("auto") is decided from the corpus (src/engine/source.ts, AUTO_WORKERS).
    workers: typeof v.workers === 'string' ? whole('workers') : AUTO_WORKERS,
    shard,
    cache: v['no-cache'] !== true,
    charts: v['no-charts'] !== true,
    formats: ['csv', ...(formats.includes('arrow') ? ['arrow' as const] : [])],
    quiet: v.quiet === true,
    wait: v.wait === true,
    minDocs: whole('min-docs'),
    maxDocumentMb: whole('max-document-mb'),
    filter: Array.isArray(v.filter) ? v.filter : [],
    compare: comparePair(v.compare),
    keepStopwords: v['keep-stopwords'] === true,
    keepNames: v['keep-names'] === true,
    n: whole('n'),
    sentences: whole('sentences'),
    allNegated: v['all-negated'] === true,
    fresh: v.fresh === true,
    gold: Array.isArray(v.gold) ? v.gold : [],
    report: v.report === true,
    validation: typeof v.validation === 'string' ? v.validation : null,
  };
  if (command === 'validate' && options.gold.length === 0) throw new UsageError('validate needs at least one --gold FILE (a coded sheet made by sample)');
  // A report without the validation asked for would look like one of a run never validated.
  if (options.validation !== null && !existsSync(join(options.validation, 'validation.csv'))) {
    throw new UsageError(`--validation ${options.validation}: no validation.csv there (give a folder written by validate)`);
  }
  return { command, positionals: pos, options, help: v.help === true, version: v.version === true };
}

/** Every option's default, parsed as the command parses it (the library's verbs take theirs from here). */
export const DEFAULTS: Options = parseOptions([]).options;

/** The options that shape results (recorded in the manifest and the run fingerprint). */
export function resultOptions(o: Options): Record<string, unknown> {
  return {
    sentiment: o.sentiment,
    group_by: o.groupBy,
    period: o.period,
    min_freq: o.minFreq,
    keyness_unit: o.keynessUnit,
    window: o.window,
    context: o.context,
    seed: o.seed,
    bootstrap: o.bootstrap,
    min_docs: o.minDocs,
    filter: o.filter,
    compare: o.compare,
    keep_stopwords: o.keepStopwords,
    keep_names: o.keepNames,
  };
}
