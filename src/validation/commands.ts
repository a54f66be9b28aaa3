// The `sample` and `validate` commands: thin users of the validation verbs.
import { existsSync, mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { UsageError, type Options } from '../cli/options.ts';
import { readLexicon } from '../lexicon/index.ts';
import { PROJECT_ROOT } from '../provenance/versions.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import { writeCsv } from '../tables/csv.ts';
import { codingSheet } from './coding-sheet.ts';
import { GOLD_COLUMNS } from './gold-columns.ts';
import { analysedRows } from './run-tables.ts';
import { drawSample } from './sample.ts';

function requireOwnOut(o: Options, command: string): void {
  if (resolve(o.out) === resolve(PROJECT_ROOT, 'outputs')) throw new UsageError(`${command} needs --out DIR (a folder of its own, not the analysis outputs)`);
}

/** Writes DIR/sample.csv (items with blank code columns) and DIR/CODING.md; returns a one-line report. */
export async function sampleCommand(o: Options): Promise<string> {
  requireOwnOut(o, 'sample');
  const lexicon = readLexicon(o.lexicon);
  const tables = await analysedRows(o);
  const rows = drawSample(tables, { perCell: o.n, sentencesPerGroup: o.sentences, allNegated: o.allNegated, seed: o.seed });
  mkdirSync(o.out, { recursive: true });
  writeCsv(join(o.out, 'sample.csv'), GOLD_COLUMNS, rows);
  writeFileAtomic(join(o.out, 'CODING.md'), codingSheet(lexicon, { file: 'sample.csv', runFingerprint: tables.runFingerprint, seed: o.seed }));
  const hits = rows.filter((r) => r.kind === 'hit').length;
  return `sample: ${hits} hits and ${rows.length - hits} sentences to code in ${join(o.out, 'sample.csv')} (coding sheet: CODING.md)`;
}

export function checkGoldFiles(files: string[]): void {
  for (const f of files) if (!existsSync(f)) throw new UsageError(`--gold ${f}: no such file`);
}

export async function validateCommand(o: Options): Promise<string> {
  checkGoldFiles(o.gold);
  throw new UsageError('validate: not yet implemented');
}
