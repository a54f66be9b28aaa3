// What the notebooks share: where a run's outputs are, reading its tables by their schema, and showing tables and charts.
// Runs on the Deno Jupyter kernel; bare imports resolve from the project's node_modules through its package.json.
import * as aq from 'arquero';
import type { TopLevelSpec } from 'vega-lite';
import { delimiter, isAbsolute, join, resolve } from 'node:path';
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describeCorpus, renderChart, TABLES, type ChartContext, type ColumnType, type TableName } from '../src/index.ts';

export type Table = ReturnType<typeof aq.table>;

/** The environment variable that points the notebooks at a run's outputs folder. */
export const OUTPUTS_ENV = 'FRAMESCOPE_OUTPUTS';

/** The environment variable that points 04-explore at a corpus folder (npm run notebooks sets it). */
export const CORPUS_ENV = 'FRAMESCOPE_CORPUS';

/** The corpus folder: $FRAMESCOPE_CORPUS (relative paths from the working directory), else the bundled corpus/. */
export function corpusDir(): string {
  const fromEnv = Deno.env.get(CORPUS_ENV);
  return fromEnv ? (isAbsolute(fromEnv) ? fromEnv : resolve(Deno.cwd(), fromEnv)) : fileURLToPath(new URL('../corpus', import.meta.url));
}

/** The environment variable that points 04-explore at the run's lexicon files (npm run notebooks -- --lexicon F sets it). */
export const LEXICONS_ENV = 'FRAMESCOPE_LEXICONS';

/** The lexicon files: $FRAMESCOPE_LEXICONS (paths joined by the platform's delimiter, `:`), else the bundled lexicon. */
export function lexiconFiles(): string[] {
  const fromEnv = Deno.env.get(LEXICONS_ENV);
  if (!fromEnv) return [projectFile('lexicons/framing.yaml')];
  return fromEnv.split(delimiter).map((f) => (isAbsolute(f) ? f : resolve(Deno.cwd(), f)));
}

/** A file of the project by its path from the project folder (notebook cells have no import.meta of their own). */
export function projectFile(path: string): string {
  return fileURLToPath(new URL(`../${path}`, import.meta.url));
}

/** The outputs folder: $FRAMESCOPE_OUTPUTS (relative paths from the working directory), else ../outputs beside notebooks/. */
export function outputsDir(): string {
  const fromEnv = Deno.env.get(OUTPUTS_ENV);
  const dir = fromEnv
    ? (isAbsolute(fromEnv) ? fromEnv : resolve(Deno.cwd(), fromEnv))
    : fileURLToPath(new URL('../outputs', import.meta.url));
  if (!existsSync(join(dir, 'manifest.json'))) {
    throw new Error(
      `No framescope run in ${dir} (manifest.json missing): run \`npm run analyze\` first, or set ${OUTPUTS_ENV} to an outputs folder.`,
    );
  }
  return dir;
}

// Cells as src/tables/format.ts writes them: Inf / -Inf for infinities, an anti-formula quote before text starting
// with = + - @; empty cells (NA) never reach a parser: arquero makes them null.
const parseNumber = (v: string): number => (v === 'Inf' ? Infinity : v === '-Inf' ? -Infinity : Number(v));
const parseText = (v: string): string => (/^'[=+\-@\t\r]/.test(v) ? v.slice(1) : v);
const parsers: Record<ColumnType, (v: string) => unknown> = {
  string: parseText,
  // Dates stay ISO strings: they sort and filter as text, and arquero's Date parsing would shift them to local time.
  date: (v) => v,
  integer: parseNumber,
  number: parseNumber,
  boolean: (v) => v === 'true',
};

/** Reads one output table with the types its schema declares; NA cells are null. Pattern columns (<scorer>_mean) are typed by arquero. */
export function loadTable(name: TableName, dir: string = outputsDir()): Table {
  const schema = TABLES[name];
  const parse = Object.fromEntries(
    schema.columns.filter((c) => !c.name.includes('*') && !c.name.includes('<')).map((c) => [c.name, parsers[c.type]]),
  );
  const text = readFileSync(join(dir, schema.file), 'utf8');
  // Free metadata fields (meta_*) are text whatever they look like.
  for (const col of text.slice(0, text.indexOf('\n')).split(',')) if (col.startsWith('meta_')) parse[col] = parseText;
  // fromCSV on the whole text, not loadCSV: arquero 8.0.3's streaming parser garbles quoted fields that span
  // chunk boundaries (uwdata/arquero#395; seen here on documents.csv of corpus-real).
  return aq.fromCSV(text, { parse }) as Table;
}

export interface RunInfo {
  run_fingerprint: string;
  lexicon: { name: string; version: string; categories: number; entries: number };
  corpus: { documents_analysed: number; sentences: number; words: number; fingerprint: string };
  options: Record<string, unknown>;
  framescope: { version: string };
}

export function loadManifest(dir: string = outputsDir()): RunInfo {
  return JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as RunInfo;
}

/** The caption every chart carries (corpus, lexicon, run), as the pipeline writes it; `note` marks a filtered view. */
export function chartContext(documents: Table, manifest: RunInfo, note?: string): ChartContext {
  const dates = documents.array('date').filter((d: unknown) => typeof d === 'string' && d !== '').sort() as string[];
  const issuers = [...new Set(documents.array('issuer').filter((s: unknown) => typeof s === 'string' && s !== ''))] as string[];
  const corpus = describeCorpus({ documents: documents.numRows(), issuers, dateFrom: dates[0] ?? null, dateTo: dates.at(-1) ?? null });
  return {
    corpus: note ? `${corpus}; ${note}` : corpus,
    lexicon: `${manifest.lexicon.name} ${manifest.lexicon.version}`,
    run: manifest.run_fingerprint.slice(0, 12),
  };
}

/** Shows a table as HTML (JupyterLab, exports) and as Markdown text (plain viewers, the executed .ipynb). */
export async function show(table: Table, options: { limit?: number; maxdigits?: number } = {}): Promise<void> {
  const { limit = 20, maxdigits = 3 } = options;
  const more = table.numRows() > limit ? `\n… ${table.numRows() - limit} more rows (${table.numRows()} in all)\n` : '';
  await Deno.jupyter.display({
    'text/html': table.toHTML({ limit, maxdigits }) + (more ? `<p>${more}</p>` : ''),
    'text/plain': table.toMarkdown({ limit, maxdigits }) + more,
  }, { raw: true });
}

function base64(bytes: Uint8Array): string {
  let s = '';
  for (let i = 0; i < bytes.length; i += 0x8000) s += String.fromCharCode(...bytes.subarray(i, i + 0x8000));
  return btoa(s);
}

// JupyterLab's renderer takes this MIME type; the specs declare the v5 schema, which Vega-Lite 6 still compiles.
const VEGA_LITE_MIME = 'application/vnd.vegalite.v5+json';
// Deno 2.9's kernel silently drops a display message of about 5 MB or more and shifts later output to the next cell.
const MAX_SPEC_CHARS = 1_500_000;

let chartsShown = 0;

/**
 * Shows how many charts this kernel has displayed, for `npm run notebooks` to compare with the PNGs saved.
 * A display message, not console.log: the kernel may send a last cell's stdout after the cell has finished.
 */
export async function showChartCount(): Promise<void> {
  await Deno.jupyter.display({ 'text/plain': `charts shown: ${chartsShown}` }, { raw: true });
}

/** One display bundle: the interactive Vega-Lite chart for JupyterLab and VS Code, a PNG for exports and code-hosting previews. */
async function displayChart(spec: unknown, png: Uint8Array, title: string): Promise<void> {
  const json = JSON.stringify(spec);
  const interactive = json.length <= MAX_SPEC_CHARS;
  const note = interactive ? '' : ` (PNG only: the Vega-Lite spec is ${(json.length / 1e6).toFixed(1)} MB, too large for the kernel)`;
  chartsShown += 1;
  await Deno.jupyter.display({
    ...(interactive ? { [VEGA_LITE_MIME]: spec } : {}),
    'image/png': base64(png),
    'text/plain': `<chart: ${title}>${note}`,
  }, { raw: true });
  // Headless runs under load now and then lose a display message; a pause per chart is a guess at back-pressure.
  await new Promise((r) => setTimeout(r, 100));
}

/** Renders a spec built by a src/charts builder (PNG through the project's renderer) and shows it. */
export async function showChart(spec: TopLevelSpec): Promise<void> {
  const rendered = await renderChart(spec);
  const title = typeof spec.title === 'object' && spec.title && 'text' in spec.title ? String(spec.title.text) : 'chart';
  await displayChart(JSON.parse(rendered.vl), rendered.png, title);
}

/** Shows a chart the run wrote (charts/NAME.vl.json and .png); says so when the run has none of that name. */
export async function showSavedChart(name: string, dir: string = outputsDir()): Promise<void> {
  const base = join(dir, 'charts', name);
  if (!existsSync(`${base}.vl.json`) || !existsSync(`${base}.png`)) {
    // Comparison charts need two groups, and --no-charts writes none.
    await Deno.jupyter.display({ 'text/plain': `(no chart "${name}" in this run)` }, { raw: true });
    return;
  }
  await displayChart(JSON.parse(readFileSync(`${base}.vl.json`, 'utf8')), readFileSync(`${base}.png`), name);
}
