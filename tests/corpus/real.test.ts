import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE, loadDocument, openCorpus, readBoilerplateRules, type Corpus, type Document, type LoadResult } from '../../src/corpus/index.ts';

import { REAL, realPresent, skipReason } from '../pipeline/helpers.ts';

// The 500-document test set lives outside the repository (read-only); without it this block is skipped.
describe.skipIf(!realPresent)(`real corpus${skipReason}`, () => {
  // Loaded in beforeAll: a skipped suite's body still runs at collection, and the folder may be absent.
  let c: Corpus;
  let results: LoadResult[];
  let docs: Document[];
  let byId: Map<string, Document>;
  beforeAll(() => {
    const rules = readBoilerplateRules(DEFAULT_BOILERPLATE);
    c = openCorpus(REAL);
    results = c.files.map((f) => loadDocument(c, f, rules));
    docs = results.flatMap((r) => (r.ok ? [r.document] : []));
    byId = new Map(docs.map((d) => [d.id, d]));
  });

  it('loads every file without a rejection, and every metadata row finds its document', () => {
    expect(results.filter((r) => !r.ok)).toEqual([]);
    expect(c.unmatchedMetadata).toEqual([]);
    expect(c.metadata.size).toBe(500);
    // SOURCE.md describes the set: it is listed as corpus documentation, not analysed as a 501st document.
    expect(c.files).toHaveLength(500);
    expect(c.files.every((f) => f.endsWith('.txt'))).toBe(true);
    expect(c.documentation).toEqual(['SOURCE.md']);
  });

  it('gives each of the 500 documents its metadata row', () => {
    for (const id of c.metadata.keys()) {
      const d = byId.get(id);
      expect(d, id).toBeDefined();
      expect(d!.meta.date, id).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(d!.meta.issuer, id).toBeTruthy();
    }
  });

  it('leaves the already-cleaned texts as they are (SOURCE.md: NFC, blank lines, no boilerplate)', () => {
    for (const d of docs.filter((x) => x.path.endsWith('.txt'))) {
      // The only change cleaning makes to these files: non-breaking hyphens (U+2011, in two documents) become '-'.
      expect(d.text, d.path).toBe(readFileSync(`${REAL}/${d.path}`, 'utf8').trim().replace(/\u2011/g, '-'));
      expect(d.boilerplateLines, d.path).toBe(0);
    }
  });
});
