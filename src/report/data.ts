// What a report shows, read from an output folder: the run's overview, its chart specs compiled to Vega, the hits,
// the documents and their sentences (the cleaned text is the sentences with the whitespace between them).
import { parse } from 'csv-parse/sync';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { compile } from '../charts/render.ts';
import type { Manifest } from '../provenance/manifest.ts';

/** What made the run: the manifest without its list of output hashes (a run writing its report has none yet). */
export type RunRecord = Omit<Manifest, 'outputs'>;

export interface ReportOverview {
  version: string;
  code: string;
  runFingerprint: string;
  corpusFingerprint: string;
  documents: number;
  words: number;
  sentences: number;
  hits: number;
  rejected: number;
  lexicon: string;
  groupBy: string;
  groups: { group: string; documents: number }[];
  dateFrom: string;
  dateTo: string;
  /** CITATION.md of the run, as written */
  citation: string;
}

export interface ReportChart {
  name: string;
  title: string;
  /** the chart's Vega-Lite spec (charts/NAME.vl.json) compiled to Vega at build time */
  spec: object;
}

/** Hits as columns (one array per field, indexes into the lists of ReportMain): compact and fast to filter. */
export interface HitColumns {
  doc: number[];
  sentence: number[];
  start: number[];
  end: number[];
  category: number[];
  entry: number[];
  negated: number[];
  cue: number[];
  left: string[];
  matched: string[];
  right: string[];
}

/** Everything the page needs at once: decoded when it opens. */
export interface ReportMain {
  documents: { columns: string[]; rows: string[][] };
  /** per document: index into `groups`, and its date ('' when it has none) */
  group: number[];
  date: string[];
  groups: string[];
  groupBy: string;
  period: string;
  categories: { id: string; label: string }[];
  entries: string[];
  cues: string[];
  hits: HitColumns;
  /** documents per text chunk: document i's sentences are in chunk floor(i / chunkSize) */
  chunkSize: number;
}

/** The sentences of `chunkSize` documents: decoded only when one of them is opened (or a keyword is searched). */
export interface TextChunk {
  scoreColumns: string[];
  /** per document: its sentences as [char_start, char_end, text, ...score columns] */
  documents: (string | number)[][][];
}

export interface ReportData {
  overview: ReportOverview;
  charts: ReportChart[];
  validation: { columns: string[]; rows: string[][] } | null;
  main: ReportMain;
  chunks: TextChunk[];
}

/** Large enough that a 500-document corpus is a few chunks, small enough that opening one document decodes little. */
export const CHUNK_SIZE = 200;

// Charts in the order a reader meets the questions: how much, which words, by group, over time, what is key, in what tone.
const CHART_ORDER = ['rates', 'top_entries', 'rates_by_group', 'heatmap', 'trends', 'keyness', 'fightin_words', 'frame_tone', 'frame_tone_by_group', 'sentiment_distribution'];

function readCsv(file: string): { columns: string[]; rows: string[][] } {
  const all = parse(readFileSync(file, 'utf8'), { relax_quotes: false }) as string[][];
  return { columns: all[0] ?? [], rows: all.slice(1) };
}

/** Removes the CSV injection guard (docs/methods.md): a leading ' before =, +, -, @, tab or carriage return. */
export function unguard(s: string): string {
  return /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

/** Unguards a cell whose true length is known (the span it was cut from): a text that itself began with '= stays whole. */
function unguardSpan(s: string, length: number): string {
  return s.length === length + 1 && /^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s;
}

function column(t: { columns: string[] }, name: string, file: string): number {
  const i = t.columns.indexOf(name);
  if (i < 0) throw new Error(`${file}: no column '${name}' (is this a framescope output folder?)`);
  return i;
}

function chartTitle(spec: { title?: unknown }, name: string): string {
  const t = spec.title;
  const text = typeof t === 'object' && t !== null ? (t as { text?: unknown }).text : t;
  if (Array.isArray(text)) return text.join(' ');
  return typeof text === 'string' ? text : name;
}

function readCharts(dir: string): ReportChart[] {
  const folder = join(dir, 'charts');
  if (!existsSync(folder)) return [];
  const names = readdirSync(folder).filter((f) => f.endsWith('.vl.json')).map((f) => f.slice(0, -'.vl.json'.length));
  const rank = (n: string) => (CHART_ORDER.includes(n) ? CHART_ORDER.indexOf(n) : CHART_ORDER.length);
  names.sort((a, b) => rank(a) - rank(b) || (a < b ? -1 : a > b ? 1 : 0));
  return names.map((name) => {
    const vl = JSON.parse(readFileSync(join(folder, `${name}.vl.json`), 'utf8')) as { title?: unknown };
    return { name, title: chartTitle(vl, name), spec: compile(vl as never).vg };
  });
}

function readValidation(dirs: string[]): ReportData['validation'] {
  for (const d of dirs) {
    const f = join(d, 'validation.csv');
    if (existsSync(f)) {
      const t = readCsv(f);
      return { columns: t.columns, rows: t.rows.map((r) => r.map(unguard)) };
    }
  }
  return null;
}

/** A cell of sentences.csv as the page shows it: numbers as numbers, the rest as text. */
function cell(s: string): string | number {
  return /^-?\d/.test(s) && Number.isFinite(Number(s)) ? Number(s) : s;
}

/**
 * Reads an output folder (tables, charts, CITATION.md) into what the report embeds. `run` is the run's record: the
 * manifest read from the folder, or, while a run writes its report, the manifest it is about to write.
 */
export function readReportData(dir: string, run: RunRecord, options: { validation?: string | null } = {}): ReportData {
  const docsFile = join(dir, 'documents.csv');
  const docs = readCsv(docsFile);
  const idCol = column(docs, 'doc_id', docsFile);
  docs.rows = docs.rows.map((r) => r.map(unguard));
  const index = new Map<string, number>();
  docs.rows.forEach((r, i) => index.set(r[idCol]!, i));
  const docIndex = (id: string, file: string) => {
    const i = index.get(id);
    if (i === undefined) throw new Error(`${file}: document '${id}' is not in documents.csv`);
    return i;
  };

  const groupBy = String(run.options.group_by ?? 'issuer');
  const groupColName = docs.columns.includes(groupBy) ? groupBy : groupBy === 'id' ? 'doc_id' : `meta_${groupBy}`;
  const groupCol = docs.columns.indexOf(groupColName);
  const dateCol = docs.columns.indexOf('date');
  const groupOf = docs.rows.map((r) => (groupCol >= 0 && r[groupCol] !== '' ? r[groupCol]! : '(none)'));
  const groups = [...new Set(groupOf)].sort();
  const groupIndex = new Map(groups.map((g, i) => [g, i]));

  // Category labels in the lexicon's order, as categories.csv lists them.
  const catFile = join(dir, 'categories.csv');
  const cats = readCsv(catFile);
  const [lv, ci, li] = [column(cats, 'level', catFile), column(cats, 'category', catFile), column(cats, 'label', catFile)];
  const categories = cats.rows.filter((r) => r[lv] === 'category').map((r) => ({ id: r[ci]!, label: unguard(r[li]!) }));
  const catIndex = new Map(categories.map((c, i) => [c.id, i]));

  const hitsFile = join(dir, 'hits.csv');
  const h = readCsv(hitsFile);
  const col = (n: string) => column(h, n, hitsFile);
  const [dc, sc, stc, enc, cc, ec, mc, nc, qc, lc, rc] = ['doc_id', 'sentence_index', 'char_start', 'char_end', 'category', 'entry', 'matched', 'negated', 'negation_cue', 'left_context', 'right_context'].map(col) as number[];
  const entries: string[] = [], cues: string[] = [];
  const entryIndex = new Map<string, number>(), cueIndex = new Map<string, number>();
  const intern = (list: string[], map: Map<string, number>, s: string) => {
    let i = map.get(s);
    if (i === undefined) { i = list.length; list.push(s); map.set(s, i); }
    return i;
  };
  const hits: HitColumns = { doc: [], sentence: [], start: [], end: [], category: [], entry: [], negated: [], cue: [], left: [], matched: [], right: [] };
  for (const r of h.rows) {
    const start = Number(r[stc]), end = Number(r[enc]);
    let cat = catIndex.get(r[cc]!);
    if (cat === undefined) { cat = categories.length; categories.push({ id: r[cc]!, label: r[cc]! }); catIndex.set(r[cc]!, cat); }
    hits.doc.push(docIndex(r[dc]!, hitsFile));
    hits.sentence.push(Number(r[sc]));
    hits.start.push(start);
    hits.end.push(end);
    hits.category.push(cat);
    hits.entry.push(intern(entries, entryIndex, unguard(r[ec]!)));
    hits.negated.push(r[nc] === 'true' ? 1 : 0);
    hits.cue.push(intern(cues, cueIndex, unguard(r[qc]!)));
    hits.left.push(unguard(r[lc]!));
    hits.matched.push(unguardSpan(r[mc]!, end - start));
    hits.right.push(unguard(r[rc]!));
  }

  const sentFile = join(dir, 'sentences.csv');
  const s = readCsv(sentFile);
  const [sd, ss, se, stx] = ['doc_id', 'char_start', 'char_end', 'text'].map((n) => column(s, n, sentFile)) as number[];
  const skip = new Set([sd, column(s, 'sentence_index', sentFile), ss, se, stx]);
  const scoreIdx = s.columns.map((_, i) => i).filter((i) => !skip.has(i));
  const perDoc: (string | number)[][][] = docs.rows.map(() => []);
  for (const r of s.rows) {
    const start = Number(r[ss]), end = Number(r[se]);
    perDoc[docIndex(r[sd]!, sentFile)]!.push([start, end, unguardSpan(r[stx]!, end - start), ...scoreIdx.map((i) => cell(r[i]!))]);
  }
  const chunks: TextChunk[] = [];
  for (let i = 0; i < perDoc.length; i += CHUNK_SIZE) {
    chunks.push({ scoreColumns: scoreIdx.map((i) => s.columns[i]!), documents: perDoc.slice(i, i + CHUNK_SIZE) });
  }

  const dates = docs.rows.map((r) => (dateCol >= 0 ? r[dateCol]! : '')).filter((d) => d !== '').sort();
  const citationFile = join(dir, 'CITATION.md');
  const overview: ReportOverview = {
    version: run.framescope.version,
    code: run.framescope.code,
    runFingerprint: run.run_fingerprint,
    corpusFingerprint: run.corpus.fingerprint,
    documents: run.corpus.documents_analysed,
    words: run.corpus.words,
    sentences: run.corpus.sentences,
    hits: hits.doc.length,
    rejected: run.corpus.documents_rejected,
    lexicon: `${run.lexicon.name} ${run.lexicon.version}`,
    groupBy,
    groups: groups.map((g) => ({ group: g, documents: groupOf.filter((x) => x === g).length })),
    dateFrom: dates[0] ?? '',
    dateTo: dates[dates.length - 1] ?? '',
    citation: existsSync(citationFile) ? readFileSync(citationFile, 'utf8') : '',
  };
  const validationDirs = [...(options.validation ? [options.validation] : []), dir];
  return {
    overview,
    charts: readCharts(dir),
    validation: readValidation(validationDirs),
    main: {
      documents: docs, group: groupOf.map((g) => groupIndex.get(g)!), date: docs.rows.map((r) => (dateCol >= 0 ? r[dateCol]! : '')),
      groups, groupBy, period: String(run.options.period ?? 'month'), categories, entries, cues, hits, chunkSize: CHUNK_SIZE,
    },
    chunks,
  };
}
