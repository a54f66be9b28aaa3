// The code fingerprint: a hash of the analysis code itself, so a changed analysis never reuses old results.
import { createHash } from 'node:crypto';
import { readdirSync, readFileSync } from 'node:fs';
import { join, relative, sep } from 'node:path';
import { PROJECT_ROOT } from './versions.ts';

// The source tree plus the dependency lock: together they decide how a document is analysed. Prose beside the
// code (src/lexicon/README.md) is left out: editing it changes no result.
const CODE_DIRS = ['src'];
const CODE_FILE = /\.(ts|mts|js|mjs|cjs|json)$/;
const CODE_FILES = ['package.json', 'package-lock.json'];

function listFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir, { withFileTypes: true })) {
    const p = join(dir, e.name);
    if (e.isDirectory()) out.push(...listFiles(p));
    else if (e.isFile() && CODE_FILE.test(e.name)) out.push(p);
  }
  return out;
}

/** sha256 over every code file of `src/` (.ts, .js, .json ...), `package.json` and `package-lock.json` under `root` (paths in code-point order, each with its length). */
export function codeFingerprint(root: string = PROJECT_ROOT): string {
  const files = CODE_DIRS.flatMap((d) => listFiles(join(root, d))).concat(CODE_FILES.map((f) => join(root, f)));
  const named = files.map((f) => ({ name: relative(root, f).split(sep).join('/'), file: f }));
  named.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  const hash = createHash('sha256');
  for (const { name, file } of named) {
    const bytes = readFileSync(file);
    hash.update(`${name}\u0000${bytes.length}\u0000`);
    hash.update(bytes);
  }
  return hash.digest('hex');
}

let memo: string | null = null;

/** The running code's fingerprint, computed once per process. */
export function runningCodeFingerprint(): string {
  return (memo ??= codeFingerprint());
}
