// The committed outputs/ are the reference run of the bundled corpus: a fresh run must reproduce them.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { differingFiles, ROOT, run, tmp } from './helpers.ts';

describe('the reference run in outputs/', () => {
  it('is reproduced byte for byte by a fresh run (outside the manifest run section)', async () => {
    expect(existsSync(join(ROOT, 'outputs', 'manifest.json'))).toBe(true);
    const out = tmp('reference');
    await run(['--out', out, '--no-cache']);
    // A difference means results changed: if intended, run `npm run analyze` and commit outputs/.
    expect(differingFiles(join(ROOT, 'outputs'), out)).toEqual([]);
  });
});
