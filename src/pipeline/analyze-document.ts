import type { Document } from '../corpus/index.ts';
import { matchTokens, type CompiledLexicon } from '../lexicon/index.ts';
import type { Scorer } from '../sentiment/scorer.ts';
import { tokenize, type Token } from '../text/index.ts';
import type { DocumentAnalysis, HitRecord, SentenceRecord } from './document-analysis.ts';

export interface DocumentOptions {
  /** characters of left and right context kept with each hit */
  contextChars: number;
  /** collocation window, in words on each side of a hit, within its sentence */
  window: number;
}

const WS = /\s+/g;

// Concordance context: whitespace (including paragraph breaks) folded so each line reads as one.
function context(text: string, from: number, to: number): string {
  return text.slice(Math.max(0, from), Math.max(0, to)).replace(WS, ' ');
}

function bump(map: Record<string, number>, key: string): void {
  map[key] = (map[key] ?? 0) + 1;
}

/** Document -> DocumentAnalysis: pure apart from the shared, read-only lexicon and scorers. */
export function analyzeDocument(
  doc: Document,
  lexicon: CompiledLexicon,
  scorers: readonly Scorer[],
  opts: DocumentOptions,
): DocumentAnalysis {
  const { text } = doc;
  const { tokens, sentences, nWords } = tokenize(text);
  const matches = matchTokens(lexicon, tokens);

  const words: Record<string, number> = Object.create(null);
  const lemmas: Record<string, number> = Object.create(null);
  for (const t of tokens) {
    if (!t.isWord) continue;
    bump(words, t.lower);
    bump(lemmas, t.lemma);
  }

  const hits: HitRecord[] = [];
  const sentCategories: Set<string>[] = sentences.map(() => new Set());
  const sentNegated: boolean[] = sentences.map(() => false);
  const collocates: Record<string, Record<string, number>> = Object.create(null);
  for (const m of matches) {
    const first = tokens[m.tokenStart]!;
    const last = tokens[m.tokenEnd - 1]!;
    const s = first.sentence;
    hits.push({
      sentence: s,
      start: first.start,
      end: last.end,
      category: m.category,
      entry: m.entry,
      matched: text.slice(first.start, last.end),
      negated: m.negated,
      left: context(text, first.start - opts.contextChars, first.start),
      right: context(text, last.end, last.end + opts.contextChars),
    });
    sentCategories[s]!.add(m.category);
    if (m.negated) sentNegated[s] = true;
    if (opts.window > 0) {
      const coll = (collocates[m.category] ??= Object.create(null) as Record<string, number>);
      countWindow(tokens, sentences[s]!.tokenStart, sentences[s]!.tokenEnd, m.tokenStart, m.tokenEnd, opts.window, coll);
    }
  }

  const sentenceRecords: SentenceRecord[] = sentences.map((s, i) => {
    const sentWords: { lower: string; negated: boolean }[] = [];
    for (let t = s.tokenStart; t < s.tokenEnd; t++) {
      const tok = tokens[t]!;
      if (tok.isWord) sentWords.push({ lower: tok.lower, negated: tok.negated });
    }
    const sentText = text.slice(s.start, s.end);
    const scores: Record<string, number> = {};
    const input = { text: sentText, words: sentWords, winkSentiment: s.winkSentiment };
    for (const scorer of scorers) Object.assign(scores, scorer.score(input));
    return {
      index: i,
      start: s.start,
      end: s.end,
      text: sentText,
      nWords: s.nWords,
      scores,
      categories: [...sentCategories[i]!].sort(),
      negatedHit: sentNegated[i]!,
    };
  });

  return {
    id: doc.id,
    path: doc.path,
    meta: doc.meta,
    fingerprint: doc.fingerprint,
    boilerplateLines: doc.boilerplateLines,
    nWords,
    nSentences: sentences.length,
    hits,
    sentences: sentenceRecords,
    words,
    lemmas,
    collocates,
  };
}

// Words within `window` word tokens left and right of a hit, inside its sentence; the hit's own tokens excluded.
function countWindow(
  tokens: Token[], sStart: number, sEnd: number, hStart: number, hEnd: number, window: number,
  into: Record<string, number>,
): void {
  let seen = 0;
  for (let t = hStart - 1; t >= sStart && seen < window; t--) {
    const tok = tokens[t]!;
    if (!tok.isWord) continue;
    bump(into, tok.lower);
    seen++;
  }
  seen = 0;
  for (let t = hEnd; t < sEnd && seen < window; t++) {
    const tok = tokens[t]!;
    if (!tok.isWord) continue;
    bump(into, tok.lower);
    seen++;
  }
}
