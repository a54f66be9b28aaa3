// Whether a Latin-script text reads as English, by function words (src/text/language.ts); counts worked out by hand.
import { describe, expect, it } from 'vitest';
import { looksNotEnglish } from '../../src/text/index.ts';

const words = (s: string) => s.toLowerCase().split(/[^\p{L}]+/u).filter(Boolean);

describe('looksNotEnglish', () => {
  it('takes French, German and Spanish statements for what they are', () => {
    // French: la, les, la, la, et, au, du = 7 of the other languages' list, 0 English
    expect(looksNotEnglish(words('Nous condamnons la frappe contre les civils. La France appelle à la retenue et au respect du droit.'))).toBe(true);
    // German: und, des, das, ist, nicht = 5 (den and die are left out: English words too), 0 English
    expect(looksNotEnglish(words('Wir verurteilen den Angriff und fordern die Einhaltung des Rechts. Das ist nicht hinnehmbar.'))).toBe(true);
    // Spanish: el, los, y, la, del = 5
    expect(looksNotEnglish(words('Condenamos el ataque contra los civiles y pedimos la moderación del conflicto.'))).toBe(true);
  });

  it('keeps English with foreign names and quotes as English, and needs five foreign function words', () => {
    // other: la, de, la, et = 4 (below five); English: the, of, and, the, is = 5
    expect(looksNotEnglish(words('The Minister of Foreign Affairs met in La Paz and de la Rue said "liberté et égalité" is the aim.'))).toBe(false);
    // other: le, la, les, et, du = 5; English: the, of, the, to, that, the, is, the, of, the, and, that = 12
    expect(looksNotEnglish(words('The motto of the conference, "le droit, la paix, les peuples et du travail", was meant to say that the aim is the rule of the law and that peace lasts.'))).toBe(false);
    // four foreign function words and no English: too little to tell
    expect(looksNotEnglish(words('La paix et la justice.'))).toBe(false);
    expect(looksNotEnglish([])).toBe(false);
  });
});
