// readCorpus: a corpus folder as cleaned documents, with the rejected files and their reasons.
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { readCorpus } from '../../src/corpus/read.ts';
import { makeCorpus, removeCorpora } from './tmpcorpus.ts';

afterAll(removeCorpora);
const ANYWHERE = fileURLToPath(new URL('../fixtures/corpus/rules/anywhere.yaml', import.meta.url));

describe('readCorpus', () => {
  const dir = makeCorpus({
    'metadata.csv': 'id,issuer\nb,MFA\n',
    // The two MIL OSI feed lines of the bundled rules (lexicons/boilerplate.yaml): sponsor header and footer.
    'b.txt': 'Post sponsored by\n\nThe talks went well.\nAdvertisement\nThey ended.\n\nMIL OSI Russia News\n',
    'a.txt': 'First.',
    'empty.txt': '',
    'notes.docx': 'x',
  });

  it('reads every file in path order: documents, and rejections with their reasons', () => {
    const c = readCorpus(dir);
    expect(c.dir).toBe(dir);
    expect(c.documents.map((d) => d.id)).toEqual(['a', 'b']);
    expect(c.rejected).toEqual([{ path: 'empty.txt', reason: 'empty file' }, { path: 'notes.docx', reason: 'not a .txt or .md document' }]);
    expect(c.metadataFields).toEqual(['id', 'issuer']);
    expect(c.documents[1]!.meta).toEqual({ id: 'b', issuer: 'MFA' });
  });

  it('strips feed lines with the bundled rules by default, nothing with null, and a given rules file\'s lines otherwise', () => {
    const b = (options?: Parameters<typeof readCorpus>[1]) => readCorpus(dir, options).documents.find((d) => d.id === 'b')!;
    const byDefault = b();
    // The block's width is 20 ("The talks went well."): "Advertisement" (13 + 1 + 13 > 20) joins the line above; after
    // it, "They" would have fit (13 + 1 + 4 <= 20), so "They ended." starts a paragraph (cleanText's single-newline rule).
    expect([byDefault.text, byDefault.boilerplateLines]).toEqual(['The talks went well. Advertisement\n\nThey ended.', 2]);
    expect(b({}).text).toBe(byDefault.text);
    const none = b({ boilerplate: null });
    expect([none.text, none.boilerplateLines]).toEqual(['Post sponsored by\n\nThe talks went well. Advertisement\n\nThey ended.\n\nMIL OSI Russia News', 0]);
    // anywhere.yaml: "Advertisement" on any line, "Post sponsored by" among the first three lines.
    const own = b({ boilerplate: ANYWHERE });
    expect([own.text, own.boilerplateByRule]).toEqual(['The talks went well.\n\nThey ended.\n\nMIL OSI Russia News', { advert: 1, sponsor: 1 }]);
  });
});
