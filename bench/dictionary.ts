// npm run bench -- --dictionary: a 10,000-entry LIWC dictionary with 2,000 stems against the bundled lexicon, on the 500-document corpus.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure } from './measure.ts';

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

const median = (xs: number[]) => { const v = [...xs].sort((x, y) => x - y); const m = v.length >> 1; return v.length % 2 ? v[m]! : (v[m - 1]! + v[m]!) / 2; };

/** Alternates analyses with the bundled lexicon and with the dictionary; the ratio of the medians of their wall times. */
export async function dictionaryBench(root: string, lexicon: string, corpus: string, rounds: number, workers: number, json: string): Promise<void> {
  const tmp = mkdtempSync(join(tmpdir(), 'framescope-bench-dic-'));
  const log = (s: string) => process.stderr.write(`bench: ${s}\n`);
  try {
    const dic = join(tmp, 'bench-10000.dic');
    writeFileSync(dic, benchDictionary());
    const run = async (label: string, file: string) => {
      const out = join(tmp, `out-${label}`);
      const m = await measure(process.execPath, ['--import', 'tsx', 'src/analyze.ts', '--corpus', corpus, '--out', out, '--lexicon', file, '--workers', String(workers), '--no-cache', '--no-charts', '--quiet'], { cwd: root, tmp, label });
      rmSync(out, { recursive: true, force: true });
      log(`${label}: ${m.wallSeconds.toFixed(1)} s`);
      return m.wallSeconds;
    };
    const bundled: number[] = [];
    const imported: number[] = [];
    for (let k = 1; k <= rounds; k++) {
      // Alternated, the order swapped each round: the machine's drift falls on both alike.
      if (k % 2 === 1) { bundled.push(await run(`bundled#${k}`, lexicon)); imported.push(await run(`dic#${k}`, dic)); }
      else { imported.push(await run(`dic#${k}`, dic)); bundled.push(await run(`bundled#${k}`, lexicon)); }
    }
    const ratio = median(imported) / median(bundled);
    const result = { corpus, workers, rounds, bundledSeconds: bundled, dictionarySeconds: imported, medianBundled: median(bundled), medianDictionary: median(imported), ratio, target: 1.25, pass: ratio <= 1.25 };
    writeFileSync(json, `${JSON.stringify(result, null, 2)}\n`);
    process.stdout.write(`10,000-entry LIWC dictionary (2,000 stems) vs bundled lexicon, ${rounds} alternated rounds, --workers ${workers}\n`);
    process.stdout.write(`median wall time: bundled ${median(bundled).toFixed(1)} s, dictionary ${median(imported).toFixed(1)} s; ratio ${ratio.toFixed(3)} (target <= 1.25): ${result.pass ? 'PASS' : 'FAIL'}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
