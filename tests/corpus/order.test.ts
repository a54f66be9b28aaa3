import { describe, expect, it } from 'vitest';
import { compareCodePoints } from '../../src/corpus/index.ts';

describe('compareCodePoints', () => {
  it('orders by code point, as UTF-8 bytes do, not by UTF-16 units or locale', () => {
    // U+1F600 (a surrogate pair in UTF-16) comes after U+E000 and U+FFFF by code point;
    // plain `<` on JS strings would put it before them.
    const xs = ['b', 'a', '\uE000', '😀', 'ab', '', 'Z', '\uFFFF', 'é'];
    const byBytes = [...xs].sort((a, b) => Buffer.compare(Buffer.from(a, 'utf8'), Buffer.from(b, 'utf8')));
    expect([...xs].sort(compareCodePoints)).toEqual(byBytes);
    expect(byBytes).toEqual(['', 'Z', 'a', 'ab', 'b', 'é', '\uE000', '\uFFFF', '😀']);
  });
});
