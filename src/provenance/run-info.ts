import { execFileSync } from 'node:child_process';
import { hostname } from 'node:os';
import { PROJECT_ROOT } from './versions.ts';

/** What differs between two honest runs of the same inputs: kept apart from every fingerprint. */
export interface RunInfo {
  started_at: string;
  finished_at: string;
  host: string;
  node: string;
  git_commit: string | null;
  git_dirty: boolean | null;
  elapsed_seconds: number;
}

function git(args: string[]): string | null {
  try {
    return execFileSync('git', args, { cwd: PROJECT_ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
  } catch {
    return null;
  }
}

export function runInfo(started: Date, finished: Date): RunInfo {
  const commit = git(['rev-parse', 'HEAD']);
  const status = commit === null ? null : git(['status', '--porcelain', '--untracked-files=no']);
  return {
    started_at: started.toISOString(),
    finished_at: finished.toISOString(),
    host: hostname(),
    node: process.versions.node,
    git_commit: commit,
    git_dirty: status === null ? null : status.length > 0,
    elapsed_seconds: Math.round((finished.getTime() - started.getTime()) / 10) / 100,
  };
}
