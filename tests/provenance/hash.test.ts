import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { canonicalJson, corpusFingerprint } from '../../src/provenance/hash.ts';

describe('canonicalJson', () => {
  it('sorts object keys at every level, inside arrays too, and keeps array order', () => {
    const value = { b: 1, a: [{ d: 2, c: 3 }, { c: 1 }], e: { g: null, f: 'x' } };
    expect(canonicalJson(value)).toBe('{"a":[{"c":3,"d":2},{"c":1}],"b":1,"e":{"f":"x","g":null}}');
    // The input is left as it was.
    expect(Object.keys(value)).toEqual(['b', 'a', 'e']);
    expect(Object.keys(value.a[0]!)).toEqual(['d', 'c']);
  });
  it('writes sorted and unsorted versions of the same data identically, with indentation', () => {
    const sorted = { documents: [{ fingerprint: 'f1', id: 'a' }, { fingerprint: 'f2', id: 'b' }], n: 2 };
    const unsorted = { n: 2, documents: [{ id: 'a', fingerprint: 'f1' }, { id: 'b', fingerprint: 'f2' }] };
    expect(canonicalJson(unsorted, 2)).toBe(canonicalJson(sorted, 2));
    expect(canonicalJson(sorted, 2)).toBe('{\n  "documents": [\n    {\n      "fingerprint": "f1",\n      "id": "a"\n    },\n    {\n      "fingerprint": "f2",\n      "id": "b"\n    }\n  ],\n  "n": 2\n}');
  });
  it('writes objects that are not plain ones by their own keys, as before (a Date has none)', () => {
    expect(canonicalJson({ when: new Date(0) })).toBe('{"when":{}}');
  });
});

describe('corpusFingerprint', () => {
  // The definition: sha256 of the document fingerprints sorted and joined by line breaks.
  const byDefinition = (fps: string[]) => createHash('sha256').update([...fps].sort().join('\n')).digest('hex');
  it('is sha256 of the sorted fingerprints, one per line, also when hashed in pieces', () => {
    const fp = (k: number) => createHash('sha256').update(String(k)).digest('hex');
    for (const n of [0, 1, 1023, 1024, 1025, 2503]) {
      const fps = Array.from({ length: n }, (_, k) => fp(k));
      expect(corpusFingerprint(fps)).toBe(byDefinition(fps));
    }
    // The empty corpus: sha256 of the empty text.
    expect(corpusFingerprint([])).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
  });
});
