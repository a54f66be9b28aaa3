// What a run reports and what its output stage needs: shared by a run (run.ts) and a merge of partial results (partial.ts).
import type { Options } from '../cli/options.ts';
import type { Rejection } from '../corpus/index.ts';
import type { Lexicon } from '../lexicon/index.ts';
import type { SourceStats } from './source.ts';

export interface RunReport {
  out: string;
  read: number;
  analysed: number;
  rejected: Rejection[];
  words: number;
  sentences: number;
  hitsByCategory: { category: string; label: string; hits: number }[];
  unmatchedMetadata: string[];
  documentation: string[];
  /** the grouping field used, and what a user must be told about the documents */
  groupBy: string;
  withoutGroup: string[];
  notLatin: { id: string; script: string }[];
  /** in Latin script but not English, and what tells: its language field or its function words */
  notEnglish: { id: string; by: string }[];
  withoutWords: string[];
  /** documents without a date (trends leave them out) */
  withoutDate: number;
  /** groups with fewer documents than --min-docs, with their counts */
  smallGroups: { group: string; documents: number }[];
  /** --filter as given, and the files it left out */
  filter: string[];
  filteredOut: number;
  /** charts not drawn, and why */
  chartsSkipped: { chart: string; reason: string }[];
  /** the named groups, when documents without a group value turned their one A vs B comparison into each against the rest */
  lostPair: [string, string] | null;
  /** what the lexicon reader read with reservations, "file:line: detail" (also in the manifest) */
  lexiconWarnings: string[];
  runFingerprint: string;
  written: string[];
  source: SourceStats;
}

/** What the output stage needs besides the stream of analyses (also rebuilt by merge from partial results). */
export interface OutputContext {
  options: Options;
  lexicon: Lexicon;
  boilerplate: { file: string; sha256: string };
  filesRead: number;
  unmatchedMetadata: string[];
  /** corpus documentation files (README.md, SOURCE.md, ...) listed but not analysed */
  documentation: string[];
  scorerNames: string[];
  /** when the run began (reported only in run.json) */
  startedAt: Date;
  /** --group-by was given (a field no document has is then an error, not the default falling back to "(none)") */
  groupByGiven: boolean;
  /** files of the corpus folder that --filter left out (not read) */
  filteredOut: number;
}

export type Progress = (done: number, total: number) => void;

/** One line for the user about the output folder (a lock waited for or taken over, an interrupted run cleaned up). */
export type Notice = (line: string) => void;
