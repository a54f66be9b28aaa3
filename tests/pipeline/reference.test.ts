// The committed outputs/ are the reference run of the bundled corpus: a fresh run must reproduce them.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differingFiles, ROOT, run, tmp } from './helpers.ts';

describe('the reference run in outputs/', () => {
  it('is reproduced byte for byte by a fresh run, manifest included', async () => {
    expect(existsSync(join(ROOT, 'outputs', 'manifest.json'))).toBe(true);
    const out = tmp('reference');
    await run(['--out', out, '--no-cache']);
    // A difference means results changed: if intended, run `npm run analyze` and commit outputs/.
    expect(differingFiles(join(ROOT, 'outputs'), out)).toEqual([]);
  });

  it.skipIf(!existsSync(join(ROOT, '.git')))('leaves git status clean after a rerun: the only file that differs, run.json, is ignored', () => {
    expect(execFileSync('git', ['check-ignore', 'outputs/run.json'], { cwd: ROOT, encoding: 'utf8' }).trim()).toBe('outputs/run.json');
    expect(execFileSync('git', ['ls-files', 'outputs/run.json'], { cwd: ROOT, encoding: 'utf8' })).toBe('');
  });
});
