import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { AUTO_WORKERS, parseOptions } from '../../src/cli/options.ts';
import { autoWorkers, SMALL_CORPUS_BYTES } from '../../src/engine/source.ts';

describe('--workers not given (src/engine/source.ts autoWorkers)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'fs-auto-workers-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('one thread below 10 MB of text, one per core from 10 MB on; an unreadable file counts nothing', () => {
    expect(parseOptions([]).options.workers).toBe(AUTO_WORKERS);
    expect(parseOptions(['--workers', '3']).options.workers).toBe(3);
    expect(SMALL_CORPUS_BYTES).toBe(10_000_000);
    writeFileSync(join(dir, 'a.txt'), Buffer.alloc(6_000_000, 0x61));
    writeFileSync(join(dir, 'b.txt'), Buffer.alloc(3_999_999, 0x61));
    writeFileSync(join(dir, 'c.txt'), 'a');
    expect(autoWorkers(dir, ['a.txt', 'b.txt', 'missing.txt'])).toBe(1);
    expect(autoWorkers(dir, ['a.txt', 'b.txt', 'c.txt'])).toBe(Math.max(1, availableParallelism()));
  });
});
