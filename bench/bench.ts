// npm run bench: throughput and peak memory of framescope against the wink-nlp floor and a plain-JavaScript baseline.
// Usage: npm run bench -- [--corpus DIR | --words N] [--small-words N] [--workers N] [--json FILE] [--quick] [--keep]
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir, totalmem } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { execFileSync } from 'node:child_process';
import { buildScaledCorpus, copiesFor } from './corpus.ts';
import { measure, median, type Measured } from './measure.ts';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
// The 500-document test corpus the scaled corpus is built from: its folder comes from the environment.
const SOURCE = process.env.FRAMESCOPE_REAL_CORPUS ? resolve(process.env.FRAMESCOPE_REAL_CORPUS) : '';
const LEXICON = join(ROOT, 'lexicons/framing.yaml');
const ALL_SCORERS = 'wink,afinn,vader';
// Targets of the benchmark issue, as ratios measured in one run.
const TARGET = { floorShare: 0.5, parallelGain: 1.7, peakBytes: 1e9, growth: 1.2 };

interface Args {
  corpus: string | null; words: number; smallWords: number; workers: number;
  json: string; sentiment: string; keep: boolean; quick: boolean; repeat: number; hostile: boolean; api: boolean; report: boolean; dictionary: boolean;
  workersGiven: boolean; repeatGiven: boolean;
}

function parse(): Args {
  const { values: v } = parseArgs({
    options: {
      corpus: { type: 'string' }, words: { type: 'string' }, 'small-words': { type: 'string' },
      workers: { type: 'string' }, json: { type: 'string' }, sentiment: { type: 'string' },
      quick: { type: 'boolean' }, keep: { type: 'boolean' }, help: { type: 'boolean' }, repeat: { type: 'string' },
      hostile: { type: 'boolean' }, api: { type: 'boolean' },
      report: { type: 'boolean' },
      dictionary: { type: 'boolean' },
    },
    strict: true,
  });
  if (v.help) {
    process.stdout.write([
      'npm run bench -- [options]',
      '  --words N        scaled corpus size in words, built from $FRAMESCOPE_REAL_CORPUS (default 20000000)',
      '  --small-words N  second size, for the peak-memory growth ratio (default 5000000)',
      '  --corpus DIR     benchmark this corpus as it is instead (no scaling, no growth ratio)',
      '  --workers N      workers of run (c) (default: number of cores)',
      '  --sentiment LIST scorers of runs (b) and (c) (default wink,afinn,vader)',
      '  --json FILE      where the results go (default bench-results.json)',
      '  --repeat N       runs (a), (b), (c) N times, interleaved; ratios are the medians of the rounds (default 1)',
      '  --quick          1,000,000 and 250,000 words: a smoke run',
      '  --keep           keep the temporary corpora and outputs',
      '  --hostile        only the hostile inputs: an adversarial glob, a 400,000-character token, 5,000 glob entries (bench/hostile.ts)',
      '  --api            only the library against the command: analyze through the API and through src/analyze.ts, kwic searches (bench/api.ts)',
      '  --report         only report.html: build time, peak memory and size on the test corpus and on 20,000 documents (bench/report.ts)',
      '  --dictionary     only a 10,000-entry LIWC dictionary (2,000 stems) against the bundled lexicon on $FRAMESCOPE_REAL_CORPUS,',
      '                   alternated --repeat rounds (default 5): the analysis alone (--workers, default 1, no cache, no charts)',
      '                   and a first run with default options; target: at most 25% slower (bench/dictionary.ts)',
      '',
    ].join('\n'));
    process.exit(0);
  }
  const num = (name: string, raw: string | undefined, d: number) => {
    if (raw === undefined) return d;
    if (!/^\d+$/.test(raw) || Number(raw) < 1) throw new Error(`--${name} takes a whole number >= 1, got '${raw}'`);
    return Number(raw);
  };
  const quick = v.quick === true;
  return {
    corpus: v.corpus ? resolve(v.corpus) : null,
    words: num('words', v.words, quick ? 1_000_000 : 20_000_000),
    smallWords: num('small-words', v['small-words'], quick ? 250_000 : 5_000_000),
    workers: num('workers', v.workers, availableParallelism()),
    json: resolve(v.json ?? 'bench-results.json'),
    sentiment: v.sentiment ?? ALL_SCORERS,
    keep: v.keep === true,
    quick,
    repeat: num('repeat', v.repeat, 1),
    hostile: v.hostile === true,
    api: v.api === true,
    report: v.report === true,
    dictionary: v.dictionary === true,
    workersGiven: v.workers !== undefined,
    repeatGiven: v.repeat !== undefined,
  };
}

const log = (s: string) => process.stderr.write(`bench: ${s}\n`);

const tsNode = (script: string, args: string[]) => [process.execPath, ['--import', 'tsx', script, ...args]] as const;

/** framescope's own command, as a user runs it, with its word count read back from the manifest. */
async function runAnalyze(label: string, corpus: string, out: string, workers: number, sentiment: string, tmp: string) {
  const [cmd, args] = tsNode('src/analyze.ts', [
    '--corpus', corpus, '--out', out, '--workers', String(workers), '--sentiment', sentiment, '--no-cache', '--no-charts', '--quiet',
  ]);
  log(`${label}: analyze --workers ${workers} on ${corpus}`);
  const m = await measure(cmd, [...args], { cwd: ROOT, tmp, label });
  const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { corpus: { words: number; documents_analysed: number } };
  rmSync(out, { recursive: true, force: true });
  return { ...m, words: manifest.corpus.words, documents: manifest.corpus.documents_analysed };
}

async function runScript(label: string, script: string, args: string[], tmp: string, env?: NodeJS.ProcessEnv) {
  const [cmd, argv] = tsNode(script, args);
  log(`${label}: ${script}`);
  const m = await measure(cmd, [...argv], { cwd: ROOT, tmp, label, env });
  const line = m.stdout.trim().split('\n').at(-1) ?? '';
  return { ...m, inner: JSON.parse(line) as { documents: number; loopSeconds: number } & Record<string, number> };
}

interface Row {
  label: string; what: string; words: number; documents: number;
  wallSeconds: number; wordsPerSecond: number; peakRssMB: number;
  loopSeconds?: number;
}

const mb = (kb: number) => kb / 1024;

function row(label: string, what: string, words: number, documents: number, m: Measured, loopSeconds?: number): Row {
  return {
    label, what, words, documents, wallSeconds: m.wallSeconds, wordsPerSecond: words / m.wallSeconds,
    peakRssMB: mb(m.peakRssKB), ...(loopSeconds === undefined ? {} : { loopSeconds }),
  };
}

function gitCommit(): string | null {
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8' }).trim();
  } catch {
    return null;
  }
}

const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });

function table(rows: Row[]): string {
  const head = ['run', 'what', 'words', 'docs', 'wall s', 'words/s', 'peak RSS MB', 'loop s'];
  const body = rows.map((r) => [
    r.label, r.what, fmt(r.words), fmt(r.documents), fmt(r.wallSeconds, 1), fmt(r.wordsPerSecond), fmt(r.peakRssMB),
    r.loopSeconds === undefined ? '' : fmt(r.loopSeconds, 1),
  ]);
  const all = [head, ...body];
  const width = head.map((_, i) => Math.max(...all.map((l) => l[i]!.length)));
  return all.map((l) => l.map((c, i) => (i <= 1 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')).join('\n');
}

async function main(): Promise<void> {
  const a = parse();
  if (a.api) {
    if (SOURCE === '' && !a.corpus) throw new Error('bench --api: set FRAMESCOPE_REAL_CORPUS to the 500-document test corpus folder (or give --corpus DIR)');
    const { apiBench } = await import('./api.ts');
    await apiBench(ROOT, a.corpus ?? SOURCE, a.json, a.repeat === 1 ? 3 : a.repeat);
    return;
  }
  if (a.report) {
    const { reportBench } = await import('./report.ts');
    await reportBench(ROOT, SOURCE, a.json, a.keep);
    return;
  }
  if (a.hostile) {
    const { hostileBench } = await import('./hostile.ts');
    await hostileBench(LEXICON, SOURCE, a.json);
    return;
  }
  if (a.dictionary) {
    if (SOURCE === '' && !a.corpus) throw new Error('bench: set FRAMESCOPE_REAL_CORPUS to the 500-document test corpus folder (or give --corpus DIR)');
    const { dictionaryBench } = await import('./dictionary.ts');
    await dictionaryBench(ROOT, LEXICON, a.corpus ?? SOURCE, a.repeatGiven ? a.repeat : 5, a.workersGiven ? a.workers : 1, a.json);
    return;
  }
  const tmp = mkdtempSync(join(tmpdir(), 'framescope-bench-'));
  log(`temporary folder ${tmp}`);
  try {
    let big: string;
    let small: string | null = null;
    let scaling: Record<string, unknown>;
    if (a.corpus) {
      big = a.corpus;
      scaling = { corpus: a.corpus, scaled: false };
    } else {
      if (SOURCE === '') throw new Error('bench: set FRAMESCOPE_REAL_CORPUS to the 500-document test corpus folder (or give --corpus DIR)');
      // Words as framescope counts them, so the corpus holds at least the asked number of framescope words.
      const base = await runAnalyze('base', SOURCE, join(tmp, 'out-base'), 1, a.sentiment, tmp);
      const copies = copiesFor(a.words, base.words);
      const smallCopies = copiesFor(a.smallWords, base.words);
      log(`source: ${base.documents} documents, ${base.words} words; building ${copies} and ${smallCopies} copies`);
      big = buildScaledCorpus(SOURCE, join(tmp, 'corpus-big'), copies).dir;
      small = buildScaledCorpus(SOURCE, join(tmp, 'corpus-small'), smallCopies).dir;
      scaling = { source: SOURCE, sourceWords: base.words, sourceDocuments: base.documents, copies, smallCopies };
    }

    // The four measurements, on the same documents, one process each. With --repeat, (a), (b) and (c) run in
    // rounds, one after another, so that each round's ratios compare runs made minutes apart (this VM drifts).
    const rounds: { a: Row; b: Row; c: Row }[] = [];
    let rd: Row | null = null;
    let naiveInner: Record<string, number> = {};
    let floorInner: Record<string, number> = {};
    let words = 0;
    let docs = 0;
    let peakRssSource = '';
    for (let k = 1; k <= a.repeat; k++) {
      const tag = a.repeat === 1 ? '' : `#${k}`;
      const floor = await runScript(`a${tag}`, 'bench/floor.ts', [big], tmp);
      const one = await runAnalyze(`b${tag}`, big, join(tmp, 'out-b'), 1, a.sentiment, tmp);
      const all = await runAnalyze(`c${tag}`, big, join(tmp, 'out-c'), a.workers, a.sentiment, tmp);
      if (one.words !== all.words) throw new Error(`runs (b) and (c) counted different words: ${one.words} vs ${all.words}`);
      words = one.words;
      docs = one.documents;
      floorInner = floor.inner;
      peakRssSource = floor.peakRssSource;
      rounds.push({
        a: row(`a${tag}`, 'floor: wink-nlp readDoc loop', words, floor.inner.documents, floor, floor.inner.loopSeconds),
        b: row(`b${tag}`, 'analyze --workers 1', words, docs, one),
        c: row(`c${tag}`, `analyze --workers ${a.workers}`, words, docs, all),
      });
      if (rd === null) {
        const naive = await runScript('d', 'bench/naive.ts', [big, LEXICON], tmp, { DOTENV_CONFIG_QUIET: 'true' });
        naiveInner = naive.inner;
        rd = row('d', 'natural + AFINN + regex', words, naive.inner.documents, naive, naive.inner.loopSeconds);
      }
    }
    const rows: Row[] = rounds.flatMap((r, k) => (k === 0 ? [r.a, r.b, r.c, rd!] : [r.a, r.b, r.c]));
    let smallRows: Row[] = [];
    if (small) {
      const b5 = await runAnalyze('b-small', small, join(tmp, 'out-b-small'), 1, a.sentiment, tmp);
      const c5 = await runAnalyze('c-small', small, join(tmp, 'out-c-small'), a.workers, a.sentiment, tmp);
      smallRows = [row('b-small', 'analyze --workers 1', b5.words, b5.documents, b5), row('c-small', `analyze --workers ${a.workers}`, c5.words, c5.documents, c5)];
    }

    const perRound = rounds.map((r) => ({ 'b/a': r.b.wordsPerSecond / r.a.wordsPerSecond, 'c/b': r.c.wordsPerSecond / r.b.wordsPerSecond }));
    const peakB = Math.max(...rounds.map((r) => r.b.peakRssMB));
    const peakC = Math.max(...rounds.map((r) => r.c.peakRssMB));
    const ratios = {
      'b/a': median(perRound.map((r) => r['b/a'])),
      'c/b': median(perRound.map((r) => r['c/b'])),
      'b/d': median(rounds.map((r) => r.b.wordsPerSecond)) / rd!.wordsPerSecond,
      ...(smallRows.length ? {
        'peak b big/small': peakB / smallRows[0]!.peakRssMB,
        'peak c big/small': peakC / smallRows[1]!.peakRssMB,
      } : {}),
    };
    const allScorers = a.sentiment.split(',').map((s) => s.trim()).sort().join(',') === ALL_SCORERS.split(',').sort().join(',');
    const peakMax = Math.max(peakB, peakC) * 1024 * 1024;
    const targets = [
      { target: `(b) >= ${TARGET.floorShare} x floor throughput, all three scorers`, value: ratios['b/a'], pass: allScorers && ratios['b/a'] >= TARGET.floorShare, note: allScorers ? '' : 'not all three scorers on' },
      { target: `(c) >= ${TARGET.parallelGain} x (b)`, value: ratios['c/b'], pass: ratios['c/b'] >= TARGET.parallelGain, note: `${cpus().length} cores` },
      { target: `peak RSS of (b), (c) < 1 GB (10^9 bytes) at ${fmt(words)} words`, value: peakMax / 1e9, pass: peakMax < TARGET.peakBytes, note: a.words < 20_000_000 && !a.corpus ? 'corpus below 20 million words' : '' },
      ...(smallRows.length ? [{
        target: `peak RSS at ${fmt(words)} words <= ${TARGET.growth} x at ${fmt(smallRows[0]!.words)} (b and c)`,
        value: Math.max(ratios['peak b big/small']!, ratios['peak c big/small']!),
        pass: Math.max(ratios['peak b big/small']!, ratios['peak c big/small']!) <= TARGET.growth, note: '',
      }] : []),
    ];

    const result = {
      date: new Date().toISOString(),
      commit: gitCommit(),
      machine: { cpus: cpus().length, cpuModel: cpus()[0]?.model ?? null, totalMemMB: Math.round(totalmem() / 2 ** 20), node: process.version, platform: process.platform },
      options: { ...a, json: undefined },
      corpus: { ...scaling, words, documents: docs },
      peakRssSource,
      runs: [...rows, ...smallRows],
      ratios,
      ratiosPerRound: perRound,
      targets,
      naive: naiveInner,
      floor: floorInner,
    };
    mkdirSync(dirname(a.json), { recursive: true });
    writeFileSync(a.json, `${JSON.stringify(result, null, 2)}\n`);

    const out = [
      '',
      `framescope benchmark, ${fmt(words)} words in ${fmt(docs)} documents, ${cpus().length} cores, Node ${process.version}`,
      '(words/s = the same framescope word count / whole-process wall time; loop s = the script\'s own timed loop)',
      '',
      table([...rows, ...smallRows]),
      '',
      ...Object.entries(ratios).map(([k, v]) => `${k.padEnd(18)} ${v.toFixed(3)}`),
      ...(rounds.length > 1 ? ['', `rounds (b/a, c/b): ${perRound.map((r) => `${r['b/a'].toFixed(3)}, ${r['c/b'].toFixed(3)}`).join('; ')} (ratios above: medians)`] : []),
      '',
      ...targets.map((t) => `${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${t.value.toFixed(3)}${t.note ? ` (${t.note})` : ''}`),
      '',
      `results: ${a.json}`,
      '',
    ];
    process.stdout.write(out.join('\n'));
  } finally {
    if (a.keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
}

await main();
