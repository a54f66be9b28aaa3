// Running one benchmark step as a child process: wall time and peak resident memory of that process alone.
import { spawn } from 'node:child_process';
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { percentileSorted } from '../src/stats/quantile.ts';

/** The median of repeated timings (R's type 7 quantile at 0.5: the middle value, or the mean of the two middle ones). */
export const median = (xs: readonly number[]): number => percentileSorted([...xs].sort((a, b) => a - b), 0.5);

export interface Measured {
  wallSeconds: number;
  /** peak resident set size, in kB (GNU time's %M, or /proc VmHWM polled) */
  peakRssKB: number;
  peakRssSource: 'gnu-time' | 'proc-vmhwm';
  stdout: string;
}

const GNU_TIME = '/usr/bin/time';

/** Peak RSS from /proc/<pid>/status (VmHWM, the high-water mark), or null when the process is gone. */
function vmHwmKB(pid: number): number | null {
  try {
    const m = /^VmHWM:\s+(\d+) kB/m.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) : null;
  } catch {
    return null;
  }
}

/**
 * Runs `cmd args` in `cwd` and waits for it. Peak RSS comes from GNU time (`-f %M`, the kernel's
 * ru_maxrss of the child) when /usr/bin/time exists, else from polling VmHWM every 100 ms.
 * A non-zero exit is an error: a benchmark of a crashed run means nothing.
 */
export async function measure(cmd: string, args: string[], opts: { cwd: string; env?: NodeJS.ProcessEnv; tmp: string; label: string }): Promise<Measured> {
  const useTime = existsSync(GNU_TIME);
  const rssFile = join(opts.tmp, `rss-${opts.label}-${process.pid}.txt`);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', '%M', '-o', rssFile, cmd, ...args]] : [cmd, args];
  const t0 = performance.now();
  const child = spawn(file, argv, { cwd: opts.cwd, env: { ...process.env, ...opts.env }, stdio: ['ignore', 'pipe', 'pipe'] });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (d: Buffer) => { stdout += d.toString(); });
  child.stderr.on('data', (d: Buffer) => { stderr += d.toString(); });
  let polled = 0;
  const poll = useTime ? null : setInterval(() => { polled = Math.max(polled, vmHwmKB(child.pid!) ?? 0); }, 100);
  const code = await new Promise<number | null>((resolve, reject) => {
    child.on('error', reject);
    child.on('close', (c) => resolve(c));
  });
  const wallSeconds = (performance.now() - t0) / 1000;
  if (poll) clearInterval(poll);
  if (code !== 0) throw new Error(`${opts.label}: exited with ${code}\n${stderr.slice(-2000)}`);
  let peakRssKB = polled;
  if (useTime) {
    // GNU time writes "Command exited ..." lines before %M on failure; the last line is the number.
    const lines = readFileSync(rssFile, 'utf8').trim().split('\n');
    peakRssKB = Number(lines.at(-1));
    rmSync(rssFile, { force: true });
    if (!Number.isFinite(peakRssKB)) throw new Error(`${opts.label}: cannot read peak RSS from GNU time: ${lines.join(' | ')}`);
  }
  return { wallSeconds, peakRssKB, peakRssSource: useTime ? 'gnu-time' : 'proc-vmhwm', stdout };
}
