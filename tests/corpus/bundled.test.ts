import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { DEFAULT_BOILERPLATE, loadDocument, openCorpus, readBoilerplateRules } from '../../src/corpus/index.ts';

const CORPUS = fileURLToPath(new URL('../../corpus/', import.meta.url));
const SEED = '/work/shared/seed/interagency-hq-syria-2021-11-16.txt';

describe('bundled sample corpus', () => {
  const c = openCorpus(CORPUS);
  const rules = readBoilerplateRules(DEFAULT_BOILERPLATE);

  it('holds only the founding communiqué, with its metadata (seed README)', () => {
    expect(c.files).toEqual(['interagency-hq-syria-2021-11-16.txt']);
    expect(c.unmatchedMetadata).toEqual([]);
    const r = loadDocument(c, c.files[0]!, rules);
    if (!r.ok) throw new Error(r.rejection.reason);
    expect(r.document.meta).toMatchObject({
      id: 'interagency-hq-syria-2021-11-16', date: '2021-11-16', issuer: 'Russian and Syrian interagency coordination headquarters',
      country: 'Russia; Syria', language: 'en', translated: 'true', distributor: 'MIL OSI',
    });
    expect(r.document.boilerplateLines).toBe(5);
  });

  it.skipIf(!existsSync(SEED))('is the seed file byte for byte', () => {
    expect(readFileSync(CORPUS + 'interagency-hq-syria-2021-11-16.txt').equals(readFileSync(SEED))).toBe(true);
  });
});
