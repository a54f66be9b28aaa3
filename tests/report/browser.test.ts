// report.html in a real browser: offline with no console error, every chart drawn, filters that count right, a chart
// click that filters, highlights at the offsets of hits.csv, corpus text that stays text, and 20,000 hits filtered fast.
import { parse } from 'csv-parse/sync';
import { copyFileSync, cpSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/options.ts';
import { runAnalysis } from '../../src/engine/run.ts';
import { writeReport } from '../../src/report/index.ts';
import { reportHtml, type ReportData } from '../../src/report/index.ts';
import { ROOT, tmp } from '../pipeline/helpers.ts';
import { browserPresent, browserSkipReason, openReport, rowCount, type Opened } from './browser.ts';

type Hit = Record<string, string>;
const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Hit[];
// The guard hits.csv puts before a cell starting with = + - @ (docs/methods.md).
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);
/** Whole-word, any-case match of a phrase in a concordance line, as the page's search box promises (README). */
const lineHas = (h: Hit, phrase: string) => new RegExp(`(?<![\\p{L}\\p{N}_])${phrase.split(' ').join('\\s+')}(?![\\p{L}\\p{N}_])`, 'u')
  .test(`${unguard(h.left_context!)}${unguard(h.matched!)}${unguard(h.right_context!)}`.toLowerCase());

describe.skipIf(!browserPresent)(`report.html of the bundled corpus in Chromium${browserSkipReason}`, () => {
  let dir: string;
  let hits: Hit[];
  let o: Opened;
  beforeAll(async () => {
    // The committed reference run: its report is built here, from a copy (outputs/ has no report.html).
    dir = tmp('report-browser');
    cpSync(join(ROOT, 'outputs'), dir, { recursive: true });
    writeReport(dir);
    hits = csv(join(dir, 'hits.csv'));
    o = await openReport(join(dir, 'report.html'));
  });
  afterAll(async () => { await o?.close(); });

  it('loads with no console error and no request beyond its own file', () => {
    expect(o.errors).toEqual([]);
    expect(o.requests).toEqual([`file://${join(dir, 'report.html')}`]);
  });

  it('draws every chart of the run, each as an SVG with marks', async () => {
    const specs = readdirSync(join(dir, 'charts')).filter((f) => f.endsWith('.vl.json')).map((f) => f.replace('.vl.json', '')).sort();
    expect(specs.length).toBe(10);
    const drawn = await o.page.$$eval('figure.chart', (figs) => figs.map((f) => ({
      name: (f as HTMLElement).dataset.chart!, rendered: (f.querySelector('.chart-body') as HTMLElement).dataset.rendered === 'true',
      marks: f.querySelectorAll('svg [role="graphics-symbol"], svg path, svg text').length,
    })));
    expect(drawn.map((d) => d.name).sort()).toEqual(specs);
    for (const d of drawn) {
      expect(d.rendered, d.name).toBe(true);
      expect(d.marks, d.name).toBeGreaterThan(10);
    }
  });

  it('shows every hit at first, and typing a word or phrase leaves the rows whose line contains it', async () => {
    expect(await rowCount(o.page)).toBe(hits.length);
    for (const phrase of ['sanctions', 'war crimes', 'russia']) {
      const expected = hits.filter((h) => lineHas(h, phrase)).length;
      expect(expected, phrase).toBeGreaterThan(5);
      await o.page.fill('#fs-q', phrase);
      expect(await rowCount(o.page), phrase).toBe(expected);
    }
    // A word cut inside another word does not match: "sanction" is not "sanctions".
    const part = hits.filter((h) => lineHas(h, 'sanction')).length;
    expect(part).toBeLessThan(hits.filter((h) => lineHas(h, 'sanctions')).length);
    await o.page.fill('#fs-q', 'sanction');
    expect(await rowCount(o.page)).toBe(part);
    await o.page.fill('#fs-q', '');
    expect(await rowCount(o.page)).toBe(hits.length);
  });

  it('clicking a category\'s bar in the rates chart shows exactly that category\'s hits', async () => {
    for (const category of ['illegality', 'humanitarian_return']) {
      const expected = hits.filter((h) => h.category === category).length;
      await o.page.locator(`#fs-chart-rates path[aria-label*="Category id: ${category};"]`).click();
      expect(await rowCount(o.page), category).toBe(expected);
      expect(await o.page.locator('#fs-category').inputValue()).not.toBe('-1');
      // Every row on the page is of that category (its label, from categories.csv).
      const label = csv(join(dir, 'categories.csv')).find((r) => r.level === 'category' && r.category === category)!.label;
      const shown = await o.page.$$eval('#fs-rows tr td:nth-child(5)', (tds) => tds.map((td) => td.textContent));
      expect(shown.length).toBe(Math.min(50, expected));
      expect(new Set(shown)).toEqual(new Set([label]));
    }
    await o.page.click('#fs-clear');
    expect(await rowCount(o.page)).toBe(hits.length);
  });

  it('clicking a keyword of the keyness chart shows the sentences of its group that use it', async () => {
    // keyness.csv: "gas" 20 times before 24 Feb 2022, never after; the group comes from documents.csv.
    const group = new Map(csv(join(dir, 'documents.csv')).map((d) => [d.doc_id!, d.meta_group!]));
    const expected = csv(join(dir, 'sentences.csv')).filter((x) => group.get(x.doc_id!) === 'before 24 Feb 2022')
      .reduce((n, x) => n + (unguard(x.text!).toLowerCase().match(/(?<![\p{L}\p{N}_])gas(?![\p{L}\p{N}_])/gu)?.length ?? 0), 0);
    const row = csv(join(dir, 'keyness.csv')).find((r) => r.item === 'gas')!;
    expect(Number(row.freq_target)).toBe(20);
    expect(expected).toBe(20);
    await o.page.locator('#fs-chart-keyness path[aria-label*="Keyword: gas;"]').click();
    await o.page.waitForFunction(() => !(document.getElementById('fs-keyword') as HTMLElement).hidden);
    expect(await rowCount(o.page)).toBe(expected);
    expect(await o.page.locator('#fs-group').inputValue()).toBe('0');
    const words = await o.page.$$eval('#fs-rows tr td.match', (tds) => tds.map((td) => td.textContent!.toLowerCase()));
    expect(new Set(words)).toEqual(new Set(['gas']));
    await o.page.click('#fs-clear');
    expect(await rowCount(o.page)).toBe(hits.length);
  });

  it('sorts by right context in code-point order of the words after the hit', async () => {
    await o.page.selectOption('#fs-sort', 'right');
    const expected = hits.map((h) => unguard(h.right_context!).toLowerCase().trim()).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)).slice(0, 50);
    const shown = await o.page.$$eval('#fs-rows tr td.right', (tds) => tds.map((td) => td.textContent!.toLowerCase().trim()));
    expect(shown).toEqual(expected);
    await o.page.selectOption('#fs-sort', 'file');
  });

  it('a document opened from a row shows each of its hits highlighted at the offsets of hits.csv', async () => {
    // The first document of hits.csv: its rows open the concordance, and it has 75 hits, some of several categories at once.
    const docId = hits[0]!.doc_id!;
    const own = hits.filter((h) => h.doc_id === docId);
    await o.page.fill('#fs-q', '');
    await o.page.locator('#fs-rows tr').first().locator('button').click();
    await o.page.waitForFunction((id) => (document.getElementById('fs-document') as HTMLElement).dataset.doc === id, docId);
    // Offsets as the DOM holds them: each mark's position in the text, found by walking its text nodes.
    const view = await o.page.evaluate(() => {
      const root = document.getElementById('fs-doc-text')!;
      const marks: { at: number; end: number; start: number; stop: number }[] = [];
      let pos = 0;
      const walk = (n: Node) => {
        if (n.nodeType === Node.TEXT_NODE) { pos += n.textContent!.length; return; }
        const el = n as HTMLElement;
        if (el.tagName === 'MARK') {
          const at = pos;
          el.childNodes.forEach(walk);
          marks.push({ at, end: pos, start: Number(el.dataset.start), stop: Number(el.dataset.end) });
          return;
        }
        el.childNodes.forEach(walk);
      };
      walk(root);
      return { text: root.textContent!, marks, scripts: root.querySelectorAll('script').length };
    });
    for (const m of view.marks) expect([m.at, m.end]).toEqual([m.start, m.stop]);
    expect(own.length).toBeGreaterThan(20);
    for (const h of own) {
      const [s, e] = [Number(h.char_start), Number(h.char_end)];
      expect(view.text.slice(s, e)).toBe(unguard(h.matched!));
      // The hit's span is covered by marks from its first character to its last, with no gap.
      const covering = view.marks.filter((m) => m.at >= s && m.end <= e).sort((a, b) => a.at - b.at);
      expect(covering[0]?.at).toBe(s);
      expect(covering[covering.length - 1]?.end).toBe(e);
      for (let i = 1; i < covering.length; i++) expect(covering[i]!.at).toBe(covering[i - 1]!.end);
    }
    expect(o.errors).toEqual([]);
  });
});

describe.skipIf(!browserPresent)(`report.html of a corpus with markup in its text${browserSkipReason}`, () => {
  let o: Opened;
  let out: string;
  const SCRIPT = '<script>alert(1)</script>';
  const TITLE = 'A title <img src=x onerror=alert(2)>';
  beforeAll(async () => {
    const corpus = tmp('report-markup-corpus');
    out = tmp('report-markup-out');
    for (const f of readdirSync(join(ROOT, 'corpus')).filter((x) => x.startsWith('usdos-2022')).slice(0, 4)) copyFileSync(join(ROOT, 'corpus', f), join(corpus, f));
    writeFileSync(join(corpus, 'markup.txt'), `---\ntitle: "${TITLE}"\ndate: 2022-03-01\nissuer: Test\n---\nThe invasion is illegal and a violation of international law. ${SCRIPT} The war crimes must end.\n\nA second paragraph with sanctions <b>bold</b> &amp; more.\n`);
    // The whole command with --report: the report comes out of the run and is in its manifest.
    await runAnalysis(parseOptions(['--corpus', corpus, '--out', out, '--report', '--workers', '1', '--quiet']).options);
    o = await openReport(join(out, 'report.html'));
  });
  afterAll(async () => { await o?.close(); });

  it('is listed in the manifest of the run that wrote it', () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> };
    expect(Object.keys(manifest.outputs)).toContain('report.html');
  });

  it('shows <script> from a document as text in the concordance and the document view, and runs nothing', async () => {
    const expected = csv(join(out, 'hits.csv')).filter((h) => lineHas(h, 'alert')).length;
    expect(expected).toBeGreaterThan(0);
    await o.page.fill('#fs-q', 'alert');
    expect(await rowCount(o.page)).toBe(expected);
    const lines = await o.page.$$eval('#fs-rows tr', (trs) => trs.map((tr) => tr.textContent));
    expect(lines.some((l) => l!.includes(SCRIPT))).toBe(true);
    await o.page.locator('#fs-rows tr button').first().click();
    await o.page.waitForFunction(() => (document.getElementById('fs-document') as HTMLElement).dataset.doc === 'markup');
    const doc = await o.page.evaluate(() => ({
      text: document.getElementById('fs-doc-text')!.textContent!,
      scripts: document.querySelectorAll('#fs-document script, #fs-concordance script').length,
      images: document.querySelectorAll('#fs-document img, #fs-concordance img').length,
      bold: document.querySelectorAll('#fs-document b').length,
      meta: [...document.querySelectorAll('#fs-document dd')].map((d) => d.textContent),
      heading: document.querySelector('#fs-document h3')!.textContent,
    }));
    expect(doc.text).toContain(SCRIPT);
    expect(doc.text).toContain('<b>bold</b> &amp; more');
    expect(doc.scripts).toBe(0);
    expect(doc.images).toBe(0);
    expect(doc.bold).toBe(0);
    expect(doc.heading).toBe(TITLE);
    expect(doc.meta).toContain(TITLE);
    await o.page.waitForTimeout(300);
    expect(o.dialogs).toEqual([]);
    expect(o.errors).toEqual([]);
    expect(o.requests.length).toBe(1);
  });
});

describe.skipIf(!browserPresent)(`the concordance filters 20,000 hits${browserSkipReason}`, () => {
  const N = 20_000;
  let o: Opened;
  beforeAll(async () => {
    // A synthetic report: 2,000 documents of 10 hits; every 7th hit has "alpha beta" in its right context.
    const docs = 2000;
    const hits = { doc: [] as number[], sentence: [] as number[], start: [] as number[], end: [] as number[], category: [] as number[], entry: [] as number[], negated: [] as number[], cue: [] as number[], left: [] as string[], matched: [] as string[], right: [] as string[] };
    for (let i = 0; i < N; i++) {
      hits.doc.push(Math.floor(i / 10)); hits.sentence.push(0); hits.start.push(0); hits.end.push(6);
      hits.category.push(i % 3); hits.entry.push(i % 3); hits.negated.push(i % 11 === 0 ? 1 : 0); hits.cue.push(i % 11 === 0 ? 1 : 0);
      hits.left.push(`context number ${i} before the `); hits.matched.push('marker'); hits.right.push(i % 7 === 0 ? ' alpha beta after it' : ' gamma after it');
    }
    const data: ReportData = {
      overview: { version: 'test', code: 'c', runFingerprint: 'f'.repeat(64), corpusFingerprint: 'e'.repeat(64), documents: docs, words: 0, sentences: docs, hits: N, rejected: 0, lexicon: 'test', groupBy: 'group', groups: [{ group: 'a', documents: docs / 2 }, { group: 'b', documents: docs / 2 }], dateFrom: '2020-01-01', dateTo: '2020-12-31', citation: '' },
      charts: [],
      validation: null,
      main: {
        documents: { columns: ['doc_id', 'date'], rows: Array.from({ length: docs }, (_, d) => [`d${d}`, `2020-${String(1 + (d % 12)).padStart(2, '0')}-01`]) },
        group: Array.from({ length: docs }, (_, d) => d % 2), date: Array.from({ length: docs }, (_, d) => `2020-${String(1 + (d % 12)).padStart(2, '0')}-01`),
        groups: ['a', 'b'], groupBy: 'group', period: 'month',
        categories: [{ id: 'x', label: 'X' }, { id: 'y', label: 'Y' }, { id: 'z', label: 'Z' }], entries: ['ex', 'ey', 'ez'], cues: ['', 'not'], hits, chunkSize: 200,
      },
      chunks: Array.from({ length: docs / 200 }, () => ({ scoreColumns: [], documents: Array.from({ length: 200 }, () => [[0, 6, 'marker']]) })),
    };
    const dir = tmp('report-20k');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'report.html'), reportHtml(data, 'synthetic'));
    o = await openReport(join(dir, 'report.html'));
  });
  afterAll(async () => { await o?.close(); });

  it('finds the rows it should and filters in well under 100 ms (median of the searches, measured in the page)', async () => {
    expect(await rowCount(o.page)).toBe(N);
    const searches: [string, number][] = [
      ['alpha beta', Math.ceil(N / 7)], ['alpha', Math.ceil(N / 7)], ['gamma', N - Math.ceil(N / 7)], ['number 1999', 1], ['marker', N], ['beta alpha', 0],
      ['after it', N], ['context', N], ['number 42', 1], ['alpha beta after', Math.ceil(N / 7)],
    ];
    for (const [q, n] of searches) {
      await o.page.fill('#fs-q', q);
      expect(await rowCount(o.page), q).toBe(n);
    }
    await o.page.selectOption('#fs-negated', 'yes');
    // "alpha beta after" and negated: i multiple of 7 and of 11.
    expect(await rowCount(o.page)).toBe(Math.ceil(N / 77));
    const times = await o.page.evaluate(() => (window as unknown as { framescopeReport: { filters: { ms: number; of: number | null }[] } }).framescopeReport.filters
      .filter((f) => f.of === 20_000).map((f) => f.ms));
    const sorted = [...times].sort((a, b) => a - b);
    const median = sorted[Math.floor(sorted.length / 2)]!;
    process.stdout.write(`report: filtering 20,000 hits took ${median.toFixed(1)} ms (median of ${times.length}; max ${sorted[sorted.length - 1]!.toFixed(1)} ms)\n`);
    expect(median).toBeLessThan(100);
    expect(o.errors).toEqual([]);
  });
});
