// Corpus folders written at test time (binary files, odd names) in a fresh temporary folder, never in the repository.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';

const made: string[] = [];

/** Writes `files` (relative path -> text or bytes) into a new temporary folder and returns its path. */
export function makeCorpus(files: Record<string, string | Uint8Array>): string {
  const dir = mkdtempSync(join(tmpdir(), 'framescope-corpus-'));
  made.push(dir);
  for (const [rel, content] of Object.entries(files)) {
    const abs = join(dir, rel);
    mkdirSync(dirname(abs), { recursive: true });
    writeFileSync(abs, content);
  }
  return dir;
}

/** Removes every folder makeCorpus made (call from afterAll). */
export function removeCorpora(): void {
  for (const dir of made.splice(0)) rmSync(dir, { recursive: true, force: true });
}
