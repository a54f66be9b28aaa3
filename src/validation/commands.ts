// The `sample` and `validate` commands: thin users of the validation verbs.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, type Options } from '../cli/options.ts';
import { readLexicons } from '../lexicon/index.ts';
import { nestingProblem } from '../output-folder/index.ts';
import { PROJECT_ROOT } from '../provenance/versions.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import { writeCsv } from '../tables/csv.ts';
import { codingSheet } from './coding-sheet.ts';
import { GOLD_COLUMNS } from './gold-columns.ts';
import { analysedRows } from './run-tables.ts';
import { carryCodes, codedKeys, drawSample } from './sample.ts';
import { readGold } from './gold.ts';
import { validate, VALIDATION_COLUMNS } from './validate.ts';
import { validationMarkdown } from './report.ts';
import { validationChart } from './chart.ts';

function requireOwnOut(o: Options, command: string): void {
  if (resolve(o.out) === resolve(PROJECT_ROOT, 'outputs')) throw new UsageError(`${command} needs --out DIR (a folder of its own, not the analysis outputs)`);
  // CODING.md and VALIDATION.md inside the corpus would be read as documents.
  const nested = nestingProblem(o.corpus, o.out);
  if (nested !== null) throw new UsageError(nested);
}

/** Writes DIR/sample.csv (items with blank code columns) and DIR/CODING.md; returns a one-line report. */
export async function sampleCommand(o: Options): Promise<string> {
  requireOwnOut(o, 'sample');
  const lexicon = readLexicons(o.lexicon);
  checkGoldFiles(o.gold);
  if (o.fresh && o.gold.length === 0) throw new UsageError('sample --fresh needs the earlier sheets whose items to leave out (--gold FILE)');
  const gold = o.gold.flatMap((f) => readGold(f, lexicon.categories.map((c) => c.id)));
  const tables = await analysedRows(o);
  const exclude = o.fresh ? codedKeys(gold) : undefined;
  const rows = drawSample(tables, { perCell: o.n, sentencesPerGroup: o.sentences, allNegated: o.allNegated, seed: o.seed, exclude });
  // Codes of earlier sheets carry over to the same items (same document, span and category): only new items need coding.
  const reused = carryCodes(rows, gold);
  mkdirSync(o.out, { recursive: true });
  writeCsv(join(o.out, 'sample.csv'), GOLD_COLUMNS, rows);
  writeFileAtomic(join(o.out, 'CODING.md'), codingSheet(lexicon, { file: 'sample.csv', runFingerprint: tables.runFingerprint, seed: o.seed }));
  const hits = rows.filter((r) => r.kind === 'hit').length;
  const left = exclude ? `; ${exclude.size} items coded in ${o.gold.length} earlier sheet${o.gold.length > 1 ? 's' : ''} left out (all items held out: split test)` : '';
  const carried = o.gold.length > 0 && !exclude ? `; ${reused} carry codes from ${o.gold.length} earlier sheet${o.gold.length > 1 ? 's' : ''}, ${rows.length - reused} to code` : '';
  return `sample: ${hits} hits and ${rows.length - hits} sentences to code in ${join(o.out, 'sample.csv')} (coding sheet: CODING.md)${carried}${left}`;
}

export function checkGoldFiles(files: string[]): void {
  for (const f of files) if (!existsSync(f)) throw new UsageError(`--gold ${f}: no such file`);
}

/** Writes DIR/validation.csv and DIR/VALIDATION.md; returns the summary printed to the terminal. */
export async function validateCommand(o: Options): Promise<string> {
  requireOwnOut(o, 'validate');
  checkGoldFiles(o.gold);
  const lexicon = readLexicons(o.lexicon);
  const ids = lexicon.categories.map((c) => c.id);
  // Every sheet is read and checked before the corpus is analysed or anything written.
  const gold = o.gold.flatMap((f) => readGold(f, ids));
  const tables = await analysedRows(o);
  const v = validate(gold, tables, ids);
  if (v.coverage.unknownDocuments.length === gold.length) {
    throw new UsageError(`validate: none of the ${gold.length} coded items is from a document of ${o.corpus} (document fingerprints differ: another corpus, or other cleaning rules?)`);
  }
  mkdirSync(o.out, { recursive: true });
  writeCsv(join(o.out, 'validation.csv'), VALIDATION_COLUMNS, v.rows);
  const md = validationMarkdown(v, { lexicon: `${lexicon.name} ${lexicon.version}`, corpus: o.corpus, runFingerprint: tables.runFingerprint, files: o.gold });
  writeFileAtomic(join(o.out, 'VALIDATION.md'), md.text);
  const written = [join(o.out, 'validation.csv'), join(o.out, 'VALIDATION.md')];
  const split = v.rows.some((r) => r.split === 'test') ? 'test' : '(all)';
  const spec = o.charts ? validationChart(v.rows, split, `${lexicon.name} ${lexicon.version}; ${split === 'test' ? 'held-out split' : 'all coded items'}`) : null;
  if (spec) {
    const { writeChart } = await import('../charts/render.ts');
    written.push((await writeChart(o.out, 'validation', spec)).png);
  }
  return [...md.warnings.map((w) => `warning: ${w}`), md.summary, `written: ${written.join(', ')}`].join('\n');
}
