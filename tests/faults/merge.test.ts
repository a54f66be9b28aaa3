// merge proves its inputs: shards of another corpus, other options, a truncated or unfinished shard, a shard
// given twice or missing are refused with one line naming the file, exit code 2, and nothing merged.
import { execFile } from 'node:child_process';
import { cpSync, existsSync, readFileSync, rmSync, truncateSync, statSync, unlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sha256 } from '../../src/provenance/hash.ts';
import { readCsv, ROOT, run, tmp } from '../pipeline/helpers.ts';

const CORPUS = join(ROOT, 'tests/e2e/fixtures/corpus');
const LEXICON = join(ROOT, 'tests/e2e/fixtures/lexicon.yaml');
const ARGS = ['--lexicon', LEXICON, '--sentiment', 'afinn', '--no-charts', '--no-cache', '--workers', '1'];
const made: string[] = [];
const shards: Record<string, string> = {};

function folder(prefix: string): string {
  const d = tmp(prefix);
  made.push(d);
  return d;
}

async function shard(name: string, corpus: string, which: string, extra: string[] = []): Promise<string> {
  const out = folder(`shard-${name}`);
  await run([...ARGS, ...extra, '--corpus', corpus, '--shard', which, '--out', out]);
  return out;
}

function merge(dirs: string[]): Promise<{ code: number; stdout: string; stderr: string; out: string }> {
  const out = folder('merged');
  rmSync(out, { recursive: true });
  const argv = ['--import', 'tsx', join(ROOT, 'src/analyze.ts'), 'merge', ...dirs, '--out', out, '--quiet'];
  return new Promise((done) => {
    execFile(process.execPath, argv, { cwd: ROOT }, (err, stdout, stderr) => {
      done({ code: err ? (typeof err.code === 'number' ? err.code : 1) : 0, stdout, stderr, out });
    });
  });
}

/** A refused merge: exit 2, one line on stderr naming `file` and saying `why`, and no outputs. */
async function expectRefused(dirs: string[], file: string, why: RegExp): Promise<void> {
  const r = await merge(dirs);
  expect(r.code, r.stderr).toBe(2);
  const lines = r.stderr.trimEnd().split('\n');
  expect(lines, r.stderr).toHaveLength(1);
  expect(lines[0]).toContain(file);
  expect(lines[0]).toMatch(why);
  expect(existsSync(join(r.out, 'documents.csv'))).toBe(false);
}

/** A copy of a shard folder. */
function copy(dir: string, prefix: string): string {
  const to = folder(prefix);
  cpSync(dir, to, { recursive: true });
  return to;
}

beforeAll(async () => {
  // Corpus B differs from A in one document's text; corpus C only in one metadata.csv value.
  const b = folder('corpus-b');
  cpSync(CORPUS, b, { recursive: true });
  writeFileSync(join(b, 'f3.txt'), `${readFileSync(join(b, 'f3.txt'), 'utf8')} One more sentence.`);
  const c = folder('corpus-c');
  cpSync(CORPUS, c, { recursive: true });
  writeFileSync(join(c, 'metadata.csv'), readFileSync(join(c, 'metadata.csv'), 'utf8').replace('f3,2024-04-05,Foreign Ministry,Boria,C', 'f3,2024-04-05,Foreign Ministry,Boria,A'));
  shards.a1 = await shard('a1', CORPUS, '1/2');
  shards.a2 = await shard('a2', CORPUS, '2/2');
  shards.b2 = await shard('b2', b, '2/2');
  shards.c2 = await shard('c2', c, '2/2');
  shards.a2freq = await shard('a2freq', CORPUS, '2/2', ['--min-freq', '3']);
});

afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

describe('merge', () => {
  it('merges the two shards of one corpus (the control case)', async () => {
    const r = await merge([shards.a1!, shards.a2!]);
    expect(r.code, r.stderr).toBe(0);
    expect(readCsv(r.out, 'documents.csv').map((d) => d.doc_id)).toEqual(['d1', 'd2', 'f1', 'f2', 'f3']);
  });

  it('refuses a shard of a corpus that differs in one document', async () => {
    await expectRefused([shards.a1!, shards.b2!], join(shards.b2!, 'partial.json'), /a shard of another corpus/);
  });

  it('refuses a shard of a corpus that differs only in one metadata value', async () => {
    await expectRefused([shards.a1!, shards.c2!], join(shards.c2!, 'partial.json'), /a shard of another corpus/);
  });

  it('refuses a shard made with other options, naming the option', async () => {
    await expectRefused([shards.a1!, shards.a2freq!], join(shards.a2freq!, 'partial.json'), /other options .*\(minFreq\)/);
  });

  it('refuses a truncated analyses.jsonl', async () => {
    const t = copy(shards.a2!, 'truncated');
    const file = join(t, 'analyses.jsonl');
    truncateSync(file, Math.floor(statSync(file).size / 2));
    await expectRefused([shards.a1!, t], file, /does not match the checksum/);
  });

  it('refuses a shard killed between writing analyses.jsonl and partial.json', async () => {
    const t = copy(shards.a2!, 'unfinished');
    unlinkSync(join(t, 'partial.json'));
    await expectRefused([shards.a1!, t], t, /incomplete shard: analyses\.jsonl but no partial\.json/);
  });

  it('refuses a shard index given twice, and a missing one', async () => {
    await expectRefused([shards.a1!, copy(shards.a1!, 'twice')], shards.a1!, /shard 1\/2 given twice/);
    await expectRefused([shards.a1!], 'merge', /shard 2\/2 missing/);
  });

  it('names file and line of a line that is not an analysis, without dumping it', async () => {
    // A bad line under a matching checksum: what a shard written by a faulty program would hold.
    const t = copy(shards.a2!, 'badline');
    const file = join(t, 'analyses.jsonl');
    const lines = readFileSync(file, 'utf8').split('\n');
    lines[0] = lines[0]!.slice(0, 40);
    const text = lines.join('\n');
    writeFileSync(file, text);
    const header = JSON.parse(readFileSync(join(t, 'partial.json'), 'utf8'));
    header.files['analyses.jsonl'] = { ...header.files['analyses.jsonl'], bytes: Buffer.byteLength(text), sha256: sha256(text) };
    writeFileSync(join(t, 'partial.json'), JSON.stringify(header));
    await expectRefused([shards.a1!, t], `${file} line 1: not a JSON analysis`, /line 1/);
  });
});
