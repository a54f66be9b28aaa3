// Where framescope's memory goes: the per-document fold of writeOutputs (src/engine/run.ts) replayed in one
// thread, with the live heap measured after a forced GC every N documents, then the live size of each corpus-level
// structure, measured by dropping it and collecting again; the corpus-level tables are timed in between.
// Usage: node --expose-gc --import tsx bench/memory.ts CORPUS_DIR [EVERY=5000]
import { KNOWN_FIELDS, openCorpus, readBoilerplateRules } from '../src/corpus/index.ts';
import { parseOptions } from '../src/cli/options.ts';
import { compileLexicon, readLexicons } from '../src/lexicon/index.ts';
import { scorersByName } from '../src/sentiment/index.ts';
import { toCsv } from '../src/tables/csv.ts';
import { CorpusState } from '../src/engine/corpus-state.ts';
import { analysedFiles, type SourceStats } from '../src/engine/source.ts';
import { categoryRows } from '../src/outputs/categories.ts';
import { summaryConfig } from '../src/engine/run.ts';
import { summarize } from '../src/engine/summary.ts';
import { frameToneRows } from '../src/outputs/frame-tone.ts';
import { prepareResamples } from '../src/outputs/resamples.ts';
import { scorerAgreementRows } from '../src/outputs/scorer-agreement.ts';
import { categoryKeynessRows, keywordComparisons } from '../src/outputs/keyness.ts';
import { collocationRows } from '../src/outputs/collocations.ts';
import { dispersionRows } from '../src/outputs/dispersion.ts';
import { ratesByGroupRows } from '../src/outputs/rates-by-group.ts';
import { trendRows } from '../src/outputs/trends.ts';
import type { Row } from '../src/tables/csv.ts';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with node --expose-gc');
const [dir, everyRaw] = process.argv.slice(2);
if (!dir) throw new Error('usage: memory.ts CORPUS_DIR [EVERY]');
const every = Number(everyRaw ?? 5000);

const o = parseOptions(['--corpus', dir, '--out', '/dev/null', '--workers', '1', '--no-cache', '--no-charts', '--quiet']).options;
const MB = 2 ** 20;
const live = () => { gc(); gc(); return process.memoryUsage().heapUsed / MB; };
const corpus = openCorpus(o.corpus);
const lexicon = readLexicons(o.lexicon);
const scorers = scorersByName(o.sentiment);
const cfg = summaryConfig(o, lexicon);
const pol = cfg.pol;
const state = new CorpusState(cfg.categoryIds, pol.map((p) => p.column), { groupBy: cfg.groupBy, period: o.period, keynessUnit: o.keynessUnit, knownFields: KNOWN_FIELDS });
const stats: SourceStats = { fresh: 0, cached: 0, corrupt: 0, skipped: 0 };

const out: Record<string, unknown>[] = [];
const start = live();
out.push({ documents: 0, liveHeapMB: start, rssMB: process.memoryUsage().rss / MB });
let analyseMs = 0;
let foldMs = 0;
let csvMs = 0;
let t = performance.now();
for await (const r of analysedFiles({
  corpus, rules: readBoilerplateRules(o.boilerplate), lexicon: compileLexicon(lexicon), lexiconRead: lexicon,
  scorers, scorerNames: o.sentiment, options: { contextChars: o.context, window: o.window }, workers: 1, cache: null, shard: null, maxDocumentBytes: o.maxDocumentMb * 1e6,
  summary: cfg,
}, stats, null)) {
  const t1 = performance.now();
  analyseMs += t1 - t;
  if (r.kind !== 'analysis') continue;
  // The summary holds the streamed tables' text, as writeOutputs writes it (here written nowhere: only its cost counts).
  const d = summarize(r.analysis, cfg, state.counts);
  const t2 = performance.now();
  csvMs += t2 - t1;
  state.add(d);
  t = performance.now();
  foldMs += t - t2;
  if (state.n % every === 0) {
    out.push({ documents: state.n, liveHeapMB: live(), rssMB: process.memoryUsage().rss / MB });
    t = performance.now();
  }
}
const end = live();
// The corpus-level tables of writeOutputs, in its order: seconds, and peak RSS so far (kernel high-water mark).
const tail: Record<string, unknown>[] = [];
const boot = { seed: o.seed, iterations: o.bootstrap };
const step = (name: string, f: () => Row[]) => {
  const t0 = performance.now();
  const rows = f();
  toCsv(Object.keys(rows[0] ?? {}), rows);
  tail.push({ table: name, rows: rows.length, seconds: (performance.now() - t0) / 1000, heapUsedMB: process.memoryUsage().heapUsed / MB, peakRssMB: process.resourceUsage().maxRSS / 1024 });
};
await prepareResamples(state, boot, null);
step('categories', () => categoryRows(state, lexicon));
step('scorer_agreement', () => scorerAgreementRows(state, pol));
step('frame_tone', () => frameToneRows(state, lexicon, boot));
step('rates_by_group', () => ratesByGroupRows(state, lexicon, { ...boot, minDocs: 5 }));
step('keyness', () => [...keywordComparisons(state, o.minFreq)].flat());
step('category_keyness', () => categoryKeynessRows(state, lexicon));
step('dispersion', () => dispersionRows(state, lexicon));
step('collocations', () => collocationRows(state, lexicon, o.minFreq));
step('trends', () => trendRows(state, lexicon));
const sizes: Record<string, number> = {};
const drop = (name: string, f: () => void) => { const before = live(); f(); sizes[name] = before - live(); };
drop('sentenceScores (8 bytes per sentence and score column)', () => state.sentenceScores.dispose());
drop('entryDocs + entryNonNegated', () => { state.entryDocs.clear(); state.entryNonNegated.clear(); });
drop('unitByGroup (and the totals summed from it)', () => { state.unitByGroup.clear(); state.mergeCounts(state.counts); });
drop('collocates', () => state.collocates.clear());
drop('per-document ids and fingerprints', () => { state.ids.clear(); state.fingerprints.clear(); });
drop('corpus.metadata (metadata.csv rows) + file list', () => { corpus.metadata.clear(); corpus.files.length = 0; });
process.stdout.write(`${JSON.stringify({
  documents: stats.fresh, words: state.words, sentences: state.sentences, startHeapMB: start, endHeapMB: end,
  perDocumentKB: ((end - start) * 1024) / Math.max(1, stats.fresh),
  seconds: { analyse: analyseMs / 1000, summarise: csvMs / 1000, fold: foldMs / 1000 },
  checkpoints: out, tail, liveSizesMB: sizes,
}, null, 2)}\n`);
