// Benchmark (d): what a JavaScript user would write without framescope: natural's word and sentence
// tokenizers, natural's AFINN sentiment per sentence, and one alternation regex of the lexicon's plain entries.
// Run as its own process with DOTENV_CONFIG_QUIET=true (natural's dotenv prints otherwise; STACK.md):
//   node --import tsx bench/naive.ts CORPUS_DIR LEXICON_FILE
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import natural from 'natural';
import { parse } from 'yaml';
import { isDocumentPath, openCorpus } from '../src/corpus/index.ts';

const [dir, lexiconFile] = process.argv.slice(2);
if (!dir || !lexiconFile) throw new Error('usage: naive.ts CORPUS_DIR LEXICON_FILE');

const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** One case-insensitive alternation of the lexicon's plain-string entries; `*` is any run of word characters. */
export function lexiconRegex(file: string): RegExp {
  const lex = parse(readFileSync(file, 'utf8')) as { categories: Record<string, { entries: unknown[] }> };
  const alts: string[] = [];
  for (const c of Object.values(lex.categories)) {
    for (const e of c.entries) {
      if (typeof e !== 'string') continue;
      alts.push(e.trim().split(/\s+/).map((w) => escape(w).replace(/\\\*/g, '\\w*')).join('\\s+'));
    }
  }
  // Longest first, so a phrase wins over the word it starts with.
  alts.sort((a, b) => b.length - a.length);
  return new RegExp(`\\b(?:${alts.join('|')})\\b`, 'giu');
}

const corpus = openCorpus(dir);
const files = corpus.files.filter(isDocumentPath);
const words = new natural.WordTokenizer();
const sentences = new natural.SentenceTokenizer([]); // no extra abbreviations: the default
// No stemmer (the docs' `null`; natural's types only allow undefined, which it treats the same).
const afinn = new natural.SentimentAnalyzer('English', undefined, 'afinn');
const markers = lexiconRegex(lexiconFile);

const t0 = performance.now();
let nSentences = 0;
let nWords = 0;
let hits = 0;
let sentimentSum = 0;
for (const f of files) {
  const text = readFileSync(join(corpus.dir, f), 'utf8');
  for (const s of sentences.tokenize(text)) {
    const toks = words.tokenize(s);
    nWords += toks.length;
    nSentences++;
    if (toks.length > 0) sentimentSum += afinn.getSentiment(toks);
  }
  for (const _ of text.matchAll(markers)) hits++;
}
const loopSeconds = (performance.now() - t0) / 1000;
process.stdout.write(`${JSON.stringify({ documents: files.length, sentences: nSentences, words: nWords, hits, sentimentSum, loopSeconds, maxRssKB: process.resourceUsage().maxRSS })}\n`);
