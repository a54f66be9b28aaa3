// A document's writing system, guessed from its letters: enough to tell an English-model analysis it cannot read the text.

export type Script = 'latin' | 'cyrillic' | 'other' | 'none';

const LATIN = /\p{Script=Latin}/u;
const CYRILLIC = /\p{Script=Cyrillic}/u;
const LETTER = /\p{L}/u;

/** The script of most of a text's letters (over half), `other` when none has a majority, `none` without letters. */
export function detectScript(text: string): Script {
  let latin = 0, cyrillic = 0, letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    // ASCII without a regular expression: nearly every character of an English text.
    if (c < 128) {
      const lower = c | 32;
      if (lower >= 97 && lower <= 122) { letters++; latin++; }
      continue;
    }
    const ch = String.fromCodePoint(text.codePointAt(i)!);
    if (ch.length === 2) i++;
    if (!LETTER.test(ch)) continue;
    letters++;
    if (LATIN.test(ch)) latin++;
    else if (CYRILLIC.test(ch)) cyrillic++;
  }
  if (letters === 0) return 'none';
  if (latin * 2 > letters) return 'latin';
  if (cyrillic * 2 > letters) return 'cyrillic';
  return 'other';
}
