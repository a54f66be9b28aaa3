// Issue #22: a corpus with an empty file, a non-UTF-8 file and a bad date must list exactly those in rejected.csv, with reasons, and count them.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyze, cleanUp, FIXTURES, LEXICON, readCsv, readManifest, type CliRun } from './cli.ts';

/*
tests/e2e/fixtures/rejections: five files and a metadata.csv (header on line 1).
  ok-1.txt     "We condemn the illegal strike."           analysed
  ok-2.txt     "We welcome the aid."                      analysed
  bad-date.txt "We condemn the unlawful strike."          rejected: its metadata.csv row (line 4) has date 2024-02-30, no such day
  empty.txt    0 bytes                                    rejected: empty
  latin1.txt   line 2 has byte 0xE8 (Latin-1 "è")         rejected: not UTF-8, line 2
So 5 read = 2 analysed + 3 rejected.
*/
const DIR = join(FIXTURES, 'rejections');
let run: CliRun;

beforeAll(async () => {
  // Not quiet: the summary on stdout reports the counts too.
  run = await analyze(['--corpus', DIR, '--lexicon', LEXICON, '--sentiment', 'afinn'], { quiet: false });
});

afterAll(cleanUp);

describe('rejected files', () => {
  it('uses fixtures that are what they claim (an editor or checkout could "fix" them)', () => {
    expect(readFileSync(join(DIR, 'empty.txt')).length).toBe(0);
    const latin1 = readFileSync(join(DIR, 'latin1.txt'));
    expect(latin1.includes(0xe8)).toBe(true);
    expect(() => new TextDecoder('utf-8', { fatal: true }).decode(latin1)).toThrow();
  });

  it('goes on with the run (exit code 0)', () => {
    expect(run.code, run.stderr).toBe(0);
  });

  it('lists exactly the three bad files in rejected.csv, by path, each with its reason', () => {
    const rows = readCsv(run.out, 'rejected.csv');
    expect(rows.map((r) => r.path)).toEqual(['bad-date.txt', 'empty.txt', 'latin1.txt']);
    const reason = Object.fromEntries(rows.map((r) => [r.path, r.reason]));
    // The date comes from metadata.csv, so the reason names that file, its line (4) and the value.
    expect(reason['bad-date.txt']).toMatch(/metadata\.csv line 4\b/);
    expect(reason['bad-date.txt']).toContain("'2024-02-30'");
    expect(reason['bad-date.txt']).toMatch(/ISO 8601/);
    expect(reason['empty.txt']).toMatch(/empty/i);
    expect(reason['latin1.txt']).toMatch(/UTF-8/);
    expect(reason['latin1.txt']).toMatch(/line 2\b/);
  });

  it('counts read = analysed + rejected in manifest.json, and keeps rejected files out of the documents', () => {
    const m = readManifest(run.out);
    expect(m.corpus.documents_read).toBe(5);
    expect(m.corpus.documents_analysed).toBe(2);
    expect(m.corpus.documents_rejected).toBe(3);
    expect(m.corpus.documents_read).toBe(m.corpus.documents_analysed + m.corpus.documents_rejected);
    expect(m.corpus.documents.map((d: { id: string }) => d.id)).toEqual(['ok-1', 'ok-2']);
    expect(readCsv(run.out, 'documents.csv').map((d) => d.doc_id)).toEqual(['ok-1', 'ok-2']);
    // ok-1 "We condemn the illegal strike." (5 words) + ok-2 "We welcome the aid." (4 words)
    expect(m.corpus.words).toBe(9);
    expect(readCsv(run.out, 'hits.csv').map((h) => [h.doc_id, h.matched])).toEqual([['ok-1', 'illegal'], ['ok-2', 'aid']]);
    expect(Object.keys(m.outputs)).toContain('rejected.csv');
  });

  it('reports the same counts and each rejection in the summary', () => {
    expect(run.stdout).toContain('documents: 5 read, 2 analysed, 3 rejected');
    for (const f of ['bad-date.txt', 'empty.txt', 'latin1.txt']) expect(run.stdout).toContain(`rejected: ${f}: `);
  });
});
