// Documents too large to hold are rejected unread with the limit named; a very long token is read as one token.
import { afterAll, describe, expect, it } from 'vitest';
import { analyze, cleanUp, LEXICON, readCsv, readManifest } from '../e2e/cli.ts';
import { makeCorpus, removeCorpora } from '../corpus/tmpcorpus.ts';
import { tokenize } from '../../src/text/index.ts';

afterAll(() => { cleanUp(); removeCorpora(); });

const SMALL = { 'a.txt': 'We condemn the illegal strike.', 'b.txt': 'We welcome the aid.' };

describe('--max-document-mb', () => {
  it('rejects a document over the limit with the limit in the reason, and keeps read = analysed + rejected', async () => {
    // 1.5 MB of words: over a 1 MB limit, under the default 20 MB.
    const corpus = makeCorpus({ ...SMALL, 'big.txt': 'word '.repeat(300_000) });
    const r = await analyze(['--corpus', corpus, '--lexicon', LEXICON, '--sentiment', 'afinn', '--max-document-mb', '1']);
    expect(r.code, r.stderr).toBe(0);
    const rejected = readCsv(r.out, 'rejected.csv');
    expect(rejected.map((x) => x.path)).toEqual(['big.txt']);
    expect(rejected[0]!.reason).toBe('larger than the --max-document-mb limit of 1 MB (1.5 MB); raise the limit to analyse it');
    const c = readManifest(r.out).corpus;
    expect([c.documents_read, c.documents_analysed, c.documents_rejected]).toEqual([3, 2, 1]);
    expect(readCsv(r.out, 'documents.csv').map((d) => d.doc_id)).toEqual(['a', 'b']);
  });

  it('has a default of 20 MB: a file one byte over it is rejected, the others analysed', async () => {
    const corpus = makeCorpus({ ...SMALL, 'huge.txt': 'x'.repeat(20_000_001) });
    const r = await analyze(['--corpus', corpus, '--lexicon', LEXICON, '--sentiment', 'afinn']);
    expect(r.code, r.stderr).toBe(0);
    expect(readCsv(r.out, 'rejected.csv')).toEqual([{ path: 'huge.txt', reason: 'larger than the --max-document-mb limit of 20 MB (20.0 MB); raise the limit to analyse it' }]);
    expect(readManifest(r.out).corpus.documents_analysed).toBe(2);
  });

  it('refuses a limit that is not a whole number of MB >= 1 (exit 2)', async () => {
    const corpus = makeCorpus(SMALL);
    const r = await analyze(['--corpus', corpus, '--max-document-mb', '0.5']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--max-document-mb takes a whole number >= 1, got '0.5'");
  });
});

describe('a 400,000-character token', () => {
  it('is read as one token, as wink-nlp reads a short one', () => {
    const long = 'x'.repeat(400_000);
    const { tokens } = tokenize(`Before ${long} after.`);
    expect(tokens.map((t) => (t.text === long ? 'LONG' : t.text))).toEqual(['Before', 'LONG', 'after', '.']);
    expect(tokenize('Before xxxx after.').tokens.map((t) => t.type)).toEqual(tokens.map((t) => t.type));
  });

  it('ending in a dot, is one word token and a sentence end, as a short one is', () => {
    const long = `${'y'.repeat(400_000)}`;
    const ours = tokenize(`${long}. Next one.`);
    const short = tokenize('yyyy. Next one.');
    expect(ours.tokens.map((t) => t.type)).toEqual(short.tokens.map((t) => t.type));
    expect(ours.tokens[0]!.text).toBe(long);
    expect(ours.sentences.length).toBe(short.sentences.length);
  });
});
