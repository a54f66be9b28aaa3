import { describe, expect, it } from 'vitest';
import { fightinWords } from '../../src/stats/fightinwords.ts';

function counts(text: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const t of text.split(' ')) m.set(t, (m.get(t) ?? 0) + 1);
  return m;
}

describe('fightinWords (Monroe, Colaresi & Quinn 2008)', () => {
  it('computes δ̂, variance and z by hand on a two-word example with the pooled-corpus prior', () => {
    // A: x 3, y 1 (n_A = 4); B: x 1, y 3 (n_B = 4). Prior 'corpus' with default α_0 = n = 8: α_x = α_y = 4.
    // δ̂_x = ln((3+4)/(4+8−3−4)) − ln((1+4)/(4+8−1−4)) = ln(7/5) − ln(5/7) = 2 ln 1.4 = 0.6729445
    // σ̂² = 1/(3+4) + 1/(1+4) = 12/35 = 0.3428571;  z = 0.6729445/√0.3428571 = 1.1492715
    const r = fightinWords(new Map([['x', 3], ['y', 1]]), new Map([['x', 1], ['y', 3]]), 'corpus');
    const x = r.get('x')!;
    expect(x.delta).toBeCloseTo(2 * Math.log(1.4), 12);
    expect(x.variance).toBeCloseTo(12 / 35, 12);
    expect(x.z).toBeCloseTo(1.1492715, 6);
    expect(r.get('y')!.z).toBeCloseTo(-1.1492715, 6);
  });

  it('rescales the corpus prior to alpha0: α_w = α_0·y_w/n', () => {
    // α_0 = 2 → α_x = α_y = 1: δ̂_x = ln(4/(4+2−4)) − ln(2/(4+2−2)) = ln 2 − ln 0.5 = 2 ln 2
    const r = fightinWords(new Map([['x', 3], ['y', 1]]), new Map([['x', 1], ['y', 3]]), 'corpus', 2);
    expect(r.get('x')!.delta).toBeCloseTo(2 * Math.log(2), 12);
    expect(r.get('x')!.variance).toBeCloseTo(1 / 4 + 1 / 2, 12);
  });

  it('reproduces the published output of the fightin_words package (uniform prior 0.05)', () => {
    // README of the "fightin_words" Python package (code derived from jmhessel/FightingWords):
    // doc1 "the quick brown fox jumps over the lazy pig", doc2 "the lazy purple pig jumps over the lazier donkey",
    // prior = .05 → brown/fox/quick 0.6894227886807968, donkey/lazier/purple −0.6894227886807968, shared words 0.0.
    const r = fightinWords(
      counts('the quick brown fox jumps over the lazy pig'),
      counts('the lazy purple pig jumps over the lazier donkey'),
      0.05,
    );
    expect(r.size).toBe(11);
    for (const w of ['brown', 'fox', 'quick']) expect(r.get(w)!.z).toBeCloseTo(0.6894227886807968, 12);
    for (const w of ['donkey', 'lazier', 'purple']) expect(r.get(w)!.z).toBeCloseTo(-0.6894227886807968, 12);
    for (const w of ['the', 'jumps', 'over', 'lazy', 'pig']) expect(r.get(w)!.z).toBe(0);
  });

  it('takes an explicit prior Map (e.g. background corpus counts) with α_0 = Σ α_w', () => {
    // prior x 2, y 2 (α_0 = 4); A: x 2 (n_A = 2), B: y 2 (n_B = 2)
    // δ̂_x = ln((2+2)/(2+4−2−2)) − ln((0+2)/(2+4−0−2)) = ln 2 − ln 0.5 = 2 ln 2; σ̂² = 1/4 + 1/2
    const r = fightinWords(new Map([['x', 2]]), new Map([['y', 2]]), new Map([['x', 2], ['y', 2]]));
    expect(r.get('x')!.delta).toBeCloseTo(2 * Math.log(2), 12);
    expect(r.get('x')!.z).toBeCloseTo((2 * Math.log(2)) / Math.sqrt(0.75), 12);
  });

  it('counts items against given sizes as if the rest of each text were other words', () => {
    // 3 hits in 27 words against 5 in 49: alpha_w = 8, alpha_0 = 76;
    // delta = ln(11 / (27 + 76 - 11)) - ln(13 / (49 + 76 - 13)) = ln(11/92) - ln(13/112) = 0.029656, var = 1/11 + 1/13, z = 0.072390
    const sized = fightinWords(new Map([['x', 3]]), new Map([['x', 5]]), 'corpus', undefined, [27, 49]).get('x')!;
    expect(sized.z).toBeCloseTo(0.07239, 5);
    const whole = fightinWords(new Map([['x', 3], ['other', 24]]), new Map([['x', 5], ['other', 44]]), 'corpus').get('x')!;
    expect(sized.z).toBeCloseTo(whole.z, 12);
  });
});
