// The scorer registry: name checks, and a new scorer added in one place reaching the CLI, the workers' setup and the codebook.
import { afterEach, describe, expect, it } from 'vitest';
import { parseOptions } from '../../src/cli/options.ts';
import { registerScorer, registeredScorers, scorersByName, unregisterScorer, winkScorer, type Scorer } from '../../src/sentiment/index.ts';
import { TABLES } from '../../src/tables/schema.ts';
import { columnDocumented } from '../../src/provenance/codebook.ts';
import { analyzeCorpus } from '../../src/engine/in-memory.ts';

/** A trivial scorer: the share of words longer than six letters. Everything it needs is in this object. */
const longWords: Scorer = {
  name: 'longwords',
  columns: ['longwords'],
  polarityColumn: 'longwords',
  describe: { method: 'share of words longer than six letters', columns: { longwords: { description: 'Words of 7+ letters / words.', unit: 'proportion' } } },
  score: (s) => ({ longwords: s.words.length === 0 ? 0 : s.words.filter((w) => w.length > 6).length / s.words.length }),
};

afterEach(() => unregisterScorer('longwords'));

describe('scorer registry', () => {
  it('holds the built-ins in order and refuses bad or duplicate names', () => {
    expect(registeredScorers().map((s) => s.name)).toEqual(['wink', 'afinn', 'vader']);
    expect(() => registerScorer(winkScorer)).toThrow('scorer "wink" is already registered');
    expect(() => registerScorer({ ...longWords, name: 'Long Words' })).toThrow('a lowercase id');
    expect(() => registerScorer({ ...longWords, polarityColumn: 'x' })).toThrow('polarity column "x" is not one of its columns');
    expect(() => registerScorer({ ...longWords, columns: ['wink'], polarityColumn: 'wink', describe: { method: 'm', columns: { wink: { description: 'd', unit: 'u' } } } }))
      .toThrow('column "wink" is already written by scorer "wink"');
    registerScorer(winkScorer, { override: true });
    expect(registeredScorers().map((s) => s.name)).toEqual(['wink', 'afinn', 'vader']);
  });

  it('a scorer registered once is a --sentiment choice, scores sentences and is in the codebook', () => {
    expect(() => parseOptions(['--sentiment', 'longwords'])).toThrow("unknown scorer 'longwords'");
    registerScorer(longWords);
    expect(parseOptions(['--sentiment', 'wink,longwords']).options.sentiment).toEqual(['wink', 'longwords']);
    expect(scorersByName(['longwords'])[0]).toBe(longWords);
    // "Sanctions were imposed unilaterally.": sanctions (9), imposed (7), unilaterally (12) are longer than six letters: 3 of 4 words
    const a = analyzeCorpus([{ id: 'a', path: 'a.txt', meta: {}, text: 'Sanctions were imposed unilaterally.', fingerprint: 'a', boilerplateLines: 0 }], { sentiment: ['longwords'] });
    expect(a.analyses[0]!.sentences[0]!.scores).toEqual({ longwords: 0.75 });
    expect(columnDocumented(TABLES.documents, 'longwords_mean')).toBe(true);
    expect(TABLES.sentences.columns.map((c) => c.name)).toEqual(expect.arrayContaining(['longwords', 'polarity_longwords']));
    expect(TABLES.sentences.method).toContain('share of words longer than six letters');
  });
});
