// Frame tone without circularity: a sentence is scored again with the frame's own markers left out.
import { describe, expect, it } from 'vitest';
import { compileLexicon, parseLexicon } from '../../src/lexicon/index.ts';
import { analyzeDocument } from '../../src/engine/analyze-document.ts';
import { scorersByName } from '../../src/sentiment/index.ts';

const lexicon = compileLexicon(parseLexicon([
  'name: t', 'version: "1"', 'categories:',
  '  illegality: { label: I, definition: d, entries: [illegal] }',
  '  condemnation: { label: C, definition: d, entries: [condemn] }', '',
].join('\n'), 't.yaml'));
const analyse = (text: string) => analyzeDocument({ id: 'd', path: 'd.txt', meta: {}, text, fingerprint: 'd', boilerplateLines: 0 }, lexicon, scorersByName(['afinn', 'vader']), { contextChars: 20, window: 0 });

describe('unmarked sentence scores', () => {
  it('leave out only the category\'s own markers', () => {
    // AFINN-165: condemn -2, illegal -3, attack -1. The sentence sums to -6; without "illegal" -3; without "condemn" -4.
    const s = analyse('We condemn the illegal attack.').sentences[0]!;
    expect(s.scores.afinn).toBe(-6);
    expect(s.unmarked!.illegality!.afinn).toBe(-3);
    expect(s.unmarked!.condemnation!.afinn).toBe(-4);
    // VADER on the text with the marker blanked equals VADER on the sentence written without it.
    const without = analyse('We condemn the attack.').sentences[0]!;
    expect(s.unmarked!.illegality!.vader_compound).toBe(without.scores.vader_compound);
    expect(s.unmarked!.illegality!.vader_compound).toBeGreaterThan(s.scores.vader_compound!);
  });

  it('are the same for categories whose markers are the same tokens', () => {
    const shared = compileLexicon(parseLexicon([
      'name: t', 'version: "1"', 'categories:',
      '  illegality: { label: I, definition: d, entries: [illegal] }',
      '  legality: { label: L, definition: d, entries: [illegal, law] }',
      '  condemnation: { label: C, definition: d, entries: [condemn] }', '',
    ].join('\n'), 't.yaml'));
    const doc = { id: 'd', path: 'd.txt', meta: {}, text: 'We condemn the illegal attack.', fingerprint: 'd', boilerplateLines: 0 };
    const s = analyzeDocument(doc, shared, scorersByName(['afinn']), { contextChars: 20, window: 0 }).sentences[0]!;
    // AFINN-165: condemn -2, illegal -3, attack -1; "illegal" is the only marker of both illegality and legality here.
    expect(Object.keys(s.unmarked!)).toEqual(['condemnation', 'illegality', 'legality']);
    expect(s.unmarked!.illegality!.afinn).toBe(-3);
    expect(s.unmarked!.legality!.afinn).toBe(-3);
    expect(s.unmarked!.condemnation!.afinn).toBe(-4);
  });

  it('are absent from sentences without a frame', () => {
    expect(analyse('The weather was good.').sentences[0]!.unmarked).toBeUndefined();
  });
});
