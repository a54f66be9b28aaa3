// readCorpus and scoreSentences, the front door's other verbs, against hand counts and the scorers themselves.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCorpus, scoreSentences } from '../../src/index.ts';
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
