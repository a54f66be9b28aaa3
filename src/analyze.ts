// The command: parse options, run the pipeline, write outputs, print a summary.
import { relative } from 'node:path';
import cliProgress from 'cli-progress';
import { helpText, parseOptions, UsageError, type Parsed } from './cli/options.ts';
import { CorpusError } from './corpus/index.ts';
import { LexiconError } from './lexicon/index.ts';
import { runAnalysis, type RunReport } from './pipeline/run.ts';
import { FRAMESCOPE_VERSION } from './provenance/versions.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(`framescope: ${message}\n`);
  process.exit(code);
}

function summary(r: RunReport): string {
  const lines = [
    `documents: ${r.read} read, ${r.analysed} analysed, ${r.rejected.length} rejected`,
    `words: ${r.words}   sentences: ${r.sentences}`,
    'hits per category:',
    ...r.hitsByCategory.map((h) => `  ${String(h.hits).padStart(7)}  ${h.category}`),
  ];
  for (const x of r.rejected.slice(0, 10)) lines.push(`rejected: ${x.path}: ${x.reason}`);
  if (r.rejected.length > 10) lines.push(`rejected: ... ${r.rejected.length - 10} more in rejected.csv`);
  if (r.unmatchedMetadata.length > 0) {
    lines.push(`metadata rows with no document: ${r.unmatchedMetadata.length} (${r.unmatchedMetadata.slice(0, 5).join(', ')}${r.unmatchedMetadata.length > 5 ? ', ...' : ''})`);
  }
  lines.push(`outputs: ${relative(process.cwd(), r.out) || '.'}/`);
  return lines.join('\n');
}

async function analyze(p: Parsed): Promise<void> {
  const o = p.options;
  const bar = !o.quiet && process.stderr.isTTY
    ? new cliProgress.SingleBar({ stream: process.stderr, format: 'analysing |{bar}| {value}/{total} documents | {eta_formatted} left', hideCursor: true }, cliProgress.Presets.shades_classic)
    : null;
  let started = false;
  const report = await runAnalysis(o, (done, total) => {
    if (!bar) return;
    if (!started) { bar.start(total, 0); started = true; }
    bar.update(done);
  });
  bar?.stop();
  if (!o.quiet) process.stdout.write(`${summary(report)}\n`);
}

async function main(): Promise<void> {
  let p: Parsed;
  try {
    p = parseOptions(process.argv.slice(2));
  } catch (e) {
    if (e instanceof UsageError) fail(e.message);
    throw e;
  }
  if (p.help) { process.stdout.write(`${helpText()}\n`); return; }
  if (p.version) { process.stdout.write(`framescope ${FRAMESCOPE_VERSION}\n`); return; }
  try {
    if (p.command === 'analyze') await analyze(p);
    else fail(`'${p.command}' is not available yet`);
  } catch (e) {
    if (e instanceof UsageError || e instanceof CorpusError || e instanceof LexiconError) fail(e.message);
    throw e;
  }
}

await main();
