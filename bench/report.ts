// npm run bench -- --report: build time, peak memory and size of report.html for the 500-document test corpus and
// for 20,000 documents (the test corpus repeated), each report built by the command in a process of its own.
import { mkdtempSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildScaledCorpus } from './corpus.ts';
import { measure } from './measure.ts';

// The targets for the 500-document corpus.
const TARGET = { seconds: 3, bytes: 5e6 };
const BIG_DOCUMENTS = 20_000;

interface ReportRow { corpus: string; documents: number; hits: number; buildSeconds: number; processSeconds: number; peakRssMB: number; megabytes: number }

export async function reportBench(root: string, source: string, json: string, keep: boolean): Promise<void> {
  const log = (s: string) => process.stderr.write(`bench report: ${s}\n`);
  if (source === '') throw new Error('bench --report: set FRAMESCOPE_REAL_CORPUS to the 500-document test corpus folder');
  const tmp = mkdtempSync(join(tmpdir(), 'framescope-bench-report-'));
  const cli = (args: string[]) => [process.execPath, ['--import', 'tsx', 'src/analyze.ts', ...args]] as const;
  const rows: ReportRow[] = [];
  try {
    const one = async (label: string, corpus: string, documents: number) => {
      const out = join(tmp, `out-${label}`);
      log(`${label}: analyze ${corpus} (${documents} documents, charts on; not timed)`);
      const [cmd, args] = cli(['--corpus', corpus, '--out', out, '--workers', String(availableParallelism()), '--quiet']);
      await measure(cmd, [...args], { cwd: root, tmp, label: `analyze-${label}` });
      log(`${label}: report --out ${out}`);
      const [rcmd, rargs] = cli(['report', '--out', out]);
      const m = await measure(rcmd, [...rargs], { cwd: root, tmp, label: `report-${label}` });
      // "report: FILE (X MB; N documents, H hits; built in S s); ..." : the build time without node's start-up.
      const said = /; (\d+) documents, (\d+) hits; built in ([\d.]+) s/.exec(m.stdout);
      if (!said) throw new Error(`${label}: unexpected report output: ${m.stdout}`);
      rows.push({
        corpus: label, documents: Number(said[1]), hits: Number(said[2]), buildSeconds: Number(said[3]), processSeconds: m.wallSeconds,
        peakRssMB: m.peakRssKB / 1024, megabytes: statSync(join(out, 'report.html')).size / 1e6,
      });
    };
    await one('test corpus', source, 500);
    const copies = Math.ceil(BIG_DOCUMENTS / 500);
    const big = buildScaledCorpus(source, join(tmp, 'corpus-20k'), copies);
    await one(`${copies} copies`, big.dir, big.documents);
  } finally {
    if (keep) log(`kept ${tmp}`);
    else rmSync(tmp, { recursive: true, force: true });
  }
  const fmt = (n: number, d = 0) => n.toLocaleString('en-US', { minimumFractionDigits: d, maximumFractionDigits: d });
  const lines = [['corpus', 'docs', 'hits', 'build s', 'process s', 'peak RSS MB', 'report MB']];
  for (const r of rows) lines.push([r.corpus, fmt(r.documents), fmt(r.hits), fmt(r.buildSeconds, 2), fmt(r.processSeconds, 2), fmt(r.peakRssMB), fmt(r.megabytes, 2)]);
  const width = lines[0]!.map((_, i) => Math.max(...lines.map((l) => l[i]!.length)));
  process.stdout.write(`${lines.map((l) => l.map((c, i) => (i === 0 ? c.padEnd(width[i]!) : c.padStart(width[i]!))).join('  ')).join('\n')}\n`);
  const small = rows[0]!;
  const targets = [
    { target: `report of the 500-document corpus built in < ${TARGET.seconds} s`, value: small.buildSeconds, pass: small.buildSeconds < TARGET.seconds },
    { target: `report of the 500-document corpus < ${TARGET.bytes / 1e6} MB`, value: small.megabytes, pass: small.megabytes * 1e6 < TARGET.bytes },
  ];
  for (const t of targets) process.stdout.write(`${t.pass ? 'PASS' : 'FAIL'}  ${t.target}: ${fmt(t.value, 2)}\n`);
  writeFileSync(json, `${JSON.stringify({ date: new Date().toISOString(), report: rows, targets }, null, 2)}\n`);
  log(`results in ${json}`);
}
