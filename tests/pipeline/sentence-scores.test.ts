import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { RankColumns, SentenceScores } from '../../src/engine/sentence-scores.ts';
import { pearsonOfPairs, spearmanRho } from '../../src/stats/index.ts';

const dir = mkdtempSync(join(tmpdir(), 'framescope-scores-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Sentence i has the values i + 0.25 and -i in its two columns; pushed in uneven batches.
function fill(store: SentenceScores, n: number): void {
  for (let i = 0; i < n; ) {
    const batch = Math.min(n - i, 1 + (i % 97));
    const v = new Float64Array(batch * 2);
    for (let k = 0; k < batch; k++) { v[2 * k] = i + k + 0.25; v[2 * k + 1] = -(i + k); }
    store.push(v);
    i += batch;
  }
}

describe('SentenceScores', () => {
  // 100,000 sentences x 2 columns: several of the 65,536-value buffers, so chunk boundaries are crossed.
  const n = 100_000;
  it.each([['spooled to a file', join(dir, 'scores.bin')], ['kept in memory', null]])('gives every column back in order, %s', (_, spool) => {
    const store = new SentenceScores(2, spool);
    fill(store, n);
    expect(store.n).toBe(n);
    const a = store.column(0), b = store.column(1);
    expect(a.length).toBe(n);
    expect([a[0], a[65_535], a[n - 1]]).toEqual([0.25, 65_535.25, n - 1 + 0.25]);
    expect([b[0], b[32_768], b[n - 1]]).toEqual([-0, -32_768, -(n - 1)]);
    let ok = true;
    for (let i = 0; i < n; i++) if (a[i] !== i + 0.25 || b[i] !== -i) ok = false;
    expect(ok).toBe(true);
    // Read twice, the same values; more sentences after a read are appended.
    expect(store.column(0)[n - 1]).toBe(n - 1 + 0.25);
    store.push(Float64Array.of(7, 8));
    expect(store.column(1)[n]).toBe(8);
    store.dispose();
    if (spool) expect(existsSync(spool)).toBe(false);
    expect(() => store.column(0)).toThrow(/after dispose/);
  });
  it('refuses a batch that is not whole sentences', () => {
    const store = new SentenceScores(3, null);
    expect(() => store.push(new Float64Array(4))).toThrow(/4 sentence scores for 3 columns/);
  });
});

describe('RankColumns', () => {
  // Three columns across read-chunk boundaries (65,536 ranks a chunk), by hand: column c of sentence k is k * (c + 1) % 7.
  const n = 2 * 65536 + 5;
  const value = (c: number, k: number) => ((k * (c + 1)) % 7) + 0.5;
  const fill = (store: RankColumns, c: number) => store.add((put) => { for (let k = 0; k < n; k++) put(value(c, k)); });
  for (const where of ['a file', 'memory'] as const) {
    it(`gives each pair of columns back in order, from ${where}`, () => {
      const dir = mkdtempSync(join(tmpdir(), 'framescope-ranks-'));
      const file = where === 'a file' ? join(dir, 'ranks.bin') : null;
      const store = new RankColumns(n, file);
      try {
        expect([0, 1, 2].map((c) => fill(store, c))).toEqual([0, 1, 2]);
        if (file) expect(existsSync(file)).toBe(true);
        let k = 0;
        let wrong = 0;
        store.eachPair(2, 0, (x, y) => { if (x !== value(2, k) || y !== value(0, k)) wrong++; k++; });
        expect(k).toBe(n);
        expect(wrong).toBe(0);
      } finally {
        store.dispose();
      }
      if (file) expect(existsSync(file)).toBe(false);
      rmSync(dir, { recursive: true, force: true });
    });
  }
  it('makes Spearman\'s rho from stored ranks equal to ranking in memory', () => {
    // Ranks of x = [1, 2, 2, 5] and y = [3, 1, 4, 4] with ties averaged: [1, 2.5, 2.5, 4] and [2, 1, 3.5, 3.5].
    const store = new RankColumns(4, null);
    store.add((put) => [1, 2.5, 2.5, 4].forEach(put));
    store.add((put) => [2, 1, 3.5, 3.5].forEach(put));
    expect(pearsonOfPairs(4, (fn) => store.eachPair(0, 1, fn))).toBe(spearmanRho([1, 2, 2, 5], [3, 1, 4, 4]));
  });
});
