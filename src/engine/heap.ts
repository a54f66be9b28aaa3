// Keeping the heap near its live size in long runs: V8 lets promoted garbage pile up to several times the
// live heap before a full collection (measured: 50 MB live, 250 MB heap), so peak memory would grow with
// corpus size. A full collection every GC_EVERY documents costs ~20 ms each and keeps the peak flat.
import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';

export const GC_EVERY = 2000;

/** Words from which a run counts as long (with GC_EVERY documents): 2 M words held 250 MB of heap without collections. */
export const LONG_RUN_WORDS = 1_000_000;

let gc: (() => void) | null = null;

/** A full garbage collection (V8's gc(), exposed for this purpose only). */
export function collectGarbage(): void {
  if (gc === null) {
    setFlagsFromString('--expose-gc');
    gc = runInNewContext('gc') as () => void;
  }
  gc();
}

/**
 * A full collection between the steps of a long run only: a shorter run's heap stays small whatever V8 does, and
 * there the steps' 15 collections of a 60-80 MB heap cost 0.5-0.8 s of CPU in a 4-6 s run (500 documents, bench/README.md).
 */
export function collectGarbageIfLong(run: { documents: number; words: number }): void {
  if (run.documents >= GC_EVERY || run.words >= LONG_RUN_WORDS) collectGarbage();
}

/** Counts documents and collects garbage every GC_EVERY of them. */
export class HeapKeeper {
  private n = 0;
  tick(): void {
    if (++this.n % GC_EVERY === 0) collectGarbage();
  }
}
