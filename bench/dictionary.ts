// npm run bench -- --dictionary: a 10,000-entry LIWC dictionary with 2,000 stems against the bundled lexicon, on the 500-document corpus.
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, median } from './measure.ts';
import { readLexicon } from '../src/lexicon/index.ts';
import { lexiconYaml } from '../src/lexicon/write.ts';

/** A seeded generator (mulberry32), so every run benchmarks the same dictionary. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const CATEGORIES = 11;
const ONSETS = ['b', 'c', 'd', 'f', 'g', 'l', 'm', 'n', 'p', 'r', 's', 't', 'v', 'w', 'st', 'pr', 'tr', 'con', 'de', 're', 'in'];
const NUCLEI = ['a', 'e', 'i', 'o', 'u', 'ea', 'ou', 'io'];
const CODAS = ['', 'n', 'r', 's', 't', 'nt', 'st', 'l', 'ct', 'ss'];

/**
 * 10,000 entries in 11 categories (as many as the bundled lexicon, so that the runs compare dictionary size,
 * not the number of categories every table is made for): 2,000 stems of 4 to 7 letters (English-like
 * syllables: they match real words, and take exact entries' words away as LIWC does), 7,600 words and 400
 * two-word phrases, each in one to three categories.
 */
export function benchDictionary(): string {
  const rnd = random(20251118);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const word = (syllables: number) => Array.from({ length: syllables }, () => pick(ONSETS) + pick(NUCLEI) + pick(CODAS)).join('');
  const lines = ['%', ...Array.from({ length: CATEGORIES }, (_, i) => `${String(i + 1).padStart(2, '0')}\tcategory_${i + 1}`), '%'];
  const seen = new Set<string>();
  const add = (term: string) => {
    if (seen.has(term)) return false;
    seen.add(term);
    const cats = new Set(Array.from({ length: 1 + Math.floor(rnd() * 3) }, () => 1 + Math.floor(rnd() * CATEGORIES)));
    lines.push(`${term}\t${[...cats].map((c) => String(c).padStart(2, '0')).join('\t')}`);
    return true;
  };
  let stems = 0;
  while (stems < 2000) {
    const w = word(2);
    if (w.length >= 4 && add(`${w.slice(0, 4 + Math.floor(rnd() * 4))}*`)) stems++;
  }
  let words = 0;
  while (words < 7600) if (add(word(1 + Math.floor(rnd() * 3)))) words++;
  let phrases = 0;
  while (phrases < 400) if (add(`${word(1)} ${word(2)}`)) phrases++;
  return `${lines.join('\n')}\n`;
}

/**
 * The bundled lexicon with the same 10,000-entry shape added (7,600 words, 2,000 stems, 400 phrases, spread over
 * its 11 categories) made of letters no English word holds ("qx..."): every hit, row and table stays the bundled
 * lexicon's, so the run measures what the dictionary's size costs (reading, compiling, matching) and nothing else.
 */
export function sizeOnlyDictionary(bundled: string, out: string): string {
  const lex = readLexicon(bundled);
  const rnd = random(20251202);
  const pick = <T>(xs: T[]) => xs[Math.floor(rnd() * xs.length)]!;
  const nonce = (syllables: number) => `qx${Array.from({ length: syllables }, () => pick(ONSETS) + pick(NUCLEI) + pick(CODAS)).join('')}`;
  const seen = new Set<string>();
  let k = 0;
  const add = (pattern: string, kind: 'word' | 'glob' | 'phrase') => {
    if (seen.has(pattern)) return false;
    seen.add(pattern);
    lex.categories[k++ % lex.categories.length]!.entries.push({ pattern, kind, caseSensitive: false, line: 0 });
    return true;
  };
  for (let n = 0; n < 2000;) if (add(`${nonce(2)}*`, 'glob')) n++;
  for (let n = 0; n < 7600;) if (add(nonce(1 + Math.floor(rnd() * 2)), 'word')) n++;
  for (let n = 0; n < 400;) if (add(`${nonce(1)} ${nonce(2)}`, 'phrase')) n++;
  writeFileSync(out, lexiconYaml(lex, out));
  return out;
}


/** Alternates analyses with the bundled lexicon and with the dictionary; the ratio of the medians of their wall times. */
export async function dictionaryBench(root: string, lexicon: string, corpus: string, rounds: number, workers: number, json: string): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'framescope-bench-dic-'));
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  try {
    const dic = join(tmp, 'bench-10000.dic');
    writeFileSync(dic, benchDictionary());
    const sized = sizeOnlyDictionary(lexicon, join(tmp, 'bundled-plus-10000.yaml'));
    const hitsOf: Record<string, number> = {};
    // `core`: the analysis alone (--no-cache, --no-charts, --workers N): what a dictionary's size and hits cost.
    // `default`: a first run as a user makes it (charts drawn, cache written, --workers left to the corpus's size).
    const run = async (label: string, file: string, mode: 'core' | 'default') => {
      const out = join(tmp, `out-${label}`);
      const options = mode === 'core' ? ['--workers', String(workers), '--no-cache', '--no-charts'] : [];
      const m = await measure(process.execPath, ['--import', 'tsx', 'src/analyze.ts', '--corpus', corpus, '--out', out, '--lexicon', file, ...options, '--quiet'], { cwd: root, tmp, label });
      hitsOf[label.split('#')[0]!] = readFileSync(join(out, 'hits.csv'), 'utf8').split('\n').length - 2;
      rmSync(out, { recursive: true, force: true });
      log(`${label}: ${m.wallSeconds.toFixed(1)} s`);
      return m.wallSeconds;
    };
    const bundled: number[] = [];
    const imported: number[] = [];
    const sizeOnly: number[] = [];
    const bundledDefault: number[] = [];
    const importedDefault: number[] = [];
    for (let k = 1; k <= rounds; k++) {
      // Alternated, the order rotated each round: the machine's drift falls on all alike.
      const steps = [
        async () => bundled.push(await run(`bundled#${k}`, lexicon, 'core')),
        async () => imported.push(await run(`dic#${k}`, dic, 'core')),
        async () => sizeOnly.push(await run(`size#${k}`, sized, 'core')),
        async () => bundledDefault.push(await run(`bundled-default#${k}`, lexicon, 'default')),
        async () => importedDefault.push(await run(`dic-default#${k}`, dic, 'default')),
      ];
      for (let j = 0; j < steps.length; j++) await steps[(j + k) % steps.length]!();
    }
    const ratio = median(imported) / median(bundled);
    const sizeRatio = median(sizeOnly) / median(bundled);
    const defaultRatio = median(importedDefault) / median(bundledDefault);
    const result = {
      corpus, workers, rounds, hits: hitsOf, bundledSeconds: bundled, dictionarySeconds: imported, sizeOnlySeconds: sizeOnly,
      bundledDefaultSeconds: bundledDefault, dictionaryDefaultSeconds: importedDefault,
      medianBundled: median(bundled), medianDictionary: median(imported), medianSizeOnly: median(sizeOnly),
      medianBundledDefault: median(bundledDefault), medianDictionaryDefault: median(importedDefault),
      ratio, sizeRatio, defaultRatio, target: 1.25,
    };
    writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
    const verdict = (r: number) => `${r.toFixed(3)} (target <= 1.25): ${r <= 1.25 ? 'PASS' : 'FAIL'}`;
    process.stdout.write(`${rounds} alternated rounds, median wall times\n`);
    process.stdout.write(`analysis alone (--workers ${workers}, --no-cache, --no-charts): bundled lexicon ${median(bundled).toFixed(1)} s (${hitsOf.bundled} hits)\n`);
    process.stdout.write(`  10,000-entry LIWC dictionary (2,000 stems; ${hitsOf.dic} hits): ${median(imported).toFixed(1)} s, ratio ${verdict(ratio)}\n`);
    process.stdout.write(`  bundled lexicon + 10,000 entries that match nothing (2,000 stems; ${hitsOf.size} hits): ${median(sizeOnly).toFixed(1)} s, ratio ${verdict(sizeRatio)}\n`);
    process.stdout.write(`first run with default options (charts, cache written): bundled lexicon ${median(bundledDefault).toFixed(1)} s\n`);
    process.stdout.write(`  10,000-entry LIWC dictionary: ${median(importedDefault).toFixed(1)} s, ratio ${verdict(defaultRatio)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
