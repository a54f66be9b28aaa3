// The script guess that tells a user an English lexicon cannot read a document.
import { describe, expect, it } from 'vitest';
import { detectScript } from '../../src/corpus/script.ts';

describe('detectScript', () => {
  it('names the script of most letters', () => {
    expect(detectScript('The sanctions are illegal.')).toBe('latin');
    expect(detectScript('Санкции незаконны.')).toBe('cyrillic');
    // 4 Latin letters of 12: neither Latin nor Cyrillic has a majority
    expect(detectScript('UN: 联合国安全理事会会议')).toBe('other');
    expect(detectScript('2021-11-16, 5,298.86')).toBe('none');
    // Accented Latin letters and a Cyrillic name inside an English sentence stay Latin
    expect(detectScript('Le Canada célèbre la fête nationale; Мария said so.')).toBe('latin');
    // A letter outside the basic plane (mathematical bold A, U+1D400) counts as one letter, not two halves
    expect(detectScript('\u{1D400}\u{1D400}\u{1D400} ab')).toBe('other');
  });
});
