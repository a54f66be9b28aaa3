// In-process tests of src/tables for the cases mutation testing found unguarded (docs/mutation.md): every
// expected value is the format's rule applied by hand (src/tables/format.ts's comment, RFC 4180, Arrow types).
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { tableFromIPC } from '@uwdata/flechette';
import { afterAll, describe, expect, it } from 'vitest';
import { writeArrowCopy } from '../../src/tables/arrow.ts';
import { writeFileAtomic, writePiecesAtomic } from '../../src/tables/atomic.ts';
import { CsvSink, formatCell, toCsv, writeCsv } from '../../src/tables/csv.ts';
import { formatBoolean, formatNumber } from '../../src/tables/format.ts';
import { TABLES } from '../../src/tables/schema.ts';
import { toTable } from '../../src/tables/table.ts';

const dir = mkdtempSync(join(tmpdir(), 'framescope-tables-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

describe('cells', () => {
  it('formats numbers by the documented rule', () => {
    expect([formatNumber(null), formatNumber(undefined), formatNumber(NaN)]).toEqual(['', '', '']);
    expect([formatNumber(Infinity), formatNumber(-Infinity)]).toEqual(['Inf', '-Inf']);
    expect([formatNumber(-0), formatNumber(0), formatNumber(-3)]).toEqual(['0', '0', '-3']);
    // |x| < 1e-4: six significant digits in exponent form; 1e-4 itself is fixed-point
    expect([formatNumber(0.000012345678), formatNumber(0.0001), formatNumber(-0.00005)]).toEqual(['1.23457e-5', '0.0001', '-5e-5']);
    // six decimals, trailing zeros and a bare point dropped
    expect([formatNumber(2.5), formatNumber(1.23456789), formatNumber(3.0000001), formatNumber(-0.0000004 - 0.0001)]).toEqual(['2.5', '1.234568', '3', '-0.0001']);
    expect(formatNumber(1.1234564)).toBe('1.123456');
  });

  it('formats booleans, NA and text', () => {
    expect([formatBoolean(true), formatBoolean(false), formatBoolean(null), formatBoolean(undefined)]).toEqual(['true', 'false', '', '']);
    expect([formatCell(true), formatCell(false), formatCell(null), formatCell(undefined), formatCell(''), formatCell(0)]).toEqual(['true', 'false', '', '', '', '0']);
    expect([formatCell('=SUM(A1)'), formatCell('plain')]).toEqual(["'=SUM(A1)", 'plain']);
    expect(toCsv(['a'], [{ a: 'x' }], false)).toBe('x\n');
  });
});

describe('CsvSink and writeCsv', () => {
  it('writes the header only when there are columns, counts rows, and renames into place on close', () => {
    const path = join(dir, 'a.csv');
    const sink = new CsvSink(path, ['n', 'ok']);
    sink.append([{ n: 1, ok: true }, { n: 2, ok: null }]);
    sink.lines('3,false\n', 1);
    expect(sink.count).toBe(3);
    expect(existsSync(path)).toBe(false);
    sink.close();
    expect(readFileSync(path, 'utf8')).toBe('n,ok\n1,true\n2,\n3,false\n');
    const raw = join(dir, 'raw.jsonl');
    const lines = new CsvSink(raw, []);
    lines.raw('{"a":1}\n');
    expect(lines.count).toBe(0);
    lines.close();
    expect(readFileSync(raw, 'utf8')).toBe('{"a":1}\n');
  });

  it('writes tables larger than one 64 KB chunk whole and in order', () => {
    const path = join(dir, 'big.csv');
    // 20,000 rows of "row-<i>\n" (about 200 KB) cross the chunk size several times
    const rows = Array.from({ length: 20_000 }, (_, i) => ({ v: `row-${i}` }));
    writeCsv(path, ['v'], rows);
    const text = readFileSync(path, 'utf8').split('\n');
    expect(text.length).toBe(20_002);
    expect([text[0], text[1], text[20_000], text[20_001]]).toEqual(['v', 'row-0', 'row-19999', '']);
    const sink = new CsvSink(join(dir, 'lines.csv'), ['v']);
    for (let i = 0; i < 10; i++) sink.lines(`${'x'.repeat(10_000)}\n`, 1);
    sink.close();
    expect(readFileSync(join(dir, 'lines.csv'), 'utf8').length).toBe(2 + 10 * 10_001);
  });

  it('abort leaves neither the table nor its temporary file', () => {
    const path = join(dir, 'aborted.csv');
    const sink = new CsvSink(path, ['a']);
    sink.append([{ a: 1 }]);
    sink.abort();
    expect(existsSync(path)).toBe(false);
    expect(readdirSync(dir).filter((f) => f.includes('aborted'))).toEqual([]);
  });
});

describe('atomic writes', () => {
  it('writeFileAtomic and writePiecesAtomic write the whole content and leave no temporary file', () => {
    writeFileAtomic(join(dir, 'sub/one.txt'), 'one');
    writePiecesAtomic(join(dir, 'sub/two.txt'), ['t', 'w', 'o']);
    expect([readFileSync(join(dir, 'sub/one.txt'), 'utf8'), readFileSync(join(dir, 'sub/two.txt'), 'utf8')]).toEqual(['one', 'two']);
    expect(readdirSync(join(dir, 'sub')).sort()).toEqual(['one.txt', 'two.txt']);
  });
});

describe('writeArrowCopy', () => {
  it('types each column by the schema, NA as null, unknown columns as text', () => {
    const csv = join(dir, 'hits.csv');
    writeFileAtomic(csv, 'doc_id,char_start,negated,meta_x\nd1,12,true,7\nd2,,false,\n');
    writeArrowCopy(csv, join(dir, 'hits.arrow'), TABLES.hits);
    const t = tableFromIPC(readFileSync(join(dir, 'hits.arrow')));
    expect(t.getChild('doc_id')!.toArray()).toEqual(['d1', 'd2']);
    expect([...t.getChild('char_start')!.toArray()]).toEqual([12, null]);
    expect([...t.getChild('negated')!.toArray()]).toEqual([true, false]);
    // meta_x is not in the schema: kept as text
    expect([...t.getChild('meta_x')!.toArray()]).toEqual(['7', null]);
    // flechette's type ids: Utf8 5, Int 2, Bool 6
    expect(t.schema.fields.map((f) => f.type.typeId)).toEqual([5, 2, 6, 5]);
    writeArrowCopy(csv, join(dir, 'plain.arrow'), undefined);
    expect(tableFromIPC(readFileSync(join(dir, 'plain.arrow'))).schema.fields.map((f) => f.type.typeId)).toEqual([5, 5, 5, 5]);
  });

  it('reads numbers as numbers (a number column), not as text', () => {
    const csv = join(dir, 'rates.csv');
    writeFileAtomic(csv, 'group,rate_per_1000_words\na,1.5\nb,Inf\nc,-Inf\n');
    writeArrowCopy(csv, join(dir, 'rates.arrow'), TABLES.rates_by_group);
    // the CSV's Inf and -Inf (src/tables/format.ts) are infinities in Arrow, not NaN
    expect([...tableFromIPC(readFileSync(join(dir, 'rates.arrow'))).getChild('rate_per_1000_words')!.toArray()]).toEqual([1.5, Infinity, -Infinity]);
  });
});

describe('toTable', () => {
  it('makes an arquero table of the given columns, in their order', () => {
    const t = toTable([{ a: 1, b: 'x', c: true }, { a: 2, b: 'y', c: false }], ['b', 'a']);
    expect(t.columnNames()).toEqual(['b', 'a']);
    expect(t.array('a')).toEqual([1, 2]);
  });
});
