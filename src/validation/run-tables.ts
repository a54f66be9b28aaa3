// The rows of an analysis run that validation needs (hits, sentences, documents), made by a fresh run in a scratch folder.
import { parse } from 'csv-parse/sync';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Options } from '../cli/options.ts';
import { runAnalysis } from '../engine/run.ts';

export interface HitRow {
  doc_id: string; sentence_index: number; char_start: number; char_end: number;
  category: string; entry: string; matched: string; negated: boolean; negation_cue: string;
  left_context: string; right_context: string;
}
export interface SentenceRow { doc_id: string; sentence_index: number; char_start: number; char_end: number; text: string; categories: string[] }
export interface DocumentRow { id: string; fingerprint: string; group: string }

export interface RunTables {
  runFingerprint: string;
  lexiconVersion: string;
  hits: HitRow[];
  sentences: SentenceRow[];
  documents: Map<string, DocumentRow>;
}

// A CSV cell written with the injection guard gets its leading quote back off.
const unguard = (s: string) => (/^'[=+\-@\t\r]/.test(s) ? s.slice(1) : s);

function readCsv(file: string): Record<string, string>[] {
  return parse(readFileSync(file, 'utf8'), { columns: true }) as Record<string, string>[];
}

/** Runs the analysis of `o.corpus` (no charts) in a scratch folder and reads back the rows validation needs. */
export async function analysedRows(o: Options): Promise<RunTables> {
  const out = mkdtempSync(join(tmpdir(), 'framescope-validation-'));
  try {
    const report = await runAnalysis({ ...o, out, charts: false, quiet: true, shard: null });
    const groupBy = o.groupBy ?? 'issuer';
    const documents = new Map<string, DocumentRow>();
    for (const d of readCsv(join(out, 'documents.csv'))) {
      const g = d[groupBy] ?? d[`meta_${groupBy}`] ?? '';
      documents.set(d.doc_id!, { id: d.doc_id!, fingerprint: d.fingerprint!, group: g === '' ? '(none)' : unguard(g) });
    }
    const hits: HitRow[] = readCsv(join(out, 'hits.csv')).map((h) => ({
      doc_id: h.doc_id!, sentence_index: Number(h.sentence_index), char_start: Number(h.char_start), char_end: Number(h.char_end),
      category: h.category!, entry: unguard(h.entry!), matched: unguard(h.matched!), negated: h.negated === 'true',
      negation_cue: unguard(h.negation_cue ?? ''), left_context: unguard(h.left_context!), right_context: unguard(h.right_context!),
    }));
    const sentences: SentenceRow[] = readCsv(join(out, 'sentences.csv')).map((s) => ({
      doc_id: s.doc_id!, sentence_index: Number(s.sentence_index), char_start: Number(s.char_start), char_end: Number(s.char_end),
      text: unguard(s.text!), categories: s.categories ? s.categories.split(';') : [],
    }));
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { lexicon: { version: string } };
    return { runFingerprint: report.runFingerprint, lexiconVersion: manifest.lexicon.version, hits, sentences, documents };
  } finally {
    rmSync(out, { recursive: true, force: true });
  }
}
