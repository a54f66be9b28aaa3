// report.html: one self-contained page. Styles, fonts, the vega runtime, the page's own script and the data are inline; a
// Content-Security-Policy lets the page run only its own scripts (by hash) and fetch nothing.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ReportData } from './data.ts';
import { escapeHtml, inlineScript, scriptJson } from './escape.ts';
import { packJson } from './pack.ts';
import { fontFiles } from '../charts/index.ts';

const HERE = dirname(fileURLToPath(import.meta.url));
const require = createRequire(import.meta.url);

/** vega's browser build (the package's main entry sits in the same build folder); read once per process. */
let vegaSource: string | null = null;
function vegaBuild(): string {
  vegaSource ??= inlineScript(readFileSync(join(dirname(require.resolve('vega')), 'vega.min.js'), 'utf8'));
  return vegaSource;
}

/**
 * DejaVu Sans, regular and bold, as data: fonts (the charts' font, whose metrics place their labels): the page looks
 * the same on every machine without fetching anything. Italics are left out (about 1.4 MB more).
 */
let fontFaces: string | null = null;
function embeddedFonts(): string {
  fontFaces ??= fontFiles().filter((f) => /DejaVuSans(-Bold)?\.ttf$/.test(f)).map((f) => (
    `@font-face { font-family: "DejaVu Sans"; font-style: normal; font-weight: ${f.endsWith('-Bold.ttf') ? 700 : 400}; ` +
    `src: url(data:font/ttf;base64,${readFileSync(f).toString('base64')}) format("truetype"); }`
  )).join('\n');
  return fontFaces;
}

const hash = (s: string) => `'sha256-${createHash('sha256').update(s, 'utf8').digest('base64')}'`;

/** The page for `data`; `title` names the corpus in the browser tab. Same data, same bytes. */
export function reportHtml(data: ReportData, title: string): string {
  const css = readFileSync(join(HERE, 'page.css'), 'utf8');
  const script = inlineScript(readFileSync(join(HERE, 'page.js'), 'utf8'));
  const vega = vegaBuild();
  // 'unsafe-eval': vega compiles its expressions with Function. Nothing may be fetched: connect-src and the rest are 'none'.
  const csp = [
    "default-src 'none'", `script-src ${hash(vega)} ${hash(script)} 'unsafe-eval'`, "style-src 'unsafe-inline'",
    'img-src data:', 'font-src data:', "connect-src 'none'", "base-uri 'none'", "form-action 'none'",
  ].join('; ');
  const o = data.overview;
  const config = { overview: o, validation: data.validation };
  const chunks = data.chunks.map((c, i) => `<script type="application/octet-stream" id="fs-text-${i}">${packJson(c)}</script>`);
  return [
    '<!DOCTYPE html>',
    '<html lang="en">',
    '<head>',
    '<meta charset="utf-8">',
    `<meta http-equiv="Content-Security-Policy" content="${escapeHtml(csp)}">`,
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    // An empty icon: the browser would otherwise ask for /favicon.ico.
    '<link rel="icon" href="data:,">',
    `<title>${escapeHtml(`framescope report: ${title}`)}</title>`,
    `<style>${embeddedFonts()}\n${css}</style>`,
    '</head>',
    '<body>',
    '<header><h1>framescope report</h1>',
    `<p class="sub">${escapeHtml(title)} · run <code>${escapeHtml(o.runFingerprint.slice(0, 12))}</code> · framescope ${escapeHtml(o.version)}</p>`,
    '<nav><a href="#overview">Overview</a> <a href="#charts">Charts</a> <a href="#concordance">Concordance</a> <a href="#document">Document</a>',
    data.validation ? ' <a href="#validation">Validation</a>' : '',
    '</nav></header>',
    '<main>',
    '<section id="overview"><h2>Overview</h2><div id="fs-overview"></div></section>',
    '<section id="charts"><h2>Charts</h2><p class="hint">Click a bar, point or cell to see the hits behind it in the concordance; a keyword opens the sentences that use it.</p><div id="fs-charts"></div></section>',
    '<section id="concordance"><h2>Concordance</h2><div id="fs-concordance"></div></section>',
    '<section id="document"><h2>Document</h2><div id="fs-document"><p class="hint">Open a document from a row of the concordance.</p></div></section>',
    data.validation ? '<section id="validation"><h2>Validation</h2><div id="fs-validation"></div></section>' : '',
    '</main>',
    '<noscript>This report needs JavaScript to show its data.</noscript>',
    `<script type="application/json" id="fs-config">${scriptJson(config)}</script>`,
    `<script type="application/octet-stream" id="fs-main">${packJson(data.main)}</script>`,
    `<script type="application/octet-stream" id="fs-charts-data">${packJson(data.charts)}</script>`,
    ...chunks,
    `<script>${vega}</script>`,
    `<script>${script}</script>`,
    '</body>',
    '</html>',
    '',
  ].join('\n');
}
