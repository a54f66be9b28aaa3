// A worker thread: compiles the lexicon once, then analyses the documents it is sent.
import { parentPort, workerData } from 'node:worker_threads';
import type { Document } from '../corpus/index.ts';
import { compileLexicon, readLexicon } from '../lexicon/index.ts';
import { scorersByName } from '../sentiment/index.ts';
import { analyzeDocument, type DocumentOptions } from './analyze-document.ts';

export interface WorkerInit { lexiconFile: string; scorers: string[]; options: DocumentOptions }
export interface WorkerTask { seq: number; document: Document }
export type WorkerReply = { seq: number; ok: true; analysis: ReturnType<typeof analyzeDocument> } | { seq: number; ok: false; error: string };

const init = workerData as WorkerInit;
const lexicon = compileLexicon(readLexicon(init.lexiconFile));
const scorers = scorersByName(init.scorers);

parentPort!.on('message', (task: WorkerTask) => {
  let reply: WorkerReply;
  try {
    reply = { seq: task.seq, ok: true, analysis: analyzeDocument(task.document, lexicon, scorers, init.options) };
  } catch (e) {
    reply = { seq: task.seq, ok: false, error: (e as Error).stack ?? String(e) };
  }
  parentPort!.postMessage(reply);
});
