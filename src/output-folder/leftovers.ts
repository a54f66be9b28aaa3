// Temporary files an interrupted run left in OUT (by name only: framescope's own temporary and scratch names).
import { readdirSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { holderRunning } from './lock.ts';
import { hostname } from 'node:os';

// src/tables/atomic.ts names temporary files .NAME.PID.THREAD.tmp; src/charts/render.ts names them NAME.PID.MILLISECONDS.tmp;
// ./lock.ts writes the lock as .framescope.lock.PID.tmp before linking it into place.
const TEMPORARY = /^(?:\..+\.(\d+)\.\d+\.tmp|[A-Za-z0-9._-]+\.(?:vl\.json|svg|png)\.(\d+)\.\d+\.tmp|\.framescope\.lock\.(\d+)\.tmp)$/;
// Scratch files runs kept in OUT itself before they had staging folders.
const SCRATCH = new Set(['.documents.jsonl', '.sentence-scores.bin']);

/** The folders framescope writes temporary files into: OUT, OUT/charts and the cache's 256 subfolders. */
function folders(out: string): string[] {
  const cache = join(out, '.cache');
  let sub: string[] = [];
  try {
    sub = readdirSync(cache).filter((n) => /^[0-9a-f]{2}$/.test(n)).map((n) => join(cache, n));
  } catch {
    // no cache
  }
  return [out, join(out, 'charts'), ...sub];
}

/**
 * Removes framescope's temporary files whose writing process no longer runs, and old scratch files; returns how many.
 * Call holding OUT's lock: no other run of this folder can be writing them.
 */
export function removeLeftovers(out: string): number {
  const host = hostname();
  let removed = 0;
  for (const dir of folders(out)) {
    let names: string[];
    try {
      names = readdirSync(dir);
    } catch {
      continue;
    }
    for (const name of names) {
      const m = TEMPORARY.exec(name);
      const scratch = dir === out && SCRATCH.has(name);
      if (!m && !scratch) continue;
      const pid = m ? Number(m[1] ?? m[2] ?? m[3]) : 0;
      if (m && holderRunning({ pid, host, started: '', start_ticks: null }) && pid !== process.pid) continue;
      rmSync(join(dir, name), { force: true });
      removed++;
    }
  }
  return removed;
}
