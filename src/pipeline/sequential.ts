import type { Corpus, BoilerplateRules, Rejection } from '../corpus/index.ts';
import { loadDocument } from '../corpus/index.ts';
import type { CompiledLexicon } from '../lexicon/index.ts';
import type { Scorer } from '../sentiment/scorer.ts';
import { analyzeDocument, type DocumentOptions } from './analyze-document.ts';
import type { DocumentAnalysis } from './document-analysis.ts';

export type FileResult = { ok: true; analysis: DocumentAnalysis } | { ok: false; rejection: Rejection };

/** Loads and analyses one corpus file: the unit of work of a worker, a cache entry or a shard. */
export function analyseFile(
  corpus: Corpus, file: string, rules: BoilerplateRules, lexicon: CompiledLexicon,
  scorers: readonly Scorer[], opts: DocumentOptions,
): FileResult {
  const loaded = loadDocument(corpus, file, rules);
  if (!loaded.ok) return { ok: false, rejection: loaded.rejection };
  return { ok: true, analysis: analyzeDocument(loaded.document, lexicon, scorers, opts) };
}

/** Every file of the corpus, in corpus order, analysed in this thread. */
export async function* analyseInProcess(
  corpus: Corpus, rules: BoilerplateRules, lexicon: CompiledLexicon,
  scorers: readonly Scorer[], opts: DocumentOptions,
): AsyncGenerator<FileResult> {
  for (const file of corpus.files) yield analyseFile(corpus, file, rules, lexicon, scorers, opts);
}
