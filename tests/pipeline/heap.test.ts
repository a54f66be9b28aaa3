import { PerformanceObserver, constants } from 'node:perf_hooks';
import { describe, expect, it } from 'vitest';
import { collectGarbageIfLong, GC_EVERY, LONG_RUN_WORDS } from '../../src/engine/heap.ts';

/** Forced major collections V8 reports while `f` runs (perf_hooks 'gc' entries, delivered asynchronously). */
async function forcedMajorCollections(f: () => void): Promise<number> {
  let n = 0;
  const obs = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const d = (e as unknown as { detail: { kind: number; flags: number } }).detail;
      if (d.kind === constants.NODE_PERFORMANCE_GC_MAJOR && (d.flags & constants.NODE_PERFORMANCE_GC_FLAGS_FORCED) !== 0) n++;
    }
  });
  obs.observe({ entryTypes: ['gc'] });
  f();
  await new Promise((resolve) => setTimeout(resolve, 50));
  obs.disconnect();
  return n;
}

describe('forced collections between steps (src/engine/heap.ts)', () => {
  it('run only from GC_EVERY documents or LONG_RUN_WORDS words on', async () => {
    expect(GC_EVERY).toBe(2000);
    expect(LONG_RUN_WORDS).toBe(1_000_000);
    expect(await forcedMajorCollections(() => collectGarbageIfLong({ documents: 1999, words: 999_999 }))).toBe(0);
    expect(await forcedMajorCollections(() => collectGarbageIfLong({ documents: 2000, words: 0 }))).toBe(1);
    expect(await forcedMajorCollections(() => collectGarbageIfLong({ documents: 0, words: 1_000_000 }))).toBe(1);
  });
});
