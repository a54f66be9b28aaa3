// The output folder of a run: locked for the run, cleaned of an interrupted run's leftovers, replaced all at once.
import { commitPending, settleStaging, Staging } from './staging.ts';
import { BusyError, lockFolder, type LockOptions } from './lock.ts';
import { removeLeftovers } from './leftovers.ts';

export { BusyError, LOCK, refuseIfBusy } from './lock.ts';
export { nestingProblem } from './nesting.ts';
export { STAGING_PREFIX, Staging, type CommitPlan } from './staging.ts';

/** Takes OUT's lock, clears what an interrupted run left, and gives `write` a fresh staging folder (removed afterwards unless committed). */
export async function withOutputFolder<T>(out: string, o: LockOptions, write: (staging: Staging) => Promise<T>): Promise<T> {
  const release = await lockFolder(out, o);
  try {
    settleStaging(out, o.notice);
    const n = removeLeftovers(out);
    if (n > 0) o.notice(`${out}: removed ${n} temporary file${n > 1 ? 's' : ''} left by an interrupted run`);
    const staging = Staging.open(out);
    try {
      return await write(staging);
    } finally {
      staging.discard();
    }
  } finally {
    release();
  }
}

/** Before verify reads OUT: a finished run whose move into place was cut short is completed (under the lock). */
export async function settleForReading(out: string, notice: (line: string) => void): Promise<void> {
  if (!commitPending(out)) return;
  let release: () => void;
  try {
    release = await lockFolder(out, { wait: false, notice });
  } catch (e) {
    if (e instanceof BusyError) throw new BusyError(`${e.message.replace(/; run again.*$/, '')}; it is moving its outputs into place: verify again when it has finished`);
    throw e;
  }
  try {
    settleStaging(out, notice);
  } finally {
    release();
  }
}
