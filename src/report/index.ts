// The report verb: an output folder -> report.html, one self-contained page where every number opens the sentences behind it.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { writeFileAtomic } from '../tables/atomic.ts';
import { MANIFEST } from '../provenance/manifest.ts';
import { describeCorpus } from '../provenance/citation.ts';
import { readReportData, type ReportData, type RunRecord } from './data.ts';
import { reportHtml } from './html.ts';

export { readReportData, unguard, type ReportData, type RunRecord } from './data.ts';
export { reportHtml } from './html.ts';

export const REPORT = 'report.html';

export interface ReportWritten {
  file: string;
  bytes: number;
  ms: number;
  documents: number;
  hits: number;
}

/** A line naming the corpus: documents, issuers, dates (as CITATION.md says it). */
function title(data: ReportData): string {
  const o = data.overview;
  const issuerCol = data.main.documents.columns.indexOf('issuer');
  const issuers = issuerCol < 0 ? [] : [...new Set(data.main.documents.rows.map((r) => r[issuerCol]!).filter((x) => x !== ''))];
  return describeCorpus({ documents: o.documents, issuers, dateFrom: o.dateFrom || null, dateTo: o.dateTo || null });
}

/**
 * Writes DIR/report.html from the output folder DIR. `run` is the run's record; without it DIR/manifest.json is read.
 * `validation`: a folder written by `validate` whose validation.csv the report shows (DIR's own is shown too).
 */
export function writeReport(dir: string, options: { run?: RunRecord; validation?: string | null } = {}): ReportWritten {
  const t0 = performance.now();
  let run = options.run;
  if (!run) {
    const file = join(dir, MANIFEST);
    if (!existsSync(file)) throw new Error(`${file}: no manifest.json in this folder (report reads the outputs of a finished run)`);
    run = JSON.parse(readFileSync(file, 'utf8')) as RunRecord;
  }
  const data = readReportData(dir, run, { validation: options.validation ?? null });
  const html = reportHtml(data, title(data));
  const file = join(dir, REPORT);
  writeFileAtomic(file, html);
  return { file, bytes: Buffer.byteLength(html, 'utf8'), ms: performance.now() - t0, documents: data.main.group.length, hits: data.overview.hits };
}
