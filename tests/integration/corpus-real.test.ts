// Integration: the whole pipeline on the 500 real communiqués of FRAMESCOPE_REAL_CORPUS (CI sets it).
import { parse } from 'csv-parse/sync';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/options.ts';
import { loadDocument, openCorpus, readBoilerplateRules } from '../../src/corpus/index.ts';
import { runAnalysis, type RunReport } from '../../src/engine/run.ts';

import { REAL, realPresent as present, skipReason } from '../pipeline/helpers.ts';

describe.skipIf(!present)(`pipeline on the 500-document test corpus${skipReason}`, () => {
  let out: string;
  let report: RunReport;
  beforeAll(async () => {
    out = mkdtempSync(join(tmpdir(), 'framescope-real-'));
    const { options } = parseOptions(['--corpus', REAL, '--out', out, '--quiet', '--no-charts']);
    report = await runAnalysis(options);
  });

  const csv = (name: string) => parse(readFileSync(join(out, name), 'utf8'), { columns: true }) as Record<string, string>[];

  it('reads the 500 documents and loses none: read = analysed + rejected', () => {
    expect(report.read).toBe(500);
    expect(report.analysed + report.rejected.length).toBe(report.read);
    expect(csv('documents.csv').length).toBe(report.analysed);
    expect(csv('rejected.csv').length).toBe(report.rejected.length);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(manifest.corpus.documents_read).toBe(500);
    expect(manifest.corpus.documents_analysed + manifest.corpus.documents_rejected).toBe(500);
  });

  it('every hit slices the cleaned text to exactly its matched text', () => {
    const corpus = openCorpus(REAL);
    const rules = readBoilerplateRules(resolve(__dirname, '../../lexicons/boilerplate.yaml'));
    const texts = new Map<string, string>();
    for (const f of corpus.files) {
      const r = loadDocument(corpus, f, rules);
      if (r.ok) texts.set(r.document.id, r.document.text);
    }
    const hits = csv('hits.csv');
    expect(hits.length).toBeGreaterThan(1000);
    let bad = 0;
    for (const h of hits) {
      const text = texts.get(h.doc_id!)!;
      const matched = h.matched!.startsWith("'") && /^'[=+\-@\t\r]/.test(h.matched!) ? h.matched!.slice(1) : h.matched!;
      if (text.slice(Number(h.char_start), Number(h.char_end)) !== matched) bad++;
    }
    expect(bad).toBe(0);
  });

  it('marker counts agree with the concordance', () => {
    const hits = csv('hits.csv');
    const counts = csv('marker_counts.csv');
    const fromHits = new Map<string, number>();
    for (const h of hits) fromHits.set(`${h.doc_id}|${h.category}`, (fromHits.get(`${h.doc_id}|${h.category}`) ?? 0) + 1);
    for (const c of counts) expect(Number(c.count)).toBe(fromHits.get(`${c.doc_id}|${c.category}`) ?? 0);
    const total = counts.reduce((s, c) => s + Number(c.count), 0);
    expect(total).toBe(hits.length);
  });

  it('the corpus has 320 U.S. and 180 Russian documents, as SOURCE.md says', () => {
    const docs = csv('documents.csv');
    expect(docs.filter((d) => d.country === 'United States').length).toBe(320);
    expect(docs.filter((d) => d.country === 'Russia').length).toBe(180);
  });
});
