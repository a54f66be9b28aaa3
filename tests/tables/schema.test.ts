// The schema is the codebook's source: every table's file, columns, types, units and descriptions reach
// CODEBOOK.md, which a person reviewed when it was committed (outputs/CODEBOOK.md). A changed column name,
// type or unit in src/tables/schema.ts shows here, in this process (the CLI tests run a child process).
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { codebookMarkdown } from '../../src/provenance/codebook.ts';
import { ALL, KNOWN_METADATA, TABLES } from '../../src/tables/schema.ts';

describe('src/tables/schema.ts', () => {
  it('generates the committed codebook, byte for byte', () => {
    expect(codebookMarkdown()).toBe(readFileSync('outputs/CODEBOOK.md', 'utf8'));
  });

  it('names the files a run writes, as the README lists them', () => {
    expect(Object.values(TABLES).map((t) => t.file).sort()).toEqual([
      'categories.csv', 'category_keyness.csv', 'collocations.csv', 'dispersion.csv', 'documents.csv', 'frame_tone.csv', 'hits.csv',
      'keyness.csv', 'marker_counts.csv', 'rates_by_group.csv', 'rejected.csv', 'scorer_agreement.csv', 'sentences.csv', 'trends.csv',
    ]);
  });

  it('keeps the known metadata fields but id (documents.csv has doc_id) and calls the whole corpus "(all)"', () => {
    expect(KNOWN_METADATA).toEqual(['date', 'issuer', 'country', 'title', 'source_url', 'language']);
    expect(ALL).toBe('(all)');
  });

  it('gives the keyness tables the same statistic columns, and types the counts as integers', () => {
    const names = (t: keyof typeof TABLES) => TABLES[t].columns.map((c) => c.name);
    expect(names('keyness')).toEqual(names('category_keyness'));
    const type = (t: keyof typeof TABLES, c: string) => TABLES[t].columns.find((x) => x.name === c)?.type;
    expect([type('keyness', 'freq_target'), type('keyness', 'g2'), type('documents', 'date'), type('hits', 'negated')]).toEqual(['integer', 'number', 'date', 'boolean']);
  });
});
