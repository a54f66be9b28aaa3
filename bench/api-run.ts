// One process of `npm run bench -- --api`: the library's verbs over a corpus, timed inside the process.
// Prints one JSON line: documents, seconds to read, to analyse, to make the tables, and each kwic search.
import { analyze, kwic, readCorpus, textstatCategories, textstatCategoryKeyness, textstatCollocations, textstatDispersion, textstatFrameTone, textstatKeyness, textstatRates, textstatTrends } from '../src/index.ts';

const [dir, mode] = process.argv.slice(2) as [string, 'analyze' | 'tables' | 'kwic'];
const seconds = (t0: number) => (performance.now() - t0) / 1000;
let t = performance.now();
const { documents } = readCorpus(dir);
const out: Record<string, number> = { documents: documents.length, readSeconds: seconds(t) };
if (mode === 'kwic') {
  // Searches of each kind a researcher makes; the first pays for the JIT and the tokenizer's warm-up.
  const searches: [string, string, object][] = [
    ['word', 'sovereignty', {}], ['phrase', 'international law', {}], ['glob', 'sanction*', {}],
    ['lemma', 'sanction', { lemma: true }], ['regex', 'neo-?nazi\\w*', { regex: true }], ['word again', 'sovereignty', {}],
  ];
  for (const [name, pattern, options] of searches) {
    t = performance.now();
    kwic(documents, pattern, options);
    out[`kwic ${name}`] = seconds(t);
  }
} else {
  t = performance.now();
  const result = analyze(documents);
  out.analyzeSeconds = seconds(t);
  if (mode === 'tables') {
    // The tables the command writes (default grouping: issuer), from the one analysis.
    t = performance.now();
    textstatKeyness(result); textstatCategoryKeyness(result); textstatDispersion(result); textstatCollocations(result);
    textstatCategories(result); textstatTrends(result);
    await textstatRates(result); await textstatFrameTone(result);
    out.tablesSeconds = seconds(t);
  }
}
console.log(JSON.stringify(out));
