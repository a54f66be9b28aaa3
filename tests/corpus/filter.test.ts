// --filter field=value: parsing, and the subset of a corpus it keeps (metadata.csv only).
import { afterAll, describe, expect, it } from 'vitest';
import { filterCorpus, FilterError, parseFilter } from '../../src/corpus/filter.ts';
import { openCorpus } from '../../src/corpus/index.ts';
import { makeCorpus, removeCorpora } from './tmpcorpus.ts';

afterAll(removeCorpora);

describe('parseFilter', () => {
  it('splits at the first "=", trims both sides, and keeps later "=" in the value', () => {
    expect(parseFilter('issuer=Ministry B')).toEqual({ field: 'issuer', value: 'Ministry B' });
    expect(parseFilter(' title = a=b ')).toEqual({ field: 'title', value: 'a=b' });
    expect(parseFilter('country=')).toEqual({ field: 'country', value: '' });
  });

  it('refuses a filter without a field before "="', () => {
    expect(() => parseFilter('issuer')).toThrow(FilterError);
    expect(() => parseFilter('issuer')).toThrow("--filter takes field=value, got 'issuer'");
    expect(() => parseFilter('=Ministry')).toThrow("--filter takes field=value, got '=Ministry'");
  });
});

describe('filterCorpus', () => {
  const csv = 'id,issuer,country\na,MFA,Russia\nb,State, United States \nc,MFA,Syria\nsub/d,State,Russia\n';
  const files = { 'metadata.csv': csv, 'a.txt': 'A.', 'b.txt': 'B.', 'c.txt': 'C.', 'sub/d.txt': 'D.', 'e.txt': 'No row.' };
  const open = () => openCorpus(makeCorpus(files));

  it('keeps every file and leaves none out without filters', () => {
    const c = open();
    expect(filterCorpus(c, [])).toBe(0);
    expect(c.files).toEqual(['a.txt', 'b.txt', 'c.txt', 'e.txt', 'sub/d.txt']);
  });

  it('keeps the files whose row has the value, and counts the others (a file without a row is left out)', () => {
    const c = open();
    expect(filterCorpus(c, [parseFilter('issuer=MFA')])).toBe(3);
    expect(c.files).toEqual(['a.txt', 'c.txt']);
  });

  it('takes any of the values of a field given twice, and every field given', () => {
    const c = open();
    expect(filterCorpus(c, [parseFilter('country=Russia'), parseFilter('country=United States')])).toBe(2);
    expect(c.files).toEqual(['a.txt', 'b.txt', 'sub/d.txt']);
    const d = open();
    expect(filterCorpus(d, [parseFilter('country=Russia'), parseFilter('issuer=State')])).toBe(4);
    expect(d.files).toEqual(['sub/d.txt']);
  });

  it('filters on id, the file name without extension, also for a file without a row', () => {
    const c = open();
    expect(filterCorpus(c, [parseFilter('id=e'), parseFilter('id=sub/d')])).toBe(3);
    expect(c.files).toEqual(['e.txt', 'sub/d.txt']);
  });

  it('refuses a field that is not a column of metadata.csv, listing the columns', () => {
    const c = open();
    expect(() => filterCorpus(c, [parseFilter('issuer=MFA'), parseFilter('date=2021')])).toThrow(FilterError);
    expect(() => filterCorpus(c, [parseFilter('date=2021')])).toThrow(`--filter date: not a column of ${c.dir}/metadata.csv (columns: id, issuer, country)`);
    expect(c.files).toHaveLength(5);
    const bare = openCorpus(makeCorpus({ 'a.txt': 'A.' }));
    expect(() => filterCorpus(bare, [parseFilter('issuer=MFA')])).toThrow(`--filter issuer: not a column of ${bare.dir}/metadata.csv (columns: no metadata.csv)`);
    expect(filterCorpus(bare, [parseFilter('id=a')])).toBe(0);
  });
});
