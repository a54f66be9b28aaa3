// The command: parse options, run the pipeline, write outputs, print a summary.
import { join, relative } from 'node:path';
import cliProgress from 'cli-progress';
import { environmentFailure, environmentMessage, EXIT_BUSY, EXIT_ENVIRONMENT } from './cli/environment.ts';
import { helpText, parseOptions, UsageError, type Parsed } from './cli/options.ts';
import { lexiconCommand } from './cli/lexicon-command.ts';
import { CorpusError } from './corpus/index.ts';
import { LexiconError } from './lexicon/index.ts';
import { mergeContext, mergedStream } from './engine/partial.ts';
import { BusyError, settleForReading } from './output-folder/index.ts';
import { runAnalysis, writeRun, type RunReport } from './engine/run.ts';
import { verifyOutputs } from './provenance/manifest.ts';
import { FRAMESCOPE_VERSION } from './provenance/versions.ts';
import { sampleCommand, validateCommand } from './validation/commands.ts';

function fail(message: string, code = 2): never {
  process.stderr.write(`framescope: ${message}\n`);
  process.exit(code);
}

/** Lines about the output folder (a lock waited for or taken over, an interrupted run cleaned up) go to stderr. */
const notice = (line: string) => process.stderr.write(`framescope: ${line}\n`);

function summary(r: Omit<RunReport, 'source'> & { source: RunReport['source'] | null }): string {
  const lines = [
    ...(r.filter.length > 0 ? [`--filter ${r.filter.join(', ')}: ${r.filteredOut} files of the corpus folder left out`] : []),
    `documents: ${r.read} read, ${r.analysed} analysed, ${r.rejected.length} rejected`,
    ...(r.source ? [`analysis: ${r.source.fresh} documents analysed now, ${r.source.cached} taken from the cache${r.source.corrupt ? ` (${r.source.corrupt} cache entries were corrupt or stale and recomputed)` : ''}${r.source.skipped ? `, ${r.source.skipped} left to other shards` : ''}`] : []),
    `words: ${r.words}   sentences: ${r.sentences}`,
    'hits per category:',
    ...r.hitsByCategory.map((h) => `  ${String(h.hits).padStart(7)}  ${h.category}`),
  ];
  for (const x of r.rejected.slice(0, 10)) lines.push(`rejected: ${x.path}: ${x.reason}`);
  if (r.rejected.length > 10) lines.push(`rejected: ... ${r.rejected.length - 10} more in rejected.csv`);
  if (r.unmatchedMetadata.length > 0) {
    lines.push(`metadata rows with no document: ${r.unmatchedMetadata.length} (${r.unmatchedMetadata.slice(0, 5).join(', ')}${r.unmatchedMetadata.length > 5 ? ', ...' : ''})`);
  }
  if (r.documentation.length > 0) lines.push(`corpus documentation, not analysed: ${r.documentation.join(', ')}`);
  // Choices that would quietly change results are said here, and recorded in the manifest.
  const some = (ids: string[]) => `${ids.slice(0, 5).join(', ')}${ids.length > 5 ? `, ... (all in manifest.json)` : ''}`;
  lines.push(`groups: by the metadata field "${r.groupBy}"${r.groupBy === 'group' ? ' (the corpus\'s own comparison)' : ''}`);
  if (r.withoutGroup.length > 0) lines.push(`warning: ${r.withoutGroup.length} document${r.withoutGroup.length > 1 ? 's have' : ' has'} no ${r.groupBy} and form${r.withoutGroup.length > 1 ? '' : 's'} the group "(none)": ${some(r.withoutGroup)}`);
  if (r.lostPair) lines.push(`warning: because of the group "(none)", ${r.lostPair[0]} and ${r.lostPair[1]} are each compared with the rest, not with each other; --compare ${r.lostPair.join(',')} compares them`);
  if (r.smallGroups.length > 0) lines.push(`warning: groups with fewer than the --min-docs documents (marked small; their comparisons rest on few documents): ${r.smallGroups.map((g) => `${g.group} (${g.documents})`).join('; ')}`);
  for (const d of r.notLatin.slice(0, 10)) lines.push(`warning: ${d.id} is not in Latin script (${d.script}): the English lexicon and scorers cannot read it; its counts are near zero, not evidence`);
  if (r.notLatin.length > 10) lines.push(`warning: ... ${r.notLatin.length - 10} more documents not in Latin script (manifest.json)`);
  for (const d of r.notEnglish.slice(0, 10)) lines.push(`warning: ${d.id} does not look English (${d.by}): the English lexicon and scorers cannot read it; its counts are near zero, not evidence`);
  if (r.notEnglish.length > 10) lines.push(`warning: ... ${r.notEnglish.length - 10} more documents that do not look English (manifest.json)`);
  for (const w of r.lexiconWarnings.slice(0, 10)) lines.push(`warning: lexicon ${w}`);
  if (r.lexiconWarnings.length > 10) lines.push(`warning: ... ${r.lexiconWarnings.length - 10} more lexicon warnings (manifest.json; lexicon show FILE)`);
  for (const c of r.chartsSkipped) lines.push(`chart not drawn: ${c.chart}: ${c.reason}`);
  if (r.withoutDate > 0 && r.withoutDate === r.analysed) lines.push('warning: no document has a date (field "date", ISO 8601): trends.csv is empty');
  else if (r.withoutDate > 0) lines.push(`warning: ${r.withoutDate} of ${r.analysed} documents have no date (field "date", ISO 8601): trends leave them out`);
  if (r.withoutWords.length > 0) lines.push(`warning: ${r.withoutWords.length} document${r.withoutWords.length > 1 ? 's have' : ' has'} no words: ${some(r.withoutWords)}`);
  if (r.written.includes('report.html')) lines.push(`report: ${relative(process.cwd(), join(r.out, 'report.html'))}`);
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
  }, notice);
  bar?.stop();
  if (!o.quiet) process.stdout.write(`${summary(report)}\n`);
}

async function merge(p: Parsed): Promise<void> {
  const { ctx, rejected } = mergeContext(p.positionals, p.options);
  const report = await writeRun(ctx, mergedStream(p.positionals, rejected), notice);
  if (!p.options.quiet) process.stdout.write(`merged ${p.positionals.length} partial results\n${summary({ ...report, source: null })}\n`);
}

async function verify(p: Parsed): Promise<void> {
  if (p.positionals.length !== 1) fail('verify takes one outputs folder: npx tsx src/analyze.ts verify DIR');
  const dir = p.positionals[0]!;
  // A run killed while moving its finished outputs into place is completed first (what the next run would do).
  await settleForReading(dir, notice);
  let r;
  try {
    r = verifyOutputs(dir);
  } catch (e) {
    fail((e as Error).message);
  }
  for (const f of r.changed) process.stdout.write(`changed: ${f}\n`);
  for (const f of r.missing) process.stdout.write(`missing: ${f}\n`);
  for (const f of r.added) process.stdout.write(`not in manifest: ${f}\n`);
  const bad = r.changed.length + r.missing.length;
  process.stdout.write(`${r.checked} files checked: ${r.checked - bad} unchanged, ${r.changed.length} changed, ${r.missing.length} missing\n`);
  if (bad > 0) process.exit(1);
}

async function report(p: Parsed): Promise<void> {
  if (p.positionals.length > 0) fail(`report reads the folder given by --out, not '${p.positionals[0]}': npx tsx src/analyze.ts report --out DIR`);
  const dir = p.options.out;
  // A run killed while moving its finished outputs into place is completed first, so the report shows whole outputs.
  await settleForReading(dir, notice);
  // Loaded only here: the report builder brings in the chart compiler.
  const { writeReport } = await import('./report/index.ts');
  let r;
  try {
    r = writeReport(dir, { validation: p.options.validation });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== undefined && (e as NodeJS.ErrnoException).code !== 'ENOENT') throw e;
    fail((e as Error).message);
  }
  if (!p.options.quiet) {
    process.stdout.write(`report: ${relative(process.cwd(), r.file)} (${(r.bytes / 1e6).toFixed(2)} MB; ${r.documents} documents, ${r.hits} hits; built in ${(r.ms / 1000).toFixed(2)} s); not in the run's manifest: run report again after a new run, or analyze with --report\n`);
  }
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
    else if (p.command === 'verify') await verify(p);
    else if (p.command === 'sample') process.stdout.write(`${await sampleCommand(p.options)}\n`);
    else if (p.command === 'validate') process.stdout.write(`${await validateCommand(p.options)}\n`);
    else if (p.command === 'report') await report(p);
    else if (p.command === 'lexicon') process.stdout.write(`${lexiconCommand(p.positionals)}\n`);
    else await merge(p);
  } catch (e) {
    if (e instanceof UsageError || e instanceof CorpusError || e instanceof LexiconError) fail(e.message);
    if (e instanceof BusyError) fail(e.message, EXIT_BUSY);
    const env = environmentFailure(e);
    // analyze and merge write into a staging folder: a failure leaves the earlier outputs as they were.
    if (env) fail(environmentMessage(env, p.command === 'analyze' || p.command === 'merge' ? p.options.out : null), EXIT_ENVIRONMENT);
    throw e;
  }
}

// Ctrl-C and kill end the run through process.exit, so the lock and the staging folder are removed on the way out.
process.on('SIGINT', () => process.exit(130));
process.on('SIGTERM', () => process.exit(143));

await main();
