import { createHash } from 'node:crypto';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { patternTokens, sentenceSentiments, tokenize } from '../../src/text/index.ts';
import { accessors, nlp } from '../../src/text/nlp.ts';

const sentences = (text: string) => tokenize(text).sentences.map((s) => text.slice(s.start, s.end));

describe('sentence boundaries', () => {
  it('keep numbers and abbreviations whole', () => {
    const text = 'The U.S. paid 5,298.86 dollars on Sept. 5 to Dr. Smith. The U.N. agreed.';
    expect(sentences(text)).toEqual(['The U.S. paid 5,298.86 dollars on Sept. 5 to Dr. Smith.', 'The U.N. agreed.']);
    const words = tokenize(text).tokens.map((t) => t.text);
    expect(words).toContain('5,298.86');
    expect(words).toContain('U.S.');
    expect(words).toContain('Sept.');
  });
  it('end at a blank line, so a heading never merges with the next sentence', () => {
    const text = 'Joint statement on refugee return\n\nSyrian refugees to their places of origin\n\nOn November 16, 2021, Damascus hosted a meeting.';
    expect(sentences(text)).toEqual([
      'Joint statement on refugee return',
      'Syrian refugees to their places of origin',
      'On November 16, 2021, Damascus hosted a meeting.',
    ]);
  });
});

describe('tokens', () => {
  it('carry offsets that slice the text back, lowercase forms, lemmas and negation', () => {
    const text = 'Sanctions were not imposed.  They are illegal.';
    const { tokens, nWords } = tokenize(text);
    for (const t of tokens) expect(text.slice(t.start, t.end)).toBe(t.text);
    const sanctions = tokens.find((t) => t.text === 'Sanctions')!;
    expect(sanctions.lower).toBe('sanctions');
    expect(sanctions.lemma).toBe('sanction');
    expect(tokens.find((t) => t.text === 'imposed')!.negated).toBe(true);
    expect(tokens.find((t) => t.text === 'illegal')!.negated).toBe(false);
    // Sanctions were not imposed They are illegal: 7 words; the two full stops are not words.
    expect(nWords).toBe(7);
  });
  it('counts words apart from punctuation, numbers and clitics', () => {
    // children ’s faces: "’s" is a clitic, not a word; 2,326,114 is a number.
    const { nWords, tokens } = tokenize('2,326,114 children’s faces, smiling!');
    expect(tokens.filter((t) => t.isWord).map((t) => t.text)).toEqual(['children', 'faces', 'smiling']);
    expect(nWords).toBe(3);
  });
  it('tokenizes lexicon patterns the way documents are tokenized', () => {
    expect(patternTokens('UN Charter')).toEqual(['UN', 'Charter']);
    expect(patternTokens('illegal armed groups')).toEqual(['illegal', 'armed', 'groups']);
  });
});

import { REAL, realPresent as present, skipReason } from '../pipeline/helpers.ts';

describe.skipIf(!present)(`tokenization does not depend on what was read before${skipReason}`, () => {
  it('gives every corpus-real document the same tokens read forwards and then backwards', () => {
    // wink-nlp learns unknown words; without src/text/nlp.ts's guard 3 documents ("Secretary’s") differ.
    const files = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();
    let misaligned = 0;
    const digest = (f: string) => {
      const text = readFileSync(join(REAL, f), 'utf8');
      const { tokens, sentences: s } = tokenize(text);
      for (const t of tokens) if (text.slice(t.start, t.end) !== t.text) misaligned++;
      const h = createHash('sha256');
      for (const t of tokens) h.update(`${t.start}|${t.end}|${t.lemma}|${t.type}|${t.negated}|${t.sentence}\n`);
      for (const x of s) h.update(`${x.start}|${x.end}|${x.winkSentiment}\n`);
      return h.digest('hex');
    };
    const forwards = new Map(files.map((f) => [f, digest(f)]));
    const differing = [...files].reverse().filter((f) => digest(f) !== forwards.get(f));
    expect(differing).toEqual([]);
    // Every token's offsets slice the text back to the token.
    expect(misaligned).toBe(0);
  });
});

// tokenize() reads wink's raw token data and memoises per lexeme; wink's public accessors are the reference.
function viaAccessors(text: string) {
  const its = accessors();
  const doc = nlp().readDoc(text);
  const toks = doc.tokens();
  const values = toks.out(its.value) as unknown as string[];
  const types = toks.out(its.type) as unknown as string[];
  const lemmas = toks.out(its.lemma) as unknown as string[];
  const negs = toks.out(its.negationFlag) as unknown as boolean[];
  const spans = doc.sentences().out(its.span) as unknown as [number, number][];
  const scores = doc.sentences().out(its.sentiment) as unknown as number[];
  return { values, types, lemmas, negs, spans, scores };
}

function disagreements(text: string): string[] {
  const ref = viaAccessors(text);
  const { tokens, sentences: s } = tokenize(text);
  const out: string[] = [];
  if (tokens.length !== ref.values.length) return [`${tokens.length} tokens, accessors give ${ref.values.length}`];
  tokens.forEach((t, i) => {
    const lemma = ref.lemmas[i]!.toLowerCase();
    // Capitalised words wink leaves unlemmatised get their lowercase form's lemma (tested above).
    const capitalised = lemma === t.lower && t.text !== t.lower && t.type === 'word';
    if (t.text !== ref.values[i] || t.type !== ref.types[i] || t.negated !== ref.negs[i] || (!capitalised && t.lemma !== lemma)) {
      out.push(`token ${i} ${JSON.stringify(t.text)}`);
    }
  });
  // Sentences: wink's spans less the layout tokens at their ends, with wink's sentiment.
  const expected = ref.spans.map(([a, b], k) => {
    while (a <= b && ref.types[a] === 'tabCRLF') a++;
    while (b >= a && ref.types[b] === 'tabCRLF') b--;
    return a > b ? null : `${a}-${b + 1}:${ref.scores[k]}`;
  }).filter((x) => x !== null);
  const got = s.map((x) => `${x.tokenStart}-${x.tokenEnd}:${x.winkSentiment}`);
  if (JSON.stringify(got) !== JSON.stringify(expected)) out.push('sentences differ');
  return out;
}

describe('token properties read from raw data', () => {
  it("equal wink's accessors on the founding communiqué, contractions and negation included", () => {
    const seed = readFileSync(resolve(__dirname, '../../corpus/interagency-hq-syria-2021-11-16.txt'), 'utf8');
    expect(disagreements(seed)).toEqual([]);
    const tricky = "We can't and won't accept it. They didn't NOT say \"Sanctions are illegal\".\n\nRunning, ran; runs. It's the U.S.’s view.";
    expect(disagreements(tricky)).toEqual([]);
    const { tokens } = tokenize(tricky);
    // Hand-checked: "ca" + "n't" (lemma "not"), "wo" + "n't", negation after "didn't", "Running" -> "run".
    expect(tokens.slice(1, 3).map((t) => [t.text, t.lemma])).toEqual([['ca', 'can'], ["n't", 'not']]);
    expect(tokens.find((t) => t.text === 'Running')!.lemma).toBe('run');
    expect(tokens.find((t) => t.text === 'accept')!.negated).toBe(true);
  });
});

describe.skipIf(!present)(`token properties on corpus-real${skipReason}`, () => {
  it("equal wink's accessors on every token and sentence of the 500 documents", () => {
    const files = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();
    const bad = files.flatMap((f) => disagreements(readFileSync(join(REAL, f), 'utf8')).map((d) => `${f}: ${d}`));
    expect(bad).toEqual([]);
  });
  it('read for sentiment alone (sentenceSentiments) give the sentences and sentiments of tokenize on the 500 documents', () => {
    const files = readdirSync(REAL).filter((f) => f.endsWith('.txt')).sort();
    const bad = files.filter((f) => {
      const text = readFileSync(join(REAL, f), 'utf8');
      return JSON.stringify(sentenceSentiments(text)) !== JSON.stringify(viaTokenize(text));
    });
    expect(bad).toEqual([]);
  });
});

const viaTokenize = (text: string) => tokenize(text).sentences.map((s) => ({ start: s.start, end: s.end, sentiment: s.winkSentiment }));

describe('sentences read for sentiment alone', () => {
  it("are tokenize's sentences, starts, ends and wink sentiments, and leave the part-of-speech pass on for the next text", () => {
    const text = "  \n\nWe condemn this illegal and shameful act.\n\nThe talks were a great success!  It's fine.\n\n\n";
    const read = sentenceSentiments(text);
    expect(read).toEqual(viaTokenize(text));
    // Three sentences (hand-split), starting after the leading layout; wink scores the first negative, the second positive.
    expect(read.map((s) => text.slice(s.start, s.start + 6))).toEqual(['We con', 'The ta', "It's f"]);
    expect(read[0]!.sentiment).toBeLessThan(0);
    expect(read[1]!.sentiment).toBeGreaterThan(0);
    // pos (and so lemmas) are back for documents read after it.
    expect(tokenize('Running late.').tokens[0]!.lemma).toBe('run');
  });
});
