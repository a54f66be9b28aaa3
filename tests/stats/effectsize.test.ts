import { describe, expect, it } from 'vitest';
import { logRatio, percentDiff } from '../../src/stats/effectsize.ts';

describe('logRatio (Hardie 2014)', () => {
  it('gives log2(0.0006/0.0002) = 1.585 for relative frequencies 0.0006 vs 0.0002', () => {
    // Hardie (2014): Log Ratio is the binary log of the ratio of relative frequencies; 3× as frequent → log2 3.
    expect(logRatio(6, 10000, 2, 10000)).toBeCloseTo(1.585, 3);
    expect(logRatio(6, 10000, 2, 10000)).toBeCloseTo(Math.log2(3), 12);
  });

  it('is 0 for equal relative frequencies, +1 per doubling, and antisymmetric', () => {
    expect(logRatio(1, 1e6, 1, 1e6)).toBe(0);
    expect(logRatio(40, 1000, 10, 1000)).toBeCloseTo(2, 12);
    expect(logRatio(10, 1000, 40, 1000)).toBeCloseTo(-2, 12);
  });

  it('replaces a zero frequency by 0.5 (Hardie 2014; CQPweb)', () => {
    // target 0 of 1000, reference 4 of 1000: log2((0.5/1000)/(4/1000)) = log2(1/8) = −3
    expect(logRatio(0, 1000, 4, 1000)).toBeCloseTo(-3, 12);
    expect(logRatio(4, 1000, 0, 2000)).toBeCloseTo(Math.log2((4 / 1000) / (0.5 / 2000)), 12);
    expect(logRatio(0, 1000, 0, 1000)).toBe(0);
  });
});

describe('percentDiff (Gabrielatos & Marchi 2012)', () => {
  it('gives 88.7 for 206,523 in 959,641 words vs 178,174 in 1,562,358 words', () => {
    // Gabrielatos & Marchi (2011, "Keyness: matching metrics to definitions", CLiS 1, p. 18), as reproduced
    // in the Wordless test suite (BLKSerene/Wordless, tests/tests_measures/test_measures_effect_size.py).
    expect(percentDiff(206523, 959641, 178174, 1562358)).toBeCloseTo(88.7, 1);
  });

  it('is (NF_T − NF_R)·100/NF_R: +100 for double, −50 for half', () => {
    expect(percentDiff(20, 1000, 10, 1000)).toBeCloseTo(100, 12);
    expect(percentDiff(10, 1000, 20, 1000)).toBeCloseTo(-50, 12);
  });

  it('divides by 1E-18 when the reference frequency is 0 (UCREL wizard spreadsheet convention)', () => {
    // NF_T = 3/100 = 0.03 → 0.03·100 / 1e-18 = 3e18
    expect(percentDiff(3, 100, 0, 100)).toBeCloseTo(3e18, -5);
    expect(percentDiff(0, 100, 0, 100)).toBe(0);
    expect(percentDiff(0, 100, 5, 100)).toBe(-100);
  });
});
