// Worker threads start as soon as the corpus is listed, before metadata.csv, the boilerplate rules and the lexicon
// are read: a run that then fails on an input must stop its threads (live ones keep the process running).
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, run, tmp } from './helpers.ts';

const TEXT = readFileSync(join(ROOT, 'corpus/interagency-hq-syria-2021-11-16.txt'), 'utf8');

function corpusWith(metadata: string): string {
  const dir = tmp('pool');
  for (const id of ['a', 'b', 'c']) writeFileSync(join(dir, `${id}.txt`), TEXT);
  writeFileSync(join(dir, 'metadata.csv'), metadata);
  return dir;
}

describe('worker pool started before the inputs are read', () => {
  it('stops its threads and fails with the input error (file and line)', async () => {
    const corpus = corpusWith('id,date\na,2021-11-16\nb,2021,extra\n');
    // A live worker thread shows as a message port among the process's active resources (and keeps it running).
    const ports = () => process.getActiveResourcesInfo().filter((r) => r === 'MessagePort').length;
    const before = ports();
    await expect(run(['--corpus', corpus, '--out', join(tmp('pool-out'), 'o'), '--workers', '2'])).rejects.toThrow(/metadata\.csv line 3: malformed row/);
    expect(ports()).toBe(before);
  });

  it('analyses a corpus with fewer documents than requested threads', async () => {
    const corpus = corpusWith('id,date\na,2021-11-16\nb,2021-11-17\nc,2021-11-18\n');
    const report = await run(['--corpus', corpus, '--out', join(tmp('pool-out'), 'o'), '--workers', '8', '--no-charts']);
    expect(report.read).toBe(3);
    expect(report.analysed).toBe(3);
  });
});
