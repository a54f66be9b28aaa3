// Whether a Latin-script text reads as English: the lexicon and scorers read English, so another language's
// zero counts would pass for evidence. Told by function words, which every text of a language is full of.

// Frequent English function words that are not words of French, German, Spanish, Italian or Portuguese.
const ENGLISH = new Set(['the', 'of', 'and', 'to', 'that', 'for', 'with', 'by', 'from', 'this', 'are', 'has', 'have', 'which', 'its', 'their', 'our', 'be', 'is', 'were', 'been', 'it', 'not']);
// Frequent function words of those five languages that are not English words ("die", "do", "per" are left out).
const OTHER = new Set([
  'le', 'la', 'les', 'des', 'du', 'et', 'est', 'une', 'dans', 'pour', 'qui', 'sur', 'au', 'aux', // French
  'der', 'das', 'und', 'ist', 'nicht', 'dem', 'des', 'mit', 'sich', 'auf', 'ein', 'eine', 'zu', 'von', // German
  'el', 'los', 'las', 'y', 'que', 'del', 'por', 'para', 'una', 'es', 'con', // Spanish
  'il', 'di', 'che', 'della', 'delle', 'gli', // Italian
  'os', 'em', 'uma', 'não', 'dos', 'das', 'ao', // Portuguese
]);

// A language code or name that says English: en, eng, english, en-US, en_GB (any case).
const ENGLISH_CODE = /^(en|eng|english)([-_][a-z]+)?$/i;

/** Whether a document's `language` field says English. */
export const isEnglishCode = (language: string): boolean => ENGLISH_CODE.test(language.trim());

/** At least this many of the other languages' function words before a text can count as not English. */
export const NOT_ENGLISH_MIN = 5;

/**
 * Whether lowercase words look like another language than English: more function words of French, German,
 * Spanish, Italian or Portuguese than of English, and at least NOT_ENGLISH_MIN of them. An English text that
 * quotes a foreign phrase, or lists places, keeps its English function words in the majority.
 */
export function looksNotEnglish(words: Iterable<string>): boolean {
  let english = 0;
  let other = 0;
  for (const w of words) {
    if (ENGLISH.has(w)) english++;
    else if (OTHER.has(w)) other++;
  }
  return other >= NOT_ENGLISH_MIN && other > english;
}
