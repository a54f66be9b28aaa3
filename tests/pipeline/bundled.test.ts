// The founding communiqué end to end, checked against counts made by hand; the demo corpus's run as documented.
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { columnDocumented } from '../../src/provenance/codebook.ts';
import { TABLES } from '../../src/tables/schema.ts';
import { files, readCsv, ROOT, run, tmp } from './helpers.ts';

const SEED_ID = 'interagency-hq-syria-2021-11-16';

/** A corpus of the founding communiqué alone, with its row of the demo corpus's metadata. */
function seedCorpus(): string {
  const dir = join(tmp('seed'), 'corpus');
  mkdirSync(dir);
  copyFileSync(join(ROOT, 'corpus', `${SEED_ID}.txt`), join(dir, `${SEED_ID}.txt`));
  const lines = readFileSync(join(ROOT, 'corpus', 'metadata.csv'), 'utf8').split('\n');
  writeFileSync(join(dir, 'metadata.csv'), `${lines[0]}\n${lines.find((l) => l.startsWith(`${SEED_ID},`))}\n`);
  return dir;
}

describe('the founding communiqué', () => {
  let out: string;
  beforeAll(async () => {
    out = tmp('bundled');
    await run(['--corpus', seedCorpus(), '--out', out, '--no-charts']);
  });

  it('analyses the one document, with the 5 MIL OSI boilerplate lines stripped', () => {
    const docs = readCsv(out, 'documents.csv');
    expect(docs).toHaveLength(1);
    expect(docs[0]!.doc_id).toBe('interagency-hq-syria-2021-11-16');
    expect(docs[0]!.boilerplate_lines).toBe('5');
    expect(docs[0]!.date).toBe('2021-11-16');
    expect(docs[0]!.meta_translated).toBe('true');
    expect(readCsv(out, 'rejected.csv')).toHaveLength(0);
  });

  it('finds the markers counted by hand in the text', () => {
    // grep -oi WORD corpus/interagency-hq-syria-2021-11-16.txt | wc -l: sovereign 3, illegal 2,
    // hypocrisy 1, humanitarian 8; none of them is in a boilerplate line.
    const hits = readCsv(out, 'hits.csv');
    const containing = (w: string) => hits.filter((h) => h.matched!.toLowerCase().includes(w));
    expect(containing('sovereign')).toHaveLength(3);
    expect(containing('illegal')).toHaveLength(2);
    expect(containing('hypocrisy')).toHaveLength(1);
    expect(containing('humanitarian')).toHaveLength(8);
    expect(new Set(containing('humanitarian').map((h) => h.category))).toEqual(new Set(['humanitarian_return']));
    // "illegal armed groups" is one hit (longest match), not also a hit of "illegal".
    expect(containing('illegal').map((h) => h.entry).sort()).toEqual(['illegal', 'illegal armed groups']);
  });

  it('gives every hit a slice of the cleaned text equal to its matched text, and sums the counts', () => {
    const hits = readCsv(out, 'hits.csv');
    const counts = readCsv(out, 'marker_counts.csv');
    expect(counts.reduce((s, c) => s + Number(c.count), 0)).toBe(hits.length);
    const docs = readCsv(out, 'documents.csv');
    expect(Number(docs[0]!.n_hits)).toBe(hits.length);
    const sentences = readCsv(out, 'sentences.csv');
    expect(sentences).toHaveLength(Number(docs[0]!.n_sentences));
    expect(sentences.reduce((s, x) => s + Number(x.n_words), 0)).toBe(Number(docs[0]!.n_words));
  });

  it('writes no column the codebook lacks', () => {
    const schemas = Object.values(TABLES);
    for (const f of files(out).filter((x) => x.endsWith('.csv'))) {
      const schema = schemas.find((t) => t.file === f);
      expect(schema, `${f} has no schema`).toBeDefined();
      const header = readFileSync(join(out, f), 'utf8').split('\n')[0]!.split(',');
      for (const col of header) expect(columnDocumented(schema!, col), `${f}: ${col}`).toBe(true);
    }
    const codebook = readFileSync(join(out, 'CODEBOOK.md'), 'utf8');
    for (const t of schemas) expect(codebook).toContain(`## ${t.file}`);
  });

  it('records what made the run in the manifest and the citation', () => {
    const m = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(m.corpus.documents_read).toBe(1);
    expect(m.corpus.documents_analysed + m.corpus.documents_rejected).toBe(m.corpus.documents_read);
    expect(m.lexicon.version).toBe('1.2.0');
    expect(m.run_fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect(Object.keys(m.outputs)).toEqual(files(out).filter((f) => f !== 'manifest.json'));
    expect(readFileSync(join(out, 'CITATION.md'), 'utf8')).toContain(m.run_fingerprint);
    // The bundled lexicon says how it was validated, and the citation carries it.
    expect(m.lexicon.validation).toMatch(/^On a fresh draw of 768 hand-coded items/);
    expect(readFileSync(join(out, 'CITATION.md'), 'utf8')).toContain(`| lexicon validation | ${m.lexicon.validation} |`);
  });
});

describe('the demo corpus', () => {
  it('analyses all 321 documents, grouped by its own group field (before and from 24 February 2022)', async () => {
    const out = tmp('demo');
    const report = await run(['--out', out, '--no-charts']);
    expect([report.read, report.analysed, report.rejected.length]).toEqual([321, 321, 0]);
    expect(report.groupBy).toBe('group');
    expect(report.withoutGroup).toEqual([]);
    // corpus/metadata.csv: 117 State Department releases dated before 2022-02-24 and the 2021 communiqué; 203 from that day.
    const docs = readCsv(out, 'documents.csv');
    const count = (g: string) => docs.filter((d) => d.meta_group === g).length;
    expect([count('before 24 Feb 2022'), count('from 24 Feb 2022')]).toEqual([118, 203]);
    expect(new Set(docs.map((d) => d.language_detected))).toEqual(new Set(['latin']));
    expect(JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')).options.group_by).toBe('group');
  });
});

describe('--sentiment', () => {
  it('writes only the chosen scorers\' columns', async () => {
    const out = tmp('vader-only');
    await run(['--corpus', seedCorpus(), '--out', out, '--no-charts', '--sentiment', 'vader']);
    const header = (f: string) => readFileSync(join(out, f), 'utf8').split('\n')[0]!.split(',');
    expect(header('sentences.csv').filter((c) => /wink|afinn|vader/.test(c))).toEqual(['vader_compound', 'vader_pos', 'vader_neu', 'vader_neg', 'polarity_vader']);
    expect(header('documents.csv').filter((c) => /wink|afinn|vader/.test(c))).toEqual(['vader_mean', 'vader_share_negative']);
    // One scorer: no pair to compare.
    expect(readCsv(out, 'scorer_agreement.csv')).toHaveLength(0);
  });
});
