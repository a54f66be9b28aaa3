import { describe, expect, it } from 'vitest';
import { Mulberry32, mulberry32 } from '../../src/stats/random.ts';

// bryc's JavaScript mulberry32 (github.com/bryc/code, jshash/PRNGs.md), transcribed as published: the reference.
function brycMulberry32(a: number): () => number {
  return function () {
    a |= 0; a = a + 0x6D2B79F5 | 0;
    let t = Math.imul(a ^ a >>> 15, 1 | a);
    t = t + Math.imul(t ^ t >>> 7, 61 | t) ^ t;
    return ((t ^ t >>> 14) >>> 0) / 4294967296;
  };
}

describe('mulberry32', () => {
  it('gives the published generator\'s sequence', () => {
    for (const seed of [0, 1, 20211116, 0xffffffff]) {
      const ref = brycMulberry32(seed);
      const ours = mulberry32(seed);
      for (let k = 0; k < 1000; k++) expect(ours()).toBe(ref());
    }
  });
  it('counts draws as one call per draw would, and goes on from where they stop', () => {
    const ref = brycMulberry32(42);
    const want = new Int32Array(7);
    for (let d = 0; d < 500; d++) want[Math.floor(ref() * 7)]!++;
    const g = new Mulberry32(42);
    const got = new Int32Array(7);
    g.countDraws(got, 300, 7);
    g.countDraws(got, 200, 7);
    expect([...got]).toEqual([...want]);
    expect(g.next()).toBe(ref());
  });
});
