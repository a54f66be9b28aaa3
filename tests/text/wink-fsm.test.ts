// The compiled recognize() (src/text/wink-fsm.ts) against wink-nlp's own automaton, on learned patterns and random
// token streams: the same matches, marks, on-detection calls and pattern swaps. wink's file is loaded as it ships
// (this file never loads src/text/nlp.ts, which installs the compiled form).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/stats/random.ts';
import { compileRecognize, type WinkAutomaton } from '../../src/text/wink-fsm.ts';

const require = createRequire(import.meta.url);
const stockFactory = require(join(dirname(require.resolve('wink-nlp')), 'automaton.js')) as (cache?: unknown, ignore?: unknown) => WinkAutomaton;

// Overlapping patterns, a longer one sharing a prefix, an ignored ("0") one, marked ones and custom properties.
const PATTERNS = [
  { name: 'NEG', pattern: ['not'] },
  { name: '0', pattern: ['not', 'only'] },
  { name: 'PAIR', pattern: ['a', 'c'], mark: [0, 0] },
  { name: 'PAIR', pattern: ['b', 'c'], mark: [1, 1] },
  { name: 'LONG', pattern: ['a', 'b', 'c', 'd'], mark: [1, 2], customProperty: 7 },
  { name: 'XY', pattern: ['x', 'y'], customProperty: 'xy' },
  { name: 'XY', pattern: ['x', 'z', 'z'] },
  { name: 'SUB', pattern: ['S', 'd'] },
];
const VOCAB = ['a', 'b', 'c', 'd', 'x', 'y', 'z', 'not', 'only', '\n', 'q'];

function machine(compiled: boolean) {
  const calls: unknown[] = [];
  const stock = stockFactory(undefined);
  const m = compiled ? compileRecognize(stock, undefined, undefined) : stock;
  m.learn(PATTERNS);
  m.setOnPatternDetectionFn((match: unknown[], p: unknown) => { calls.push([...match, p]); });
  return { m, calls };
}

describe('compiled wink automaton', () => {
  it('recognizes what wink recognizes on 3,000 random token streams, with and without pattern swaps', () => {
    const rng = mulberry32(5);
    const stock = machine(false);
    const ours = machine(true);
    let matched = 0;
    let swapped = 0;
    for (let k = 0; k < 3000; k++) {
      const tokens = Array.from({ length: Math.floor(rng() * 25) }, () => VOCAB[Math.floor(rng() * VOCAB.length)]!);
      // Every third stream: one earlier pattern (token start..end) stands for the token "S".
      const start = Math.floor(rng() * Math.max(1, tokens.length - 1));
      const swap = k % 3 === 0 && tokens.length > 2 ? [[start, start + 1, 'S']] : null;
      stock.m.setPatternSwap(swap && structuredClone(swap));
      ours.m.setPatternSwap(swap && structuredClone(swap));
      const want = stock.m.recognize(tokens);
      expect(ours.m.recognize(tokens)).toEqual(want);
      matched += want.length;
      if (swap && want.some((p) => p[2] === 'SUB')) swapped++;
    }
    expect(ours.calls).toEqual(stock.calls);
    // The streams exercised the paths: matches, swapped tokens matched, marks and on-detection calls.
    expect(matched).toBeGreaterThan(3000);
    expect(swapped).toBeGreaterThan(50);
    expect(stock.calls.length).toBeGreaterThan(500);
  });

  it('reads tables learned or imported after the first recognition', () => {
    const ours = machine(true);
    const stock = machine(false);
    expect(ours.m.recognize(['q', 'r'])).toEqual([]);
    ours.m.learn([{ name: 'QR', pattern: ['q', 'r'] }]);
    stock.m.learn([{ name: 'QR', pattern: ['q', 'r'] }]);
    expect(ours.m.recognize(['q', 'r'])).toEqual(stock.m.recognize(['q', 'r']));
    expect(ours.m.recognize(['q', 'r'])).toEqual([[0, 1, 'QR']]);
    const other = stockFactory(undefined);
    other.learn([{ name: 'RQ', pattern: ['r', 'q'] }]);
    ours.m.importJSON(other.exportJSON());
    expect(ours.m.recognize(['q', 'r', 'q'])).toEqual([[1, 2, 'RQ']]);
  });
});
