import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE, loadDocument, openCorpus, readBoilerplateRules } from '../../src/corpus/index.ts';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
describe('bundled demo corpus', () => {
  const c = openCorpus(CORPUS);
  const rules = readBoilerplateRules(DEFAULT_BOILERPLATE);

  it('holds the 320 State Department releases and the founding communiqué, every one with a metadata row', () => {
    expect(c.files.length).toBe(321);
    expect(c.files.filter((f) => f.startsWith('usdos-')).length).toBe(320);
    expect(c.unmatchedMetadata).toEqual([]);
    expect(c.documentation).toEqual(['SOURCE.md']);
    expect(c.files.every((f) => c.metadata.has(f.replace(/\.txt$/, '')))).toBe(true);
  });

  it('keeps the founding communiqué with its metadata (seed README)', () => {
    const r = loadDocument(c, 'interagency-hq-syria-2021-11-16.txt', rules);
    if (!r.ok) throw new Error(r.rejection.reason);
    expect(r.document.meta).toMatchObject({
      id: 'interagency-hq-syria-2021-11-16', date: '2021-11-16', issuer: 'Russian and Syrian interagency coordination headquarters',
      country: 'Russia; Syria', language: 'en', translated: 'true', distributor: 'MIL OSI',
    });
    expect(r.document.boilerplateLines).toBe(5);
  });
});
