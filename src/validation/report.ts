// VALIDATION.md: the figures a paper can quote, with what they rest on; warnings for everything left out of them.
import { basename } from 'node:path';
import type { Row } from '../tables/csv.ts';
import type { Validation } from './validate.ts';

const pct = (x: unknown) => (typeof x === 'number' ? `${(x * 100).toFixed(1)}%` : 'n/a');
const ci = (r: Row | undefined) => (r && typeof r.lower === 'number' ? ` [${pct(r.lower)}, ${pct(r.upper)}]` : '');

function find(rows: Row[], split: string, measure: string, category: string, group: string): Row | undefined {
  return rows.find((r) => r.split === split && r.measure === measure && r.category === category && r.group === group);
}

export function validationMarkdown(v: Validation, ctx: { lexicon: string; corpus: string; runFingerprint: string; files: string[] }): { text: string; summary: string; warnings: string[] } {
  const { rows, coverage: c } = v;
  const warnings: string[] = [];
  if (c.unknownDocuments.length > 0) warnings.push(`${c.unknownDocuments.length} coded items are from documents not in this corpus (first: ${c.unknownDocuments[0]!.file}:${c.unknownDocuments[0]!.line}, ${c.unknownDocuments[0]!.docId}); left out`);
  if (c.missingSentences.length > 0) warnings.push(`${c.missingSentences.length} coded sentences are no longer sentences of this run (first: ${c.missingSentences[0]!.file}:${c.missingSentences[0]!.line}); left out`);
  const removed = c.removedHits.yes + c.removedHits.no + c.removedHits.unsure;
  if (removed > 0) warnings.push(`${removed} coded hits are no longer found by this lexicon (coded as frames: ${c.removedHits.yes} yes, ${c.removedHits.no} no, ${c.removedHits.unsure} unsure); left out of precision`);
  if (c.mergedHits > 0) warnings.push(`${c.mergedHits} coded hits are now part of one longer hit with another coded hit (one expression, one count); the first code stands for it`);
  if (c.uncodedHits > 0) warnings.push(`${c.uncodedHits} hits of this run have no code (a sample codes some of them; precision is estimated from the coded ones, by stratum)`);
  if (c.notCoded > 0) warnings.push(`${c.notCoded} rows of the sheets have no code; left out`);
  const split = rows.some((r) => r.split === 'test') ? 'test' : '(all)';
  const P = find(rows, split, 'precision', '(all)', '(all)');
  const R = find(rows, split, 'recall', '(all)', '(all)');
  const N = find(rows, split, 'negation_accuracy', '(all)', '(all)');
  const NP = find(rows, split, 'negation_precision', '(all)', '(all)');
  const cats = rows.filter((r) => r.split === split && r.measure === 'precision' && r.category !== '(all)' && r.group === '(all)' && typeof r.estimate === 'number');
  const lo = cats.reduce((m, r) => (m === null || (r.estimate as number) < (m.estimate as number) ? r : m), null as Row | null);
  const alpha = rows.find((r) => r.measure === 'alpha_frame');
  const allTest = rows.every((r) => r.split !== 'dev');
  // A fresh draw (sample --fresh) is held out whole; a first draw is split in half by document.
  const where = split !== 'test' ? 'on all coded items'
    : allTest ? 'on items drawn after the lexicon was revised (split `test`, not looked at while revising)'
      : 'on the held-out half of the coded documents (split `test`, not looked at while the lexicon was revised)';
  const summary = `${ctx.lexicon}: precision ${pct(P?.estimate)}${ci(P)}, recall ${pct(R?.estimate)}${ci(R)}, negation accuracy ${pct(N?.estimate)}${ci(N)} (${split === 'test' ? 'held-out split' : 'all coded items'}; ${c.codedHits} coded hits, ${c.codedSentences} coded sentences)`;
  const para = [
    `The lexicon (${ctx.lexicon}) was validated against ${c.codedHits} hand-coded marker occurrences and ${c.codedSentences} hand-coded random sentences`,
    `of the corpus \`${basename(ctx.corpus)}\` (coders: ${c.coders.join(', ')}; analysis run ${ctx.runFingerprint.slice(0, 12)}). ${where[0]!.toUpperCase()}${where.slice(1)},`,
    `the share of counted markers that express their category's frame (precision, stratified by category and group and weighted by the run's hits) was ${pct(P?.estimate)}${ci(P)}`,
    lo ? `(lowest category: ${lo.category}, ${pct(lo.estimate)}${ci(lo)});` : ';',
    `the share of frame occurrences in random sentences that the lexicon finds (recall) was ${pct(R?.estimate)}${ci(R)};`,
    `the negated flag agreed with the coders on ${pct(N?.estimate)}${ci(N)} of markers, and ${pct(NP?.estimate)}${ci(NP)} of markers flagged negated were negated.`,
    alpha && typeof alpha.estimate === 'number' ? `Agreement between coders on whether a marker expresses its frame: Krippendorff's alpha ${(alpha.estimate as number).toFixed(3)} over ${alpha.n} doubly coded markers.` : '',
  ].filter(Boolean).join(' ');
  const table = ['| category | group | precision | n | recall | n |', '| --- | --- | --- | --- | --- | --- |'];
  for (const r of rows.filter((x) => x.split === split && x.measure === 'precision')) {
    const rec = find(rows, split, 'recall', r.category as string, r.group as string);
    table.push(`| ${r.category} | ${r.group} | ${pct(r.estimate)}${ci(r)} | ${r.n} | ${pct(rec?.estimate)}${ci(rec)} | ${rec?.n ?? ''} |`);
  }
  const text = [
    '# Validation', '',
    'A paragraph to quote:', '', `> ${para}`, '',
    `Sheets: ${ctx.files.map((f) => `\`${basename(f)}\``).join(', ')}. Every figure with its interval and method is in \`validation.csv\`.`, '',
    ...(warnings.length > 0 ? ['Left out:', '', ...warnings.map((w) => `- ${w}`), ''] : []),
    `## Precision and recall (${split === 'test' ? 'held-out split' : 'all coded items'})`, '', ...table, '',
  ].join('\n');
  return { text, summary, warnings };
}
