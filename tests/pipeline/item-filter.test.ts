// Proper names leave the keyword list by default: a form wink-nlp tags PROPN in most of its occurrences.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readCsv, run, tmp } from './helpers.ts';
import { readStopWords } from '../../src/outputs/item-filter.ts';

describe('keyword lists', () => {
  it('leave out proper names unless --keep-names', async () => {
    const dir = join(tmp('names'), 'corpus');
    mkdirSync(dir);
    // "Blinken" six times in group A, never in B: with names kept it is A's top keyword.
    writeFileSync(join(dir, 'a.txt'), 'Blinken met ministers. Blinken spoke. Blinken left. Blinken called. Blinken wrote. Blinken agreed.\n');
    writeFileSync(join(dir, 'b.txt'), 'Ministers met. Officials spoke. Diplomats left. Envoys called. Clerks wrote. Experts agreed.\n');
    writeFileSync(join(dir, 'metadata.csv'), 'id,issuer\na,A\nb,B\n');
    const items = async (extra: string[]) => {
      const out = tmp('names-out');
      await run(['--corpus', dir, '--out', out, '--no-charts', '--min-freq', '1', ...extra]);
      return readCsv(out, 'keyness.csv').filter((r) => r.target === 'A').map((r) => r.item);
    };
    expect(await items(['--keep-names'])).toContain('blinken');
    expect(await items([])).not.toContain('blinken');
  });

  it('read the Snowball English list: 174 words', () => {
    const s = readStopWords();
    expect(s.words.size).toBe(174);
    expect(['the', 'of', 'and', "don't", 'very'].every((w) => s.words.has(w))).toBe(true);
  });
});
