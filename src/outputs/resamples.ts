// The document bootstrap shared by rates_by_group.csv and frame_tone.csv: resamples made once per group, by
// this thread or by the worker pool while other tables are written.
import type { CorpusState } from '../engine/corpus-state.ts';
import { ALL } from '../tables/schema.ts';
import {
  clusterTotals, resampleBlocks, resampleSums, allocateSparseClusters, RESAMPLE_BLOCK, type SparseClusters,
} from '../stats/index.ts';
import { collectGarbageIfLong } from '../engine/heap.ts';

/**
 * Field layout of one document in the shared resamples: sentences and score sums over all its sentences,
 * then per category the sentences with the frame, their score sums and their score sums with the frame's
 * markers left out, then words and hits per category.
 */
export function resampleLayout(nCat: number, nCol: number) {
  const stride = 1 + nCol;
  const toneStride = 1 + 2 * nCol;
  const words = stride + toneStride * nCat;
  return { stride, toneStride, tone: (k: number) => stride + toneStride * k, words, hits: (k: number) => words + 1 + k, nFields: words + 1 + nCat };
}

export interface GroupResamples {
  group: string;
  documents: number;
  /** field sums over the group's documents */
  total: Float64Array;
  /** documents with a value in each field (e.g. documents using a frame, documents with hits of a category) */
  documentsWith: Int32Array;
  /** field sums of each resample (documents drawn with replacement), replicate r at r * nFields; null below two documents */
  replicates: Float64Array | null;
}

const prepared = new WeakMap<CorpusState, Map<string, GroupResamples[]>>();

/** Computes one block of resamples somewhere (this thread, or a worker of the pool). */
export type BlockRunner = (data: SparseClusters, seed: number, iterations: number, block: number) => Promise<Float64Array>;

/** Each group's documents ("(all)" first) as sparse rows of the resample layout, one group at a time. */
function* groupData(state: CorpusState, shared: boolean): Generator<{ group: string; documents: number; data: SparseClusters }> {
  const nCol = state.scoreColumns.length;
  const nCat = state.categoryIds.length;
  const L = resampleLayout(nCat, nCol);
  const width = 1 + L.toneStride;
  // Read in place (Growable.get), not as views: a view of a multi-chunk column is a copy.
  const tones = state.tone;
  for (const [group, docs] of state.documentsByGroup(ALL)) {
    // Written straight into typed arrays (no array per document): documents ascend, and so do the
    // per-category tone records, so one cursor per category finds each document's records. Two passes over
    // the same rows: the first counts the values, the second writes them into arrays of exactly that size
    // (shared with the pool's threads when they compute the blocks), so the group's rows exist once.
    let data: SparseClusters | null = null;
    let n = 0;
    const put = (f: number, v: number) => {
      if (data !== null) { data.fields[n] = f; data.values[n] = v; }
      n++;
    };
    const cursor = new Int32Array(nCat);
    const pass = () => {
      n = 0;
      cursor.fill(0);
      docs.forEach((d, j) => {
        for (let c = 0; c < nCol; c++) {
          const [sum, sentences] = state.score(d, c);
          if (c === 0) put(0, sentences);
          put(1 + c, sum);
        }
        for (let k = 0; k < nCat; k++) {
          const src = tones[k]!;
          while (cursor[k]! < src.length && src.get(cursor[k]!) < d) cursor[k]! += width;
          const r = cursor[k]!;
          if (r < src.length && src.get(r) === d) for (let f = 0; f < L.toneStride; f++) put(L.tone(k) + f, src.get(r + 1 + f));
        }
        // rates_by_group has no "(all)" rows: its words and hits are not resampled there.
        if (group !== ALL) {
          put(L.words, state.docWords.get(d));
          for (let k = 0; k < nCat; k++) { const h = state.hits(d, k); if (h > 0) put(L.hits(k), h); }
        }
        if (data !== null) data.rowStart[j + 1] = n;
      });
    };
    pass();
    // The previous group's rows are garbage by now, but V8 keeps them until its external-memory limit:
    // collected first, the groups' rows are not all in memory at once (20 M words: 54 -> 31 MB of array buffers after the step).
    collectGarbageIfLong({ documents: state.n, words: state.words });
    data = allocateSparseClusters(L.nFields, docs.length, n, shared);
    pass();
    yield { group, documents: docs.length, data };
  }
}

/** Documents with a value in each field. */
function documentsWith(data: SparseClusters): Int32Array {
  const out = new Int32Array(data.nFields);
  for (let p = 0; p < data.rowStart[data.nClusters]!; p++) out[data.fields[p]!]!++;
  return out;
}

/**
 * One cluster bootstrap per group ("(all)" first), shared by frame_tone and rates_by_group: both tables
 * resample the documents of a group with the same seed, so they use the same resamples, made once here,
 * in blocks (resampleBlock) that `run` may spread over worker threads; without it they are made on this
 * thread (resampleSums, the same blocks in order): the result is the same either way.
 */
export async function prepareResamples(state: CorpusState, opts: { seed: number; iterations: number }, run: BlockRunner | null): Promise<void> {
  const key = `${opts.seed}/${opts.iterations}`;
  let byOpts = prepared.get(state);
  if (!byOpts) prepared.set(state, (byOpts = new Map()));
  if (byOpts.has(key)) return;
  // Group after group, so only one group's sparse rows are in memory (the blocks of a group keep every worker busy).
  const out: GroupResamples[] = [];
  for (const { group, documents, data } of groupData(state, run !== null)) {
    const base = { group, documents, total: clusterTotals(data), documentsWith: documentsWith(data) };
    // Resampling fewer than two documents says nothing about variation: intervals stay missing.
    if (documents < 2) { out.push({ ...base, replicates: null }); continue; }
    if (run === null) { out.push({ ...base, replicates: resampleSums(data, opts).replicates }); continue; }
    const blocks = await Promise.all(Array.from({ length: resampleBlocks(opts.iterations) }, (_, b) => run(data, opts.seed, opts.iterations, b)));
    const replicates = new Float64Array(opts.iterations * data.nFields);
    blocks.forEach((x, b) => replicates.set(x, b * RESAMPLE_BLOCK * data.nFields));
    out.push({ ...base, replicates });
  }
  byOpts.set(key, out);
}

/** The resamples made by prepareResamples, which writeOutputs runs before the tables that use them. */
export function groupResamples(state: CorpusState, opts: { seed: number; iterations: number }): GroupResamples[] {
  const hit = prepared.get(state)?.get(`${opts.seed}/${opts.iterations}`);
  if (!hit) throw new Error('internal error: bootstrap resamples used before prepareResamples');
  return hit;
}
