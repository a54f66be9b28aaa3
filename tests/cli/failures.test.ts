// Mistakes that used to give exit 0 and quietly wrong results: each is refused or announced.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, tmp } from '../pipeline/helpers.ts';

function cli(args: string[]) {
  const r = spawnSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/analyze.ts'), ...args, '--no-charts', '--workers', '1', '--no-cache'], { cwd: ROOT, encoding: 'utf8' });
  return { code: r.status, out: r.stdout, err: r.stderr };
}

function corpus(files: Record<string, string>): string {
  const dir = join(tmp('failures'), 'corpus');
  mkdirSync(dir);
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

describe('failures that speak', () => {
  const two = {
    'a.txt': 'The annexation was illegal and the sanctions stayed.\n',
    'b.txt': 'Humanitarian aid reached the refugees.\n',
    'metadata.csv': 'id,date,issuer,country\na,2022-01-01,Ministry A,Atlantis\nb,2022-02-01,Ministry B,Borduria\n',
  };

  it('--group-by a field no document has: exit 2, the fields the corpus has, nothing written', () => {
    const out = join(tmp('failures-out'), 'out');
    const r = cli(['--corpus', corpus(two), '--out', out, '--group-by', 'countr']);
    expect(r.code).toBe(2);
    expect(r.err).toContain('--group-by countr: no document has this field; the corpus has country, date, id, issuer');
    expect(existsSync(join(out, 'manifest.json'))).toBe(false);
    expect(existsSync(join(out, 'hits.csv'))).toBe(false);
  });

  it('announces documents without a date, which trends leave out (a "Date" column is not "date")', () => {
    const out = join(tmp('failures-out'), 'out');
    const some = cli(['--corpus', corpus({ ...two, 'c.txt': 'Sanctions were lifted.\n' }), '--out', out]);
    // c has no metadata row, so no date: 1 of 3
    expect(some.out).toContain('warning: 1 of 3 documents have no date (field "date", ISO 8601): trends leave them out');
    const none = cli(['--corpus', corpus({ ...two, 'metadata.csv': two['metadata.csv'].replace('id,date,', 'id,Date,') }), '--out', out]);
    expect(none.code).toBe(0);
    expect(none.out).toContain('warning: no document has a date (field "date", ISO 8601): trends.csv is empty');
    expect(cli(['--corpus', corpus(two), '--out', out]).out).not.toContain('ISO 8601');
  });

  it('announces a Latin-script document that is not English, by its language field or its function words', () => {
    const out = join(tmp('failures-out'), 'out');
    const r = cli(['--corpus', corpus({
      ...two,
      'fr.txt': 'Nous condamnons la frappe contre les civils. La France appelle à la retenue et au respect du droit.\n',
      'es.txt': 'The talks went well.\n',
      'metadata.csv': `${two['metadata.csv'].replace('id,date,issuer,country\n', 'id,date,issuer,country,language\n').replace(/\n(a|b),(.*)/g, '\n$1,$2,en')}es,2022-03-01,Ministry A,Atlantis,es\n`,
    }), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning: es does not look English (its language field says es)');
    expect(r.out).toContain('warning: fr does not look English (more French, German, Spanish, Italian or Portuguese function words than English ones)');
    expect(r.out).not.toMatch(/warning: (a|b) does not look English/);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.corpus.documents_not_english.map((d: { id: string }) => d.id)).toEqual(['es', 'fr']);
  });

  it('a corpus folder with no documents: exit 2, and the earlier outputs in --out stay as they were', () => {
    const out = join(tmp('failures-out'), 'out');
    expect(cli(['--corpus', corpus(two), '--out', out]).code).toBe(0);
    const hits = readFileSync(join(out, 'hits.csv'), 'utf8');
    const r = cli(['--corpus', corpus({ 'README.md': '# About this corpus\n' }), '--out', out]);
    expect(r.code).toBe(2);
    expect(r.err).toMatch(/corpus: no documents in the corpus folder \(\.txt or \.md files; README\.md only describes it\)$/m);
    expect(readFileSync(join(out, 'hits.csv'), 'utf8')).toBe(hits);
  });

  it('announces a document without a metadata row (the "(none)" group), one not in Latin script, and small groups', () => {
    const out = join(tmp('failures-out'), 'out');
    const r = cli(['--corpus', corpus({ ...two, 'c.txt': 'Sanctions were lifted.\n', 'r.txt': 'Санкции незаконны и нелегитимны.\n' }), '--out', out, '--group-by', 'country', '--min-docs', '2']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('groups: by the metadata field "country"');
    expect(r.out).toContain('warning: 2 documents have no country and form the group "(none)": c, r');
    expect(r.out).toContain('warning: r is not in Latin script (cyrillic)');
    expect(r.out).toContain('warning: because of the group "(none)", Atlantis and Borduria are each compared with the rest, not with each other; --compare Atlantis,Borduria compares them');
    expect(r.out).toContain('Atlantis (1); Borduria (1)');
    // ... and flagged in the table they stay in: one document each, under --min-docs 2; "(none)" has 2.
    const rates = readFileSync(join(out, 'rates_by_group.csv'), 'utf8').split('\n').filter((l) => l.includes(',illegal'));
    expect(rates.map((l) => `${l.split(',')[0]} ${l.split(',').at(-1)}`)).toEqual(['(none) false', 'Atlantis true', 'Borduria true']);
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.corpus.documents_without_group).toEqual(['c', 'r']);
    expect(m.corpus.documents_not_latin).toEqual([{ id: 'r', script: 'cyrillic' }]);
    const docs = readFileSync(join(out, 'documents.csv'), 'utf8');
    expect(docs.split('\n')[0]).toContain('language_detected');
    expect(docs).toMatch(/\nr,r\.txt,[^\n]*,cyrillic,/);
  });

  it('does not refuse the default grouping when no document has an issuer, but says so', () => {
    const out = join(tmp('failures-out'), 'out');
    const r = cli(['--corpus', corpus({ 'a.txt': 'It was illegal.\n' }), '--out', out]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('warning: 1 document has no issuer and forms the group "(none)": a');
  });

  it('--filter analyses the subset its metadata.csv field names, says how many files it left out, and refuses unknown fields', () => {
    const dir = corpus({ ...two, 'c.txt': 'Sanctions were lifted.\n', 'metadata.csv': `${two['metadata.csv']}c,2022-03-01,Ministry A,Atlantis\n` });
    const out = join(tmp('failures-out'), 'out');
    const r = cli(['--corpus', dir, '--out', out, '--filter', 'country=Atlantis']);
    expect(r.code).toBe(0);
    expect(r.out).toContain('--filter country=Atlantis: 1 files of the corpus folder left out');
    expect(r.out).toContain('documents: 2 read, 2 analysed, 0 rejected');
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.corpus.documents.map((d: { id: string }) => d.id)).toEqual(['a', 'c']);
    expect([m.corpus.files_filtered_out, m.options.filter]).toEqual([1, ['country=Atlantis']]);
    const two2 = cli(['--corpus', dir, '--out', out, '--filter', 'country=Atlantis', '--filter', 'country=Borduria']);
    expect(two2.out).toContain('documents: 3 read');
    const bad = cli(['--corpus', dir, '--out', join(tmp('failures-out'), 'x'), '--filter', 'region=North']);
    expect(bad.code).toBe(2);
    expect(bad.err).toMatch(/--filter region: not a column of .*metadata\.csv \(columns: id, date, issuer, country\)/);
    const none = cli(['--corpus', dir, '--out', join(tmp('failures-out'), 'y'), '--filter', 'country=Nowhere']);
    expect([none.code, none.err.includes('no document of')]).toEqual([2, true]);
  });
});
