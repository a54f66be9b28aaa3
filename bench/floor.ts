// Benchmark (a), the floor: a bare loop of wink-nlp readDoc over the documents, with framescope's pipes, nothing else.
// Run as its own process (peak memory is its own): node --import tsx bench/floor.ts CORPUS_DIR
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import winkNLP from 'wink-nlp';
import model from 'wink-eng-lite-web-model';
import { isDocumentPath, openCorpus } from '../src/corpus/index.ts';
import { PIPES } from '../src/text/nlp.ts';

const dir = process.argv[2];
if (!dir) throw new Error('usage: floor.ts CORPUS_DIR');
const corpus = openCorpus(dir);
const files = corpus.files.filter(isDocumentPath);
const nlp = winkNLP(model, [...PIPES]);

const t0 = performance.now();
let tokens = 0;
for (const f of files) {
  const doc = nlp.readDoc(readFileSync(join(corpus.dir, f), 'utf8'));
  tokens += doc.tokens().length();
}
const loopSeconds = (performance.now() - t0) / 1000;
process.stdout.write(`${JSON.stringify({ documents: files.length, tokens, loopSeconds, maxRssKB: process.resourceUsage().maxRSS })}\n`);
