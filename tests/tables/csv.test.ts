import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as aq from 'arquero';
import { CsvSink, toCsv } from '../../src/tables/csv.ts';
import { formatNumber, neutralizeText } from '../../src/tables/format.ts';

describe('formatNumber', () => {
  it('writes integers as they are and other numbers with at most 6 decimals', () => {
    expect(formatNumber(42)).toBe('42');
    expect(formatNumber(1 / 3)).toBe('0.333333');
    expect(formatNumber(0.5)).toBe('0.5');
    expect(formatNumber(-0.25)).toBe('-0.25');
    expect(formatNumber(2.0000001)).toBe('2');
  });
  it('writes tiny values (p-values) in exponent form with 6 significant digits', () => {
    expect(formatNumber(1.234567891e-30)).toBe('1.23457e-30');
    expect(formatNumber(0.00009999)).toBe('9.999e-5');
  });
  it('writes missing values as empty cells and never -0', () => {
    expect(formatNumber(NaN)).toBe('');
    expect(formatNumber(null)).toBe('');
    expect(formatNumber(-0)).toBe('0');
    expect(formatNumber(-1e-9 * 0)).toBe('0');
    expect(formatNumber(Infinity)).toBe('Inf');
  });
});

describe('CSV injection (OWASP)', () => {
  it('prefixes text cells that start with = + - @ tab or CR with a single quote', () => {
    for (const s of ['=1+2', '+1', '-x', '@SUM(A1)', '\tx', '\rx']) expect(neutralizeText(s)).toBe(`'${s}`);
    for (const s of ['x=1', 'a-b', 'plain', '']) expect(neutralizeText(s)).toBe(s);
  });
  it('never alters numbers, negative ones included', () => {
    expect(toCsv(['n'], [{ n: -0.5 }])).toBe('n\n-0.5\n');
  });
});

describe('CSV round trip of nasty text', () => {
  const nasty = [
    'He said "no", then left',
    'commas, commas, commas',
    'line one\nline two\r\nline three',
    '=HYPERLINK("http://x","click")',
    '-2+3',
    '  leading and trailing spaces  ',
    'quote at the end"',
    'tab\tinside',
  ];
  it('parses back to the same cells (after the neutralising quote)', () => {
    const csv = toCsv(['id', 'text'], nasty.map((t, i) => ({ id: i, text: t })));
    const rows = parse(csv, { columns: true, relax_quotes: false }) as { id: string; text: string }[];
    expect(rows.length).toBe(nasty.length);
    rows.forEach((r, i) => {
      const expected = /^[=+\-@\t\r]/.test(nasty[i]!) ? `'${nasty[i]}` : nasty[i];
      expect(r.text).toBe(expected);
      expect(r.id).toBe(String(i));
    });
  });
  it("quotes exactly as arquero's CSV writer does", () => {
    const rows = nasty.map((t, i) => ({ id: String(i), text: neutralizeText(t), q: '"', e: '' }));
    const data = { id: rows.map((r) => r.id), text: rows.map((r) => r.text), q: rows.map((r) => r.q), e: rows.map((r) => r.e) };
    expect(toCsv(['id', 'text', 'q', 'e'], rows)).toBe(aq.toCSV(aq.table(data)));
  });
  it('a streamed sink writes a header, appended chunks, and renames into place', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-csv-'));
    const path = join(dir, 't.csv');
    const sink = new CsvSink(path, ['a', 'b']);
    sink.append([{ a: 'x', b: 1 }]);
    sink.append([]);
    sink.append([{ a: 'y,z', b: true }]);
    sink.close();
    expect(readFileSync(path, 'utf8')).toBe('a,b\nx,1\n"y,z",true\n');
  });
});
