import { describe, expect, it } from 'vitest';
import { compileLexicon, matchTokens, readLexicon, type Match } from '../../src/lexicon/index.ts';
import { formId, tokenize, type Token } from '../../src/text/index.ts';

const compiled = compileLexicon(readLexicon('tests/fixtures/lexicon/basic.yaml'));

/** Hits as `category:entry:covered text[:neg]`, so expectations read like the sentence. */
function hits(text: string): string[] {
  const { tokens } = tokenize(text);
  return matchTokens(compiled, tokens).map((m: Match) => {
    const covered = text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end);
    return `${m.category}:${m.entry}:${covered}${m.negated ? ':neg' : ''}`;
  });
}

describe('matchTokens', () => {
  it('matches an exact word with token offsets', () => {
    const { tokens } = tokenize('This is illegal.');
    // tokens: This(0) is(1) illegal(2) .(3)
    expect(matchTokens(compiled, tokens)).toEqual([{ category: 'illegality', entry: 'illegal', tokenStart: 2, tokenEnd: 3, negated: false, negationCue: '' }]);
  });

  it('matches a multiword phrase case-insensitively', () => {
    expect(hits('We respect Territorial Integrity.')).toEqual(['sovereignty:territorial integrity:Territorial Integrity']);
  });

  it('matches globs, the star matching nothing too, and a glob split like the document', () => {
    expect(hits('Sovereignty of sovereign states.')).toEqual(['sovereignty:sovereign*:Sovereignty', 'sovereignty:sovereign*:sovereign']);
    expect(hits('The Anglo-Saxons did it.')).toEqual(['sovereignty:Anglo-Saxon*:Anglo-Saxons']);
  });

  it('matches every form of a lemma, and an exact-word entry only its form', () => {
    expect(hits('They sanctioned firms and imposed sanctions.')).toEqual([
      'sanctions:sanction:sanctioned',
      'coercion:sanctions:sanctions',
      'sanctions:sanction:sanctions',
    ]);
  });

  it('respects case_sensitive and except', () => {
    expect(hits('the West is to the west of the river.')).toEqual(['west:West:West']);
    expect(hits('Settlements in the West Bank grew.')).toEqual([]);
  });

  it('counts a nested entry once: equatorial guinea is not also guinea', () => {
    expect(hits('Equatorial Guinea and Guinea.')).toEqual(['places:equatorial guinea:Equatorial Guinea', 'places:guinea:Guinea']);
  });

  it('takes the longest entry in a category and lets another category share the tokens', () => {
    const { tokens } = tokenize('Illegal armed groups fled.');
    expect(matchTokens(compiled, tokens)).toEqual([
      { category: 'illegality', entry: 'illegal armed groups', tokenStart: 0, tokenEnd: 3, negated: false, negationCue: '' },
      { category: 'armed', entry: 'armed groups', tokenStart: 1, tokenEnd: 3, negated: false, negationCue: '' },
    ]);
  });

  it('orders hits at one token by category id', () => {
    const { tokens } = tokenize('No more sanctions?');
    const at2 = matchTokens(compiled, tokens).filter((m) => m.tokenStart === 2);
    expect(at2.map((m) => m.category)).toEqual(['coercion', 'sanctions']);
  });

  it('flags hits in a negation scope', () => {
    expect(hits('It is not illegal.')).toEqual(['illegality:illegal:illegal:neg']);
    expect(hits('There are no sanctions.')).toEqual(['coercion:sanctions:sanctions:neg', 'sanctions:sanction:sanctions:neg']);
    expect(hits('It is illegal.')).toEqual(['illegality:illegal:illegal']);
  });

  it('never matches across a sentence end', () => {
    // Real text always puts a token between sentences, so build the tokens by hand to test the rule itself.
    const tok = (i: number, text: string, sentence: number): Token => ({
      i, text, lower: text.toLowerCase(), lemma: text.toLowerCase(), form: formId(text.toLowerCase()), lemmaForm: formId(text.toLowerCase()), textForm: formId(text), type: 'word', pos: 'NOUN', isWord: true, negated: false, start: i * 20, end: i * 20 + text.length, sentence,
    });
    const same = [tok(0, 'territorial', 0), tok(1, 'integrity', 0)];
    const split = [tok(0, 'territorial', 0), tok(1, 'integrity', 1)];
    expect(matchTokens(compiled, same).map((m) => m.entry)).toEqual(['territorial integrity']);
    expect(matchTokens(compiled, split)).toEqual([]);
    expect(hits('territorial\n\nintegrity')).toEqual([]);
  });
});
