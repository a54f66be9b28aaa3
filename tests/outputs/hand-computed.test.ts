// The hand-computed tables of tests/e2e (keyness, category keyness, dispersion, collocations, rates by group, frame
// tone), made by the library's verbs in this process and written as the CSV writer writes them. The command's run of
// the same corpus is checked against the same figures in tests/e2e/tables.test.ts; here the row builders of
// src/outputs run inside each test, where mutation testing (the `outputs` folder) can see what the tests catch.
import { parse } from 'csv-parse/sync';
import { beforeAll } from 'vitest';
import { analyze, readCorpus, textstatCategoryKeyness, textstatCollocations, textstatDispersion, textstatFrameTone, textstatKeyness, textstatRates, type AnalysedCorpus } from '../../src/index.ts';
import { toCsv } from '../../src/tables/csv.ts';
import { TABLES } from '../../src/tables/schema.ts';
import { CORPUS, LEXICON } from '../e2e/cli.ts';
import { handComputedTables } from '../e2e/hand-computed.ts';

let result: AnalysedCorpus;
beforeAll(() => {
  result = analyze(readCorpus(CORPUS).documents, { lexicon: LEXICON, sentiment: ['afinn'], window: 5 });
});

// The command's options of the e2e run (tests/e2e/hand-computed.ts). A new `where` on every call: the verbs keep
// each fold and resampling by their options, and a table served from there would be made by an earlier test.
const options = () => ({ minFreq: 5, keepStopwords: true, keepNames: true, seed: 20211116, bootstrap: 2000, period: 'month' as const, where: () => true });

const make: Record<string, () => unknown> = {
  'keyness.csv': () => textstatKeyness(result, options()),
  'category_keyness.csv': () => textstatCategoryKeyness(result, options()),
  'dispersion.csv': () => textstatDispersion(result, options()),
  'collocations.csv': () => textstatCollocations(result, options()),
  'rates_by_group.csv': () => textstatRates(result, options()),
  'frame_tone.csv': () => textstatFrameTone(result, options()),
};

handComputedTables(async (file) => {
  const table = (await make[file]!()) as { objects: () => Record<string, unknown>[] };
  const name = Object.values(TABLES).find((t) => t.file === file)!;
  const columns = name.columns.map((c) => c.name);
  return parse(toCsv(columns, table.objects() as never), { columns: true }) as Record<string, string>[];
});
