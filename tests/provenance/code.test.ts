// The code fingerprint covers the analysis code: a changed analysis invalidates the cache and changes the run fingerprint.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdirSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { codeFingerprint } from '../../src/provenance/code.ts';
import { ROOT, tmp } from '../pipeline/helpers.ts';

/** A copy of the project (sources, lexicons, package files) that shares node_modules with this one. */
function copyProject(): string {
  const dir = tmp('code');
  for (const p of ['src', 'lexicons', 'package.json', 'package-lock.json', 'tsconfig.json']) cpSync(join(ROOT, p), join(dir, p), { recursive: true });
  symlinkSync(join(ROOT, 'node_modules'), join(dir, 'node_modules'));
  return dir;
}

function analyze(project: string, corpus: string, out: string): string {
  return execFileSync(process.execPath, ['--import', 'tsx', join(project, 'src/analyze.ts'), '--corpus', corpus, '--out', out, '--no-charts', '--workers', '1'], {
    cwd: project, encoding: 'utf8',
  });
}

describe('code fingerprint', () => {
  it('changes when any code file changes, and not when prose beside the code does', () => {
    const dir = copyProject();
    const before = codeFingerprint(dir);
    expect(codeFingerprint(dir)).toBe(before);
    writeFileSync(join(dir, 'src/lexicon/README.md'), 'prose changes no result\n');
    expect(codeFingerprint(dir)).toBe(before);
    writeFileSync(join(dir, 'src/stats/quantile.ts'), `${readFileSync(join(dir, 'src/stats/quantile.ts'), 'utf8')}\n// touched\n`);
    expect(codeFingerprint(dir)).not.toBe(before);
  });

  it('a cached run after a change to the analysis recomputes every document and records the new code', () => {
    const project = copyProject();
    const corpus = join(project, 'corpus');
    mkdirSync(corpus);
    writeFileSync(join(corpus, 'a.txt'), 'The annexation was illegal. Sanctions followed.\n');
    writeFileSync(join(corpus, 'b.txt'), 'An illegal act was condemned.\n');
    const out = join(project, 'out');
    expect(analyze(project, corpus, out)).toContain('2 documents analysed now, 0 taken from the cache');
    expect(analyze(project, corpus, out)).toContain('0 documents analysed now, 2 taken from the cache');
    const first = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    // An edit to how a document is analysed: every hit's entry is rewritten.
    const file = join(project, 'src/engine/analyze-document.ts');
    const source = readFileSync(file, 'utf8');
    expect(source).toContain('entry: m.entry');
    writeFileSync(file, source.replace('entry: m.entry', "entry: 'EDITED'"));
    expect(analyze(project, corpus, out)).toContain('2 documents analysed now, 0 taken from the cache');
    const second = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8'));
    expect(second.framescope.code).toBe(codeFingerprint(project));
    expect(second.framescope.code).not.toBe(first.framescope.code);
    expect(second.run_fingerprint).not.toBe(first.run_fingerprint);
    expect(readFileSync(join(out, 'hits.csv'), 'utf8')).toContain('EDITED');
  });
});
