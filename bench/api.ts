// npm run bench -- --api: the library against the command on the same corpus, each a child process, alternated.
// (api) readCorpus + analyze; (api+tables) the same and every table the command writes, through the textstat verbs;
// (cli) src/analyze.ts --workers 1 --no-cache --no-charts --quiet. Then kwic searches timed after the corpus is read.
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { measure, median } from './measure.ts';

// The bounds: the library within 10% of the command; a search in under a second once the corpus is read.
const BOUND = { apiOverCli: 1.1, kwicSeconds: 1 };

export async function apiBench(root: string, corpus: string, json: string, rounds: number): Promise<void> {
  const log = (s: string) => process.stderr.write(`bench api: ${s}\n`);
  const tmp = mkdtempSync(join(tmpdir(), 'framescope-bench-api-'));
  const node = (args: string[]) => [process.execPath, ['--import', 'tsx', ...args]] as const;
  const times: Record<'api' | 'api+tables' | 'cli', number[]> = { api: [], 'api+tables': [], cli: [] };
  try {
    for (let r = 1; r <= rounds; r++) {
      for (const step of ['cli', 'api', 'api+tables'] as const) {
        const [cmd, args] = step === 'cli'
          ? node(['src/analyze.ts', '--corpus', corpus, '--out', join(tmp, 'out'), '--workers', '1', '--no-cache', '--no-charts', '--quiet'])
          : node(['bench/api-run.ts', corpus, step === 'api' ? 'analyze' : 'tables']);
        const m = await measure(cmd, [...args], { cwd: root, tmp, label: step });
        times[step].push(m.wallSeconds);
        log(`round ${r} ${step}: ${m.wallSeconds.toFixed(2)} s`);
        rmSync(join(tmp, 'out'), { recursive: true, force: true });
      }
    }
    const [cmd, args] = node(['bench/api-run.ts', corpus, 'kwic']);
    const k = JSON.parse((await measure(cmd, [...args], { cwd: root, tmp, label: 'kwic' })).stdout.trim().split('\n').at(-1)!) as Record<string, number>;
    const cli = median(times.cli);
    const rows = [
      { case: 'api (readCorpus + analyze) / cli', ratio: median(times.api) / cli },
      { case: 'api+tables (every textstat table) / cli', ratio: median(times['api+tables']) / cli },
    ].map((r) => ({ ...r, pass: r.ratio <= BOUND.apiOverCli }));
    const searches = Object.entries(k).filter(([key]) => key.startsWith('kwic ')).map(([key, s]) => ({ search: key.slice(5), seconds: s, pass: s < BOUND.kwicSeconds }));
    for (const [step, xs] of Object.entries(times)) process.stdout.write(`${step.padEnd(11)} median ${median(xs).toFixed(2)} s of ${xs.map((x) => x.toFixed(2)).join(', ')}\n`);
    for (const r of rows) process.stdout.write(`${r.case}: ${r.ratio.toFixed(3)} (bound ${BOUND.apiOverCli}) ${r.pass ? 'PASS' : 'FAIL'}\n`);
    process.stdout.write(`kwic over ${k.documents} documents (read in ${k.readSeconds!.toFixed(2)} s):\n`);
    for (const s of searches) process.stdout.write(`  ${s.search.padEnd(11)} ${s.seconds.toFixed(3)} s ${s.pass ? 'PASS' : 'FAIL'}\n`);
    writeFileSync(json, `${JSON.stringify({ corpus, rounds, seconds: times, ratios: rows, kwic: searches }, null, 2)}\n`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}
