// npm run bench -- --hostile: inputs that made matching or reading take minutes, each timed against a bound.
// (a) a backtracking-prone glob against long tokens; (b) one 400,000-character token read by wink-nlp (letters;
// letters and digits);
// (c) lexicon matching over corpus-real with the bundled lexicon, then with 5,000 more glob entries open at both ends.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { measure } from './measure.ts';
import { NO_BOILERPLATE, loadDocument, openCorpus } from '../src/corpus/index.ts';
import { compileLexicon, matchTokens, parseLexicon, readLexicon } from '../src/lexicon/index.ts';
import { globMatcher } from '../src/lexicon/pattern.ts';
import { mulberry32 } from '../src/stats/random.ts';
import { tokenize, type Token } from '../src/text/index.ts';
import { readFileSync } from 'node:fs';

// Bounds: far above what a linear matcher needs, far below what the backtracking one took (minutes).
const BOUND = { adversarialSeconds: 0.5, longTokenSeconds: 5, wildcardRatio: 2 };

const seconds = (t0: number) => (performance.now() - t0) / 1000;

/**
 * 5,000 distinct globs `*xyz*uvw*` of random lowercase letters (seeded): each is tried on many word forms and
 * matches few, so the run measures the matcher. (Two-letter literals match ~10,000 more tokens of corpus-real,
 * and the run then also measures the tables of those hits and 5,000 entries.)
 */
function wildcardEntries(n: number): string[] {
  const rnd = mulberry32(5000);
  const letter = () => String.fromCharCode(97 + Math.floor(rnd() * 26));
  const out = new Set<string>();
  while (out.size < n) out.add(`*${letter()}${letter()}${letter()}*${letter()}${letter()}${letter()}*`);
  return [...out];
}

export async function hostileBench(lexiconFile: string, realCorpus: string, json: string): Promise<void> {
  const log = (s: string) => process.stderr.write(`bench hostile: ${s}\n`);
  const rows: { case: string; seconds: number; bound: string; pass: boolean; note: string }[] = [];

  const glob = 'a*a*a*a*a*a*a*a*a*a*a*b';
  const m = globMatcher(glob, false);
  for (const n of [40, 100_000]) {
    const t0 = performance.now();
    const answer = m('a'.repeat(n));
    const s = seconds(t0);
    rows.push({ case: `glob ${glob} vs ${n.toLocaleString('en-US')} a's`, seconds: s, bound: `< ${BOUND.adversarialSeconds} s`, pass: s < BOUND.adversarialSeconds && !answer, note: `answer ${answer} (right: false)` });
  }

  tokenize('Warm up.');
  const t1 = performance.now();
  const { tokens } = tokenize(`Before ${'x'.repeat(400_000)}. After.`);
  const s1 = seconds(t1);
  rows.push({ case: 'one 400,000-character token', seconds: s1, bound: `< ${BOUND.longTokenSeconds} s`, pass: s1 < BOUND.longTokenSeconds && tokens[1]!.text.length === 400_000, note: `${tokens.length} tokens` });
  // Letters and digits: wink's unanchored email search backtracked from every position (40,000 characters: 30 s).
  const t2 = performance.now();
  const mixed = tokenize(`Before ${'x1'.repeat(200_000)}. After.`).tokens;
  const s2 = seconds(t2);
  rows.push({ case: 'one 400,000-character letter-digit token', seconds: s2, bound: `< ${BOUND.longTokenSeconds} s`, pass: s2 < BOUND.longTokenSeconds && mixed[1]!.text.length === 400_000, note: `${mixed.length} tokens` });

  if (realCorpus === '') {
    log('FRAMESCOPE_REAL_CORPUS not set: the 5,000-wildcard case is skipped');
  } else {
    const corpus = openCorpus(realCorpus);
    const docs: Token[][] = [];
    for (const f of corpus.files) {
      const r = loadDocument(corpus, f, NO_BOILERPLATE);
      if (r.ok) docs.push(tokenize(r.document.text).tokens);
    }
    const bundledText = readFileSync(lexiconFile, 'utf8');
    const extra = wildcardEntries(5000);
    const withGlobs = `${bundledText.trimEnd()}\n  zz_wildcards:\n    label: wildcards\n    definition: bench only\n    entries:\n${extra.map((g) => `      - "${g}"`).join('\n')}\n`;
    const time = (name: string, lex: ReturnType<typeof compileLexicon>) => {
      const t0 = performance.now();
      let hits = 0;
      for (const d of docs) hits += matchTokens(lex, d).length;
      const s = seconds(t0);
      log(`${name}: ${s.toFixed(2)} s, ${hits} hits`);
      return { s, hits };
    };
    // Each lexicon compiled afresh: its per-form memo starts empty, as in a run.
    const bundled = time('bundled lexicon', compileLexicon(readLexicon(lexiconFile)));
    const globs = time('bundled + 5,000 globs', compileLexicon(parseLexicon(withGlobs, 'bench-wildcards.yaml')));
    const ratio = globs.s / bundled.s;
    rows.push({ case: `matching only, ${docs.length} documents of corpus-real, bundled lexicon`, seconds: bundled.s, bound: '', pass: true, note: `${bundled.hits} hits` });
    rows.push({ case: 'matching only, the same + 5,000 globs *xyz*uvw*', seconds: globs.s, bound: '', pass: true, note: `${globs.hits} hits, ratio ${ratio.toFixed(2)}` });

    // The whole command, as a user runs it, with each lexicon: the target is on this ratio.
    const tmp = mkdtempSync(join(tmpdir(), 'framescope-bench-hostile-'));
    try {
      const lexWithGlobs = join(tmp, 'wildcards.yaml');
      writeFileSync(lexWithGlobs, withGlobs.replace(/^negation: (.*)$/m, (_, f: string) => `negation: ${resolve(dirname(lexiconFile), f)}`));
      const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
      const runWith = async (label: string, lex: string) => {
        const args = ['--import', 'tsx', 'src/analyze.ts', '--corpus', realCorpus, '--out', join(tmp, label), '--lexicon', lex, '--workers', '1', '--no-cache', '--no-charts', '--quiet'];
        log(`${label}: analyze --workers 1 with ${lex}`);
        return (await measure(process.execPath, args, { cwd: ROOT, tmp, label })).wallSeconds;
      };
      const runBundled = await runWith('run-bundled', lexiconFile);
      const runGlobs = await runWith('run-globs', lexWithGlobs);
      const runRatio = runGlobs / runBundled;
      rows.push({ case: 'analyze corpus-real --workers 1, bundled lexicon', seconds: runBundled, bound: '', pass: true, note: '' });
      rows.push({ case: 'analyze corpus-real --workers 1, + 5,000 globs', seconds: runGlobs, bound: `<= ${BOUND.wildcardRatio} x bundled`, pass: runRatio <= BOUND.wildcardRatio, note: `ratio ${runRatio.toFixed(2)}` });
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  }

  mkdirSync(dirname(json), { recursive: true });
  writeFileSync(json, `${JSON.stringify({ date: new Date().toISOString(), rows }, null, 2)}\n`);
  const out = rows.map((r) => `${r.pass ? 'PASS' : 'FAIL'}  ${r.case}: ${r.seconds.toFixed(3)} s ${r.bound ? `(${r.bound}) ` : ''}${r.note}`);
  process.stdout.write(`\nframescope hostile inputs\n\n${out.join('\n')}\n\nresults: ${json}\n`);
}
