// Regrouping through the library gives the command's tables: analysed once, folded by another field.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { analyze, readCorpus, textstatCategoryKeyness, textstatCollocations, textstatDispersion, textstatKeyness, textstatCategories, textstatFrameTone, textstatRates, textstatTrends, type AnalysedCorpus } from '../../src/index.ts';
import { rowLine } from '../../src/tables/csv.ts';
import { afterAll } from 'vitest';
import { analyzeOk, cleanUp } from '../e2e/cli.ts';

let result: AnalysedCorpus;
let out = '';
let outBefore = '';

beforeAll(async () => {
  result = analyze(readCorpus('corpus').documents);
  out = await analyzeOk(['--corpus', 'corpus', '--group-by', 'speaker']);
  outBefore = await analyzeOk(['--corpus', 'corpus', '--group-by', 'speaker', '--filter', 'group=before 24 Feb 2022']);
}, 300_000);
afterAll(cleanUp);

/** A table's rows as the CSV lines the command writes. */
function lines(t: ReturnType<typeof textstatKeyness>): string {
  const columns = t.columnNames();
  return [columns.join(',') + '\n', ...t.objects().map((r) => rowLine(columns, r as Record<string, never>))].join('');
}

describe('textstat verbs over one analysis, regrouped', () => {
  it('keyness by speaker equals keyness.csv of a command run with --group-by speaker, byte for byte', () => {
    expect(lines(textstatKeyness(result, { groupBy: 'speaker' }))).toBe(readFileSync(join(out, 'keyness.csv'), 'utf8'));
  });

  it('category keyness by speaker equals category_keyness.csv of that run', () => {
    expect(lines(textstatCategoryKeyness(result, { groupBy: 'speaker' }))).toBe(readFileSync(join(out, 'category_keyness.csv'), 'utf8'));
  });

  it("dispersion, collocations, categories, trends, rates by group and frame tone by speaker equal that run's tables", async () => {
    const file = (name: string) => readFileSync(join(out, name), 'utf8');
    expect(lines(textstatDispersion(result, { groupBy: 'speaker' }))).toBe(file('dispersion.csv'));
    expect(lines(textstatCollocations(result, { groupBy: 'speaker' }))).toBe(file('collocations.csv'));
    expect(lines(textstatCategories(result, { groupBy: 'speaker' }))).toBe(file('categories.csv'));
    expect(lines(textstatTrends(result, { groupBy: 'speaker' }))).toBe(file('trends.csv'));
    expect(lines(await textstatRates(result, { groupBy: 'speaker' }))).toBe(file('rates_by_group.csv'));
    expect(lines(await textstatFrameTone(result, { groupBy: 'speaker' }))).toBe(file('frame_tone.csv'));
  }, 120_000);

  it('a subset (`where`) equals a command run with --filter: the documents before 24 February 2022, by speaker', () => {
    const before = textstatCategoryKeyness(result, { groupBy: 'speaker', where: (m) => m.group === 'before 24 Feb 2022' });
    expect(lines(before)).toBe(readFileSync(join(outBefore, 'category_keyness.csv'), 'utf8'));
    expect(lines(textstatKeyness(result, { groupBy: 'speaker', where: (m) => m.group === 'before 24 Feb 2022' })))
      .toBe(readFileSync(join(outBefore, 'keyness.csv'), 'utf8'));
  });
});
