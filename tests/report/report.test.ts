// The report's build side: escaping, the packed data, what is read from an output folder, the command's refusals.
import { parse } from 'csv-parse/sync';
import { execFileSync } from 'node:child_process';
import { cpSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { escapeHtml, inlineScript, scriptJson } from '../../src/report/escape.ts';
import { packJson, unpackJson } from '../../src/report/pack.ts';
import { readReportData, unguard, writeReport, type ReportData, type RunRecord } from '../../src/report/index.ts';
import { ROOT, tmp } from '../pipeline/helpers.ts';
import { parseOptions } from '../../src/cli/options.ts';

const csv = (file: string) => parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];

describe('escaping', () => {
  it('writes markup characters of corpus text as entities', () => {
    expect(escapeHtml('<script>alert(1)</script>')).toBe('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(escapeHtml(`a "b" & 'c'`)).toBe('a &quot;b&quot; &amp; &#39;c&#39;');
  });

  it('keeps JSON inside a script element from closing it, and reads back the same value', () => {
    const value = { t: '</script><script>alert(1)</script>', amp: 'a & b', ls: 'x\u2028y' };
    const text = scriptJson(value);
    expect(text).not.toMatch(/[<>&\u2028]/);
    expect(JSON.parse(text)).toEqual(value);
  });

  it('breaks </script inside an inlined script without changing what the script means', () => {
    expect(inlineScript('var s = "</script>"; var r = /<\\/SCRIPT/;')).toBe('var s = "<\\/script>"; var r = /<\\/SCRIPT/;');
    // "<\/script>" is the same string in JavaScript.
    expect(eval(inlineScript('"</script>"'))).toBe('</script>');
  });

  it('takes the CSV injection guard off a cell', () => {
    expect(unguard("'=SUM(A1)")).toBe('=SUM(A1)');
    expect(unguard("'-5 degrees")).toBe('-5 degrees');
    expect(unguard("'quoted'")).toBe("'quoted'");
  });
});

describe('packed data', () => {
  it('is base64 of raw deflate (no zlib or gzip header) and unpacks to the same value', () => {
    const value = { a: [1, 2, 3], s: 'é <b>' };
    const packed = packJson(value);
    expect(packed).toMatch(/^[A-Za-z0-9+/]+=*$/);
    expect(unpackJson(packed)).toEqual(value);
    // A zlib stream starts 0x78; gzip 0x1f 0x8b.
    const first = Buffer.from(packed, 'base64')[0];
    expect(first === 0x78 || first === 0x1f).toBe(false);
  });
});

describe('report data of the bundled corpus (outputs/)', () => {
  let data: ReportData;
  const out = join(ROOT, 'outputs');
  beforeAll(() => {
    const run = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as RunRecord;
    data = readReportData(out, run);
  });

  it('has every hit, sentence and document of the tables, and the groups the README names', () => {
    expect(data.overview.hits).toBe(csv(join(out, 'hits.csv')).length);
    expect(data.main.hits.doc.length).toBe(data.overview.hits);
    expect(data.chunks.flatMap((c) => c.documents).reduce((n, d) => n + d.length, 0)).toBe(4365);
    expect(data.main.group.length).toBe(321);
    // README: 118 documents before 24 Feb 2022, 203 from then on (one undated joint statement is before).
    expect(data.overview.groups).toEqual([{ group: 'before 24 Feb 2022', documents: 118 }, { group: 'from 24 Feb 2022', documents: 203 }]);
    expect(data.main.categories.length).toBe(11);
    expect(data.charts.map((c) => c.name)).toEqual(['rates', 'top_entries', 'rates_by_group', 'heatmap', 'trends', 'keyness', 'fightin_words', 'frame_tone', 'frame_tone_by_group', 'sentiment_distribution']);
    expect(data.overview.citation).toBe(readFileSync(join(out, 'CITATION.md'), 'utf8'));
  });

  it('rebuilds each document from its sentences so that every hit of hits.csv slices to its matched text', () => {
    const hits = csv(join(out, 'hits.csv'));
    const ids = csv(join(out, 'documents.csv')).map((d) => d.doc_id!);
    // Sentences at their offsets, the whitespace between them as spaces: offsets are what matters here.
    const texts = new Map<string, string>();
    data.chunks.forEach((c, k) => c.documents.forEach((sentences, j) => {
      let text = '';
      for (const s of sentences) text = text.padEnd(s[0] as number, ' ') + (s[2] as string);
      texts.set(ids[k * data.main.chunkSize + j]!, text);
    }));
    let checked = 0;
    for (const h of hits) {
      const matched = h.matched!.startsWith("'") && h.matched!.length === Number(h.char_end) - Number(h.char_start) + 1 ? h.matched!.slice(1) : h.matched!;
      expect(texts.get(h.doc_id!)!.slice(Number(h.char_start), Number(h.char_end))).toBe(matched);
      checked++;
    }
    expect(checked).toBe(1431);
  });
});

describe('the report command', () => {
  const cli = (args: string[]) => {
    try {
      return { code: 0, out: execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/analyze.ts'), ...args], { cwd: ROOT, encoding: 'utf8', stdio: 'pipe' }), err: '' };
    } catch (e) {
      const x = e as { status: number; stdout: string; stderr: string };
      return { code: x.status, out: x.stdout, err: x.stderr };
    }
  };

  it('refuses a folder without a manifest with exit 2, naming the file', () => {
    const dir = tmp('report-empty');
    const r = cli(['report', '--out', dir]);
    expect(r.code).toBe(2);
    expect(r.err).toContain(join(dir, 'manifest.json'));
  });

  it('writes report.html into the folder, the same bytes twice, and leaves the run\'s files as verify knows them', () => {
    const dir = tmp('report-copy');
    cpSync(join(ROOT, 'outputs'), dir, { recursive: true });
    const first = writeReport(dir);
    const bytes = readFileSync(first.file);
    expect(first.bytes).toBe(bytes.length);
    writeReport(dir);
    expect(readFileSync(first.file).equals(bytes)).toBe(true);
    const r = cli(['verify', dir]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('not in manifest: report.html');
  });
});

describe('report options', () => {
  it('parses the report command, --report on an analysis and --validation', () => {
    const r = parseOptions(['report', '--out', 'runs/a', '--validation', 'validation/results-1.2']);
    expect([r.command, r.options.out, r.options.validation, r.options.report]).toEqual(['report', 'runs/a', 'validation/results-1.2', false]);
    const a = parseOptions(['--report']);
    expect([a.command, a.options.report, a.options.validation]).toEqual(['analyze', true, null]);
  });

  it('shows the validation.csv of the folder --validation names', () => {
    const v = tmp('report-validation');
    writeFileSync(join(v, 'validation.csv'), "split,measure,category,group,estimate,lower,upper,n\ntest,precision,(all),(all),0.9,0.864,0.928,300\ntest,recall,'-x,(all),0.39,0.319,0.467,150\n");
    const out = join(ROOT, 'outputs');
    const run = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as RunRecord;
    expect(readReportData(out, run).validation).toBeNull();
    const data = readReportData(out, run, { validation: v });
    expect(data.validation!.columns).toEqual(['split', 'measure', 'category', 'group', 'estimate', 'lower', 'upper', 'n']);
    expect(data.validation!.rows).toEqual([
      ['test', 'precision', '(all)', '(all)', '0.9', '0.864', '0.928', '300'],
      ['test', 'recall', '-x', '(all)', '0.39', '0.319', '0.467', '150'],
    ]);
  });
});
