// The unmarked tone's wink scores: each masked sentence scored as wink scores its text read alone (src/text/masked.ts).
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { maskedSentiments, sentenceSentiments, tokenize } from '../../src/text/index.ts';
import { REAL, realPresent as present, skipReason } from '../pipeline/helpers.ts';

/** wink's score of one text read on its own: what every masked sentence's score must be. */
const alone = (text: string) => {
  const parts = sentenceSentiments(text.trim());
  return parts.length === 0 ? 0 : parts.reduce((a, s) => a + s.sentiment, 0) / parts.length;
};

/** Seeded random masks of every sentence of a text (three per sentence, blanking about 10%, 30% and 5% of its tokens). */
function randomMasks(text: string, seed: number): string[] {
  const { tokens, sentences } = tokenize(text);
  let x = seed;
  const rnd = () => (x = (x * 1103515245 + 12345) % 2147483648) / 2147483648;
  const list: string[] = [];
  for (const s of sentences) {
    for (const share of [0.1, 0.3, 0.05]) {
      let out = '';
      let at = s.start;
      for (let t = s.tokenStart; t < s.tokenEnd; t++) {
        if (rnd() >= share) continue;
        out += text.slice(at, tokens[t]!.start) + ' '.repeat(tokens[t]!.end - tokens[t]!.start);
        at = tokens[t]!.end;
      }
      if (at !== s.start) list.push(out + text.slice(at, s.end));
    }
  }
  return list;
}

function differences(dir: string): { bad: string[]; all: number } {
  const bad: string[] = [];
  let all = 0;
  for (const f of readdirSync(dir).filter((n) => n.endsWith('.txt')).sort()) {
    const list = randomMasks(readFileSync(join(dir, f), 'utf8'), 7);
    const got = maskedSentiments(list);
    list.forEach((m, i) => { all++; if (got[i] !== alone(m)) bad.push(`${f}: ${JSON.stringify(m)}`); });
  }
  return { bad, all };
}

describe('masked sentences: wink scores each as read alone', () => {
  it('a text that blanking empties does not join its neighbours into one sentence', () => {
    // wink takes "\n\n\n\n" (two breaks around an empty text) for no sentence boundary: read together, the first and
    // last texts were one sentence (0.467), counted for the first, and the last got 0. Alone they score 0.5 and 0.4.
    expect(sentenceSentiments('The talks were a great success\n\n\n\nClean')).toHaveLength(1);
    expect(alone('The talks were a great success')).toBe(0.5);
    expect(alone('Clean')).toBe(0.4);
    expect(maskedSentiments(['The talks were a great success', '         ', 'Clean'])).toEqual([0.5, 0, 0.4]);
    expect(maskedSentiments([])).toEqual([]);
  });

  it('on the bundled corpus: random masks of every sentence, each equal to its text read alone', () => {
    const { bad, all } = differences('corpus');
    expect(bad).toEqual([]);
    expect(all).toBeGreaterThan(10_000);
  });

  it.skipIf(!present)(`on corpus-real: random masks of every sentence, each equal to its text read alone${skipReason}`, () => {
    expect(differences(REAL).bad).toEqual([]);
  });
});
