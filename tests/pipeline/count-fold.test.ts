import { describe, expect, it } from 'vitest';
import { compileLexicon, readLexicon } from '../../src/lexicon/index.ts';
import { analyzeDocument } from '../../src/engine/analyze-document.ts';
import { CountFold } from '../../src/engine/summary.ts';

const lexicon = compileLexicon(readLexicon('lexicons/framing.yaml'));
const doc = (id: string, text: string) => ({ id, path: `${id}.txt`, meta: {}, text, fingerprint: id, boilerplateLines: 0 });
const analyse = (id: string, text: string) => analyzeDocument(doc(id, text), lexicon, [], { contextChars: 20, window: 0 });
const plain = (m: Map<string, Map<string, number>>) => Object.fromEntries([...m].map(([g, w]) => [g, Object.fromEntries([...w].sort())]));

describe('CountFold', () => {
  // Word tokens counted by hand: punctuation is not a word; forms are lowercased.
  const a = 'Sanctions are illegal. The sanctions, illegal and unjust, hurt.';
  const b = 'Illegal sanctions hurt.';
  const want = { g: { and: 1, are: 1, hurt: 2, illegal: 3, sanctions: 3, the: 1, unjust: 1 } };

  it('adds analyses made on this thread (by form id) and their plain copies (by word) to the same counts', () => {
    const byId = new CountFold('word');
    byId.add(analyse('a', a), 'g');
    byId.add(analyse('b', b), 'g');
    const byWord = new CountFold('word');
    // A JSON copy is what the cache and shard partials give back: no form ids travel with it.
    byWord.add(JSON.parse(JSON.stringify(analyse('a', a))), 'g');
    byWord.add(JSON.parse(JSON.stringify(analyse('b', b))), 'g');
    const mixed = new CountFold('word');
    mixed.add(analyse('a', a), 'g');
    mixed.add(JSON.parse(JSON.stringify(analyse('b', b))), 'g');
    expect(plain(byId.unitByGroup)).toEqual(want);
    expect(plain(byWord.unitByGroup)).toEqual(want);
    expect(plain(mixed.unitByGroup)).toEqual(want);
  });

  it('keeps counts added after a read, and merges another thread\'s plain counts', () => {
    const fold = new CountFold('word');
    fold.add(analyse('a', a), 'g');
    expect(fold.unitByGroup.get('g')!.get('illegal')).toBe(2);
    fold.add(analyse('b', b), 'g');
    const other = new CountFold('word');
    other.add(analyse('b', b), 'h');
    fold.merge(structuredClone(other.transferable()));
    expect(plain(fold.unitByGroup)).toEqual({ ...want, h: { hurt: 1, illegal: 1, sanctions: 1 } });
  });

  it('counts lemmas by group and word forms beside them when keyness counts lemmas', () => {
    const fold = new CountFold('lemma');
    fold.add(analyse('b', b), 'g');
    fold.add(JSON.parse(JSON.stringify(analyse('b', b))), 'g');
    // wink's lemmas: sanctions -> sanction; hurt stays hurt; illegal stays illegal.
    expect(plain(fold.unitByGroup)).toEqual({ g: { hurt: 2, illegal: 2, sanction: 2 } });
    expect(Object.fromEntries([...fold.wordsWhenLemmas].sort())).toEqual({ hurt: 2, illegal: 2, sanctions: 2 });
  });
});
