import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { canonicalJson, sha256 } from '../../src/provenance/hash.ts';
import { listedOutputs, manifestJson, manifestPieces, runFingerprint, type Manifest, type ManifestInputs } from '../../src/provenance/manifest.ts';

function inputs(documents: { id: string; fingerprint: string }[]): ManifestInputs {
  return {
    framescope: { version: '0.1.0', code: 'c0de' },
    environment: { node: '20', libraries: { 'wink-nlp': '2.3.0' } },
    corpus: {
      fingerprint: 'c0', documents_read: documents.length, documents_analysed: documents.length, documents_rejected: 0,
      documents_without_date: 0, files_filtered_out: 0, documents_without_group: [], documents_not_latin: [], documents_not_english: [], documents_without_words: [], documentation_files: ['README.md'], words: 10, sentences: 2, documents,
    },
    lexicon: { name: 'l', version: '1', file: 'l.yaml', sha256: 'ab', categories: 1, entries: 2, negation: { name: 'n', version: '1', file: 'n.yaml', sha256: 'ef' } },
    boilerplate: { file: 'b.yaml', sha256: 'cd' },
    stopwords: { file: 's.txt', sha256: 'ee' },
    options: { seed: 1, workers: undefined },
  };
}

// The whole manifest as canonicalJson writes it in one piece, the form the pieces must reproduce.
function reference(m: Manifest): string {
  return `${canonicalJson(m, 2)}\n`;
}

describe('manifest.json in pieces', () => {
  const many = Array.from({ length: 2503 }, (_, i) => ({ id: `doc "${i}" é\u2028`, fingerprint: `f${i}` }));
  it.each([['no documents', []], ['one document', [{ id: 'a', fingerprint: 'f' }]], ['2,503 documents with quotes and non-ASCII ids', many]])(
    'gives the same text and run fingerprint as the whole-string form: %s', (_, docs) => {
      const m: Manifest = { ...inputs(docs), run_fingerprint: 'r', outputs: { 'a.csv': 'h' } };
      expect(manifestJson(m)).toBe(reference(m));
      expect([...manifestPieces(m)].length).toBe(docs.length === 0 ? 4 : Math.ceil(docs.length / 200) + 4);
      expect(runFingerprint(inputs(docs))).toBe(sha256(canonicalJson(inputs(docs))));
    });
});

describe('listedOutputs', () => {
  const outputs = { 'charts/rates.svg': 'h1', 'documents.csv': 'h2', 'hits.csv': 'h3', 'zé.csv': 'h4' };
  it.each([
    ['a small manifest, parsed whole', 3],
    // Over 1 MiB, with ids that look like the outputs key and characters of several bytes: read from the end.
    ['a 3 MB manifest, read from its end', 20_000],
  ])('gives the outputs a manifest lists: %s', (_, n) => {
    const docs = Array.from({ length: n }, (_, i) => ({ id: `d${i} \n  "outputs": { é中`, fingerprint: 'f'.repeat(64) }));
    const dir = mkdtempSync(join(tmpdir(), 'framescope-manifest-'));
    try {
      const file = join(dir, 'manifest.json');
      writeFileSync(file, manifestJson({ ...inputs(docs), run_fingerprint: 'r', outputs }));
      expect(statSync(file).size > 1 << 20).toBe(n > 3);
      expect(listedOutputs(file)).toEqual(Object.keys(outputs));
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
