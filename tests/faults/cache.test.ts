// Cache entries are data, not trust: garbage, another document's entry, a payload of the wrong shape, a FIFO,
// a link to /dev/zero and an oversized file are each ignored, recomputed and counted; a moved cache still serves.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, lstatSync, mkdirSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadDocument, NO_BOILERPLATE, openCorpus, type Document } from '../../src/corpus/index.ts';
import { AnalysisCache } from '../../src/engine/cache.ts';
import { sha256 } from '../../src/provenance/hash.ts';
import { differingFiles, ROOT, run, tmp } from '../pipeline/helpers.ts';

const CORPUS = join(ROOT, 'tests/e2e/fixtures/corpus');
const LEXICON = join(ROOT, 'tests/e2e/fixtures/lexicon.yaml');
const ARGS = ['--corpus', CORPUS, '--lexicon', LEXICON, '--sentiment', 'afinn', '--no-charts', '--workers', '1'];
const made: string[] = [];
let warm: string;

function folder(prefix: string): string {
  const d = tmp(prefix);
  made.push(d);
  return d;
}

/** The cache entry files of an output folder, sorted. */
function entries(out: string): string[] {
  const dir = join(out, '.cache');
  return readdirSync(dir).sort().flatMap((sub) => readdirSync(join(dir, sub)).sort().map((f) => join(dir, sub, f)));
}

/** A copy of the warm run's folder (outputs and cache) with its first cache entry replaced by `spoil`. */
function spoiled(prefix: string, spoil: (entry: string, other: string) => void): { out: string; entry: string } {
  const out = folder(prefix);
  cpSync(warm, out, { recursive: true });
  const [entry, other] = entries(out);
  spoil(entry!, other!);
  return { out, entry: entry! };
}

async function expectRecomputed(out: string, entry: string): Promise<void> {
  const r = await run([...ARGS, '--out', out]);
  expect(r.source).toEqual({ fresh: 1, cached: 4, corrupt: 1, skipped: 0 });
  expect(differingFiles(out, warm)).toEqual([]);
  // The entry was written again, as a regular file that the next run uses.
  expect(lstatSync(entry).isFile()).toBe(true);
  const again = await run([...ARGS, '--out', out]);
  expect(again.source).toEqual({ fresh: 0, cached: 5, corrupt: 0, skipped: 0 });
}

beforeAll(async () => {
  warm = folder('cache-warm');
  const r = await run([...ARGS, '--out', warm]);
  expect(r.source).toEqual({ fresh: 5, cached: 0, corrupt: 0, skipped: 0 });
  expect(entries(warm)).toHaveLength(5);
});

afterAll(() => { for (const d of made) rmSync(d, { recursive: true, force: true }); });

describe('a spoiled cache entry is recomputed and counted', () => {
  it('garbage bytes', async () => {
    const { out, entry } = spoiled('cache-garbage', (e) => writeFileSync(e, Buffer.from([0xff, 0x00, 0x7b, 0x22])));
    await expectRecomputed(out, entry);
  });

  it("another document's entry (a valid entry under the wrong key)", async () => {
    const { out, entry } = spoiled('cache-key', (e, other) => writeFileSync(e, readFileSync(other)));
    await expectRecomputed(out, entry);
  });

  it('the right key but a payload changed after it was written (still valid JSON of the right shape: its checksum fails)', async () => {
    const { out, entry } = spoiled('cache-edited', (e) => {
      const text = readFileSync(e, 'utf8');
      const edited = text.replace(/"nWords":(\d+)/, (_, n: string) => `"nWords":${Number(n) + 1}`);
      expect(edited).not.toBe(text);
      writeFileSync(e, edited);
    });
    await expectRecomputed(out, entry);
  });

  it('the right key and checksum but a payload of the wrong shape', async () => {
    const { out, entry } = spoiled('cache-shape', (e) => {
      // An entry: a line {"key","sha256"}, then the payload's JSON.
      const [head, ...rest] = readFileSync(e, 'utf8').split('\n');
      const old = JSON.parse(head!) as { key: string };
      const payload = JSON.stringify({ ...JSON.parse(rest.join('\n')), hits: 'not a list' });
      writeFileSync(e, `${JSON.stringify({ key: old.key, sha256: sha256(payload) })}\n${payload}`);
    });
    await expectRecomputed(out, entry);
  });

  const mkfifo = spawnSync('mkfifo', ['--version']).error === undefined;
  it.skipIf(!mkfifo)(`a FIFO (which no writer will ever open)${mkfifo ? '' : ' (skipped: mkfifo is not available)'}`, async () => {
    const { out, entry } = spoiled('cache-fifo', (e) => { rmSync(e); execFileSync('mkfifo', [e]); });
    expect(lstatSync(entry).isFIFO()).toBe(true);
    await expectRecomputed(out, entry);
  });

  it('a symbolic link to /dev/zero (endless bytes)', async () => {
    const { out, entry } = spoiled('cache-zero', (e) => { rmSync(e); symlinkSync('/dev/zero', e); });
    expect(lstatSync(entry).isSymbolicLink()).toBe(true);
    await expectRecomputed(out, entry);
  });

  it('is said in the summary', () => {
    const { out } = spoiled('cache-said', (e) => writeFileSync(e, 'garbage'));
    const stdout = execFileSync(process.execPath, ['--import', 'tsx', join(ROOT, 'src/analyze.ts'), ...ARGS, '--out', out], { cwd: ROOT, encoding: 'utf8' });
    expect(stdout).toContain('analysis: 1 documents analysed now, 4 taken from the cache (1 cache entries were corrupt or stale and recomputed)');
  });
});

describe('the cache', () => {
  it('does not read an entry larger than its bound', () => {
    const dir = folder('cache-bound');
    const doc = (loadDocument(openCorpus(CORPUS), 'd1.txt', NO_BOILERPLATE) as { document: Document }).document;
    const big = new AnalysisCache(dir, { v: 1 });
    const analysis = { id: doc.id, path: doc.path, meta: doc.meta, fingerprint: doc.fingerprint, boilerplateLines: 0, nWords: 1, nSentences: 0, script: 'Latin', notEnglish: false, hits: [], sentences: [], words: {}, lemmas: {}, names: {}, collocates: {} };
    big.put(doc, analysis);
    expect(big.get(doc).status).toBe('hit');
    expect(new AnalysisCache(dir, { v: 1 }, 100).get(doc).status).toBe('corrupt');
    expect(new AnalysisCache(dir, { v: 2 }).get(doc).status).toBe('miss');
  });

  it('serves another output folder when moved there: keys do not depend on the folder', async () => {
    const moved = folder('cache-moved');
    mkdirSync(moved, { recursive: true });
    cpSync(join(warm, '.cache'), join(moved, '.cache'), { recursive: true });
    const r = await run([...ARGS, '--out', moved]);
    expect(r.source).toEqual({ fresh: 0, cached: 5, corrupt: 0, skipped: 0 });
    expect(differingFiles(moved, warm)).toEqual([]);
  });
});
