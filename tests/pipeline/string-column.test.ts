import { describe, expect, it } from 'vitest';
import { StringColumn } from '../../src/engine/string-column.ts';

describe('StringColumn', () => {
  it('gives back every value in order across chunks of 1,024, empty and non-Latin-1 values included', () => {
    const col = new StringColumn('document id');
    const values = Array.from({ length: 2_500 }, (_, i) => (i === 5 ? '' : i === 1_500 ? 'заявление-МИД' : `doc-${i}`));
    for (const v of values) col.push(v);
    expect(col.length).toBe(2_500);
    expect(col.toArray()).toEqual(values);
  });

  it('refuses a value holding the separator', () => {
    const col = new StringColumn('document id');
    expect(() => col.push('a\u0000b')).toThrow(/document id "a\\u0000b" contains a NUL character/);
  });
});
