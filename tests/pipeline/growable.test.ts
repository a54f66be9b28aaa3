import { describe, expect, it } from 'vitest';
import { Growable } from '../../src/engine/corpus-state.ts';

describe('Growable', () => {
  it('keeps values across chunk boundaries: get, add and view as a plain array would', () => {
    const g = new Growable<Float64Array>((n) => new Float64Array(n), 3); // chunks of 8
    const plain: number[] = [];
    for (let i = 0; i < 21; i++) { g.push(i * 1.5); plain.push(i * 1.5); }
    g.add(8, 100); plain[8]! += 100; // first value of the second chunk
    g.add(20, -1); plain[20]! -= 1; // last value pushed
    expect(g.length).toBe(21);
    expect([g.get(0), g.get(7), g.get(8), g.get(20)]).toEqual([0, 10.5, 112, 29]);
    expect(Array.from(g.view())).toEqual(plain);
  });

  it('views one chunk without copying and an empty one as empty', () => {
    const g = new Growable<Int32Array>((n) => new Int32Array(n), 3);
    expect(g.view().length).toBe(0);
    g.push(4); g.push(5);
    const v = g.view();
    expect(Array.from(v)).toEqual([4, 5]);
    g.add(0, 1);
    expect(v[0]).toBe(5); // shares the chunk's memory
    for (let i = 0; i < 7; i++) g.push(i); // 9 values: two chunks, so the view is a copy of exactly 9
    expect(Array.from(g.view())).toEqual([5, 5, 0, 1, 2, 3, 4, 5, 6]);
  });
});
