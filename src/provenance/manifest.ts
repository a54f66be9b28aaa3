// manifest.json: what made a run (fingerprinted) and when/where it ran (the `run` section, never fingerprinted).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { canonicalJson, sha256, sha256File } from './hash.ts';
import type { RunInfo } from './run-info.ts';

export const MANIFEST = 'manifest.json';

export interface ManifestInputs {
  framescope: { version: string };
  environment: { node: string; libraries: Record<string, string> };
  corpus: {
    fingerprint: string;
    documents_read: number;
    documents_analysed: number;
    documents_rejected: number;
    documents_without_date: number;
    documentation_files: string[];
    words: number;
    sentences: number;
    documents: { id: string; fingerprint: string }[];
  };
  lexicon: { name: string; version: string; file: string; sha256: string; categories: number; entries: number };
  boilerplate: { file: string; sha256: string };
  options: Record<string, unknown>;
}

export interface Manifest extends ManifestInputs {
  run_fingerprint: string;
  outputs: Record<string, string>;
  run: RunInfo;
}

/** The run fingerprint: sha256 of everything that determines the results, and nothing else. */
export function runFingerprint(inputs: ManifestInputs): string {
  return sha256(canonicalJson(inputs));
}

/** Every file under `dir` except the manifest, as sorted relative paths with '/' separators. */
export function outputFiles(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      if (name.startsWith('.')) continue;
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(dir, p).split('\\').join('/'));
    }
  };
  walk(dir);
  return out.filter((f) => f !== MANIFEST).sort();
}

export function hashOutputs(dir: string, files: string[]): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of files) out[f] = sha256File(join(dir, f));
  return out;
}

export function manifestJson(m: Manifest): string {
  // Keys in a fixed, readable order; the run section last so diffs of reference outputs stay at the end.
  const { run, ...rest } = m;
  return `${canonicalJson(rest, 2).replace(/\n}$/, '')},\n  "run": ${canonicalJson(run, 2).replace(/\n/g, '\n  ')}\n}\n`;
}

export interface VerifyResult { changed: string[]; missing: string[]; added: string[]; checked: number }

/** Recomputes the hash of every output listed in DIR/manifest.json. */
export function verifyOutputs(dir: string): VerifyResult {
  const file = join(dir, MANIFEST);
  if (!existsSync(file)) throw new Error(`${file}: no manifest.json in this folder`);
  const m = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
  const changed: string[] = [], missing: string[] = [];
  for (const [f, hash] of Object.entries(m.outputs)) {
    const p = join(dir, f);
    if (!existsSync(p)) missing.push(f);
    else if (sha256File(p) !== hash) changed.push(f);
  }
  const added = outputFiles(dir).filter((f) => !(f in m.outputs));
  return { changed, missing, added, checked: Object.keys(m.outputs).length };
}
