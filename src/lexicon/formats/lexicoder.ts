// Lexicoder .lc3: `+Category` lines, each followed by its entries, one a line.
import { DictionaryBuilder, type CountingRules } from './imported.ts';
import type { LexiconFormat, LexiconSourceText } from './registry.ts';

/** Lexicoder counts a word once in the whole dictionary, the longest entry winning ("not good" is not also "good"). */
const LEXICODER_RULES: CountingRules = { anyChar: false, oncePerLexicon: true, oneEntryPerWord: false };

export const lexicoder: LexiconFormat = {
  name: 'lexicoder',
  description: 'Lexicoder .lc3: +Category lines followed by their entries',
  extensions: ['.lc3', '.lcd'],
  detect: (text) => (text.split('\n').find((l) => l.trim() !== '') ?? '').trim().startsWith('+'),
  read: readLexicoder,
};

function readLexicoder(source: LexiconSourceText) {
  const b = new DictionaryBuilder(source, 'lexicoder', LEXICODER_RULES);
  let category: string | null = null;
  source.text.split('\n').forEach((raw, i) => {
    const text = raw.trim();
    if (text === '') return;
    if (text.startsWith('+')) {
      category = text.slice(1).trim();
      b.category(category, i + 1);
    } else if (category === null) {
      b.fail(i + 1, `${JSON.stringify(text)}: a term with no category (no +Category line above it)`);
    } else {
      b.add(category, text, i + 1);
    }
  });
  return b.build();
}
