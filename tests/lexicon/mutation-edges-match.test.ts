// Edges of the lexicon matcher (src/lexicon/match.ts) that the other matcher tests leave open: gaps at layout
// tokens, sense rules at the ends of their reach, globs open at both ends, ties between entries, category groups,
// the order of hits at one token and one expression across sentences. Expected hits follow src/lexicon/README.md
// ("Matching rules", "Sense rules") and the doc comments of match.ts, worked out token by token.
// Each lexicon is compiled inside its test: the matcher caches per compiled lexicon, and a fresh one makes every
// test go through the whole path.
import { describe, expect, it } from 'vitest';
import { compileLexicon, matchTokens, parseLexicon, type CompiledLexicon } from '../../src/lexicon/index.ts';
import { oneCountPerExpression, patternLength, type Match } from '../../src/lexicon/match.ts';
import { formId, tokenize, type Token } from '../../src/text/index.ts';

/** A framescope YAML lexicon, one category per key (in the order given), compiled. */
function lexicon(entries: Record<string, string[]>, top = ''): CompiledLexicon {
  const cats = Object.entries(entries).map(([id, es]) => `  ${id}:\n    label: ${id}\n    definition: test\n    entries:\n${es.map((e) => `      - ${e}`).join('\n')}`);
  return compileLexicon(parseLexicon(`name: t\nversion: "1"\n${top}categories:\n${cats.join('\n')}\n`, 'test.yaml'));
}

/** Hits as `category:entry:covered text`. */
function hitsOf(lex: CompiledLexicon, text: string): string[] {
  const { tokens } = tokenize(text);
  return matchTokens(lex, tokens).map((m) => `${m.category}:${m.entry}:${text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end)}`);
}

/** Hits as `category:covered text`. */
function hits(lex: CompiledLexicon, text: string): string[] {
  return hitsOf(lex, text).map((h) => h.replace(/:[^:]*:/, ':'));
}

/** A word token built by hand, to set sentence numbers that real text cannot give. */
function tok(i: number, text: string, sentence: number): Token {
  const lower = text.toLowerCase();
  return { i, text, lower, lemma: lower, form: formId(lower), lemmaForm: formId(lower), textForm: formId(text), type: 'word', pos: 'NOUN', isWord: true, negated: false, start: i * 20, end: i * 20 + text.length, sentence };
}

describe('lemma phrases', () => {
  it('compare every token of a lemma phrase by its lemma, not only the first', () => {
    const lex = lexicon({ d: ['{ lemma: double standard }'] });
    expect(hits(lex, 'They apply double standards.')).toEqual(['d:double standards']);
    // "double" is indexed by its lemma, but "fault" is not the lemma "standard"
    expect(hits(lex, 'A double fault.')).toEqual([]);
  });
});

describe('gaps (...)', () => {
  it('stop at a layout token inside the gap', () => {
    const lex = lexicon({ b: ['"Russia\'s ... invasion"'] });
    // Russia 's army \t invasion: the gap may take "army" but not the tab after it (a layout token), so no hit
    expect(hits(lex, "Russia's army\tinvasion")).toEqual([]);
    // the same words with a space: the gap takes "army"
    expect(hits(lex, "Russia's army invasion")).toEqual(["b:Russia's army invasion"]);
  });

  it('never take a token of another sentence, even when the next token is back in the first one', () => {
    // Hand-built: tokenize never numbers sentences 0, 1, 0; the rule "up to three tokens of the same sentence" is tested alone.
    const lex = lexicon({ w: ['"war ... crimes"'] });
    const back = [tok(0, 'war', 0), tok(1, 'and', 1), tok(2, 'crimes', 0)];
    const same = [tok(0, 'war', 0), tok(1, 'and', 0), tok(2, 'crimes', 0)];
    expect(matchTokens(lex, same).map((m) => [m.tokenStart, m.tokenEnd])).toEqual([[0, 3]]);
    expect(matchTokens(lex, back)).toEqual([]);
  });
});

describe('patternLength (an entry alone at one token)', () => {
  it('gives the tokens matched from `start`, 0 when nothing matches and 0 past the last token', () => {
    const lex = lexicon({ s: ['sovereign wealth fund'] });
    const entry = lex.entries[0]!;
    const { tokens } = tokenize('A sovereign wealth fund.');
    // tokens: A(0) sovereign(1) wealth(2) fund(3) .(4)
    expect(patternLength(entry, tokens, 1)).toBe(3);
    expect(patternLength(entry, tokens, 0)).toBe(0);
    expect(patternLength(entry, tokens, 2)).toBe(0);
    expect(patternLength(entry, tokens, tokens.length)).toBe(0);
    expect(patternLength(entry, [], 0)).toBe(0);
  });
});

describe('sense rules at the ends of their reach', () => {
  it('an except phrase starting at the first token of the text cancels the hit', () => {
    const lex = lexicon({ h: ['{ word: humanitarian, except: [international humanitarian law] }'] });
    // the except phrase is placed at token 0, the entry at token 1
    expect(hits(lex, 'International humanitarian law applies.')).toEqual([]);
    expect(hits(lex, 'Humanitarian aid arrived.')).toEqual(['h:Humanitarian']);
  });

  it('not_after sees the first token of the text, skips layout tokens, and stops at the sentence start', () => {
    const lex = lexicon({ t: ['{ word: terrorism, not_after: [counter], within: 1 }'] });
    // "Counter" is token 0, right before the hit
    expect(hits(lex, 'Counter terrorism works.')).toEqual([]);
    // counter \t terrorism: the tab is not one of the `within` tokens, so "counter" is the one token looked at
    expect(hits(lex, 'counter\tterrorism')).toEqual([]);
    const wide = lexicon({ t: ['{ word: terrorism, not_after: [counter], within: 3 }'] });
    // "counter" is two tokens back but in the sentence before: "within tokens of the same sentence"
    expect(hits(wide, 'They counter. Terrorism grows.')).toEqual(['t:Terrorism']);
  });

  it('not_before looks at `within` tokens only, skips layout tokens, and stops at the sentence end', () => {
    const one = lexicon({ s: ['{ word: sovereign, not_before: [fund], within: 1 }'] });
    // "fund" is the second token after: outside a reach of 1
    expect(hits(one, 'A sovereign wealth fund.')).toEqual(['s:sovereign']);
    expect(hits(one, 'A sovereign fund.')).toEqual([]);
    // sovereign \t fund: the tab does not count, "fund" is the one token looked at
    expect(hits(one, 'sovereign\tfund')).toEqual([]);
    const three = lexicon({ s: ['{ word: sovereign, not_before: [fund], within: 3 }'] });
    // "Funds" (lemma fund) is two tokens after, but in the next sentence
    expect(hits(three, 'It is sovereign. Funds help.')).toEqual(['s:sovereign']);
  });

  it('requires and not_with look at the other tokens of the sentence: after the hit too, never the hit itself', () => {
    const req = lexicon({ s: ['{ lemma: designate, requires: [treasury] }'] });
    // "Treasury" comes after the hit, in its sentence
    expect(hits(req, 'Five companies were designated by the Treasury.')).toEqual(['s:designated']);
    // "Treasury" is in the next sentence only
    expect(hits(req, 'He was designated. Treasury acted.')).toEqual([]);
    const not = lexicon({ r: ['{ phrase: sanctions regime, not_with: [regime] }'] });
    // "regime" is a token of the hit, not another token of its sentence
    expect(hits(not, 'The sanctions regime holds.')).toEqual(['r:sanctions regime']);
    expect(hits(not, 'The sanctions regime holds; the regime falls.')).toEqual([]);
  });
});

describe('glob first tokens', () => {
  it('a glob open at both ends matches a token holding its literal anywhere, at either end, or all of it', () => {
    const lex = lexicon({ g: ['"*sanction*"'] });
    expect(hits(lex, 'Countersanctions failed.')).toEqual(['g:Countersanctions']);
    // the stars match nothing: the token is the literal
    expect(hits(lex, 'A sanction.')).toEqual(['g:sanction']);
    expect(hits(lex, 'Sanctionism.')).toEqual(['g:Sanctionism']);
    // a token with a non-ASCII letter, holding the literal as written
    expect(hits(lex, 'Une sanctionnée.')).toEqual(['g:sanctionnée']);
    expect(hits(lex, 'Sanctity.')).toEqual([]);
  });

  it('a glob compares lowercase forms, as a word does: ſ is not s, the Kelvin sign K is k', () => {
    // "ſ" (long s) and "\u212A" (Kelvin sign) are tokens of their own; their lowercase forms are "ſ" and "k".
    const text = 'ſ and \u212A.';
    for (const e of ['"*s*"', '"s*"', '"*s"', 's']) expect(hits(lexicon({ l: [e] }), text)).toEqual([]);
    for (const e of ['"*k*"', '"k*"', '"*k"', 'k']) expect(hits(lexicon({ l: [e] }), text)).toEqual(['l:\u212A']);
  });

  it('a glob starting with * matches a token that is exactly its suffix', () => {
    const lex = lexicon({ m: ['"*phobic"'] });
    expect(hits(lex, 'Phobic fears.')).toEqual(['m:Phobic']);
    expect(hits(lex, 'Russophobic fears.')).toEqual(['m:Russophobic']);
  });

  it('unless globs take tokens away from a stem entry', () => {
    const lex = lexicon({ a: ['{ word: "abandon*", unless: [abandoned, "abandonment*"] }'] });
    // abandonments: taken by the glob abandonment*; abandoned: by the word; abandon: the stem's
    expect(hits(lex, 'The abandonments ended; they abandoned it; we abandon nothing.')).toEqual(['a:abandon']);
  });
});

describe('which entry wins at one token', () => {
  it('the longest entry of a category wins even when a shorter one is written after it', () => {
    const lex = lexicon({ i: ['illegal armed groups', 'illegal'] });
    expect(hitsOf(lex, 'Illegal armed groups fled.')).toEqual(['i:illegal armed groups:Illegal armed groups']);
  });

  it('on equal length the entry written first wins, whichever list found it', () => {
    // both match "sanctions" with one token: the word entry is written first
    expect(hitsOf(lexicon({ s: ['sanctions', '"sanction*"'] }), 'The sanctions hurt.')).toEqual(['s:sanctions:sanctions']);
    // the lemma entry is written first (it is looked up after the word entries, by the token's lemma)
    expect(hitsOf(lexicon({ s: ['{ lemma: sanction }', 'sanctions'] }), 'The sanctions hurt.')).toEqual(['s:sanction:sanctions']);
    // the glob is written first (looked up after the literal words, by its prefix)
    expect(hitsOf(lexicon({ s: ['"sanction*"', 'sanctions'] }), 'The sanctions hurt.')).toEqual(['s:sanction*:sanctions']);
  });

  it('orders hits at one token by category id, whatever the order of the categories in the file', () => {
    const lex = lexicon({ c: ['sanctions'], b: ['sanctions'], a: ['sanctions'] });
    expect(hits(lex, 'The sanctions hurt.')).toEqual(['a:sanctions', 'b:sanctions', 'c:sanctions']);
  });
});

describe('category groups (nested_scope: lexicon)', () => {
  it('in a group the longest hit at a token counts alone; without one each category counts', () => {
    const entries = { a: ['illegal armed groups'], b: ['illegal', 'armed'] };
    // Lexicoder: the longest entry at a position wins across all categories and scanning resumes after it
    expect(hits(lexicon(entries, 'nested_scope: lexicon\n'), 'Illegal armed groups fled.')).toEqual(['a:Illegal armed groups']);
    // each category on its own: b's "illegal" and "armed" touch, so they are one expression
    expect(hitsOf(lexicon(entries), 'Illegal armed groups fled.')).toEqual(['a:illegal armed groups:Illegal armed groups', 'b:illegal:Illegal armed']);
  });

  it('in a group, hits of equal length at one token count in each category', () => {
    const lex = lexicon({ a: ['illegal'], b: ['illegal'] }, 'nested_scope: lexicon\n');
    expect(hits(lex, 'It is illegal.')).toEqual(['a:illegal', 'b:illegal']);
  });
});

describe('one expression, one count', () => {
  it('two joiners between hits keep them apart', () => {
    const lex = lexicon({ t: ['ISIS', 'Daesh'] });
    // "joined only by a slash, a hyphen or an opening parenthesis": one such token, not "–" and "("
    expect(hits(lex, 'ISIS – (Daesh) attacked.')).toEqual(['t:ISIS', 't:Daesh']);
    expect(hits(lex, 'ISIS (Daesh) attacked.')).toEqual(['t:ISIS (Daesh']);
  });

  it('touching hits in two sentences stay two hits', () => {
    // Hand-built: real text puts a token between sentences; the rule "in one sentence" is tested alone.
    const lex = lexicon({ t: ['ISIS', 'Daesh'] });
    const tokens = [tok(0, 'ISIS', 0), tok(1, 'Daesh', 1)];
    expect(matchTokens(lex, tokens).map((m) => [m.tokenStart, m.tokenEnd])).toEqual([[0, 1], [1, 2]]);
    const one = [tok(0, 'ISIS', 0), tok(1, 'Daesh', 0)];
    expect(matchTokens(lex, one).map((m) => [m.tokenStart, m.tokenEnd])).toEqual([[0, 2]]);
  });

  it('oneCountPerExpression merges touching hits of a category in a sentence, keeping the first entry', () => {
    const tokens = [tok(0, 'ISIS', 0), tok(1, '/', 0), tok(2, 'Daesh', 0), tok(3, 'ISIS', 1)];
    const h = (tokenStart: number, entry: string): Match => ({ category: 't', entry, tokenStart, tokenEnd: tokenStart + 1, negated: false, negationCue: '' });
    expect(oneCountPerExpression([h(0, 'isis'), h(2, 'daesh'), h(3, 'isis')], tokens)).toEqual([
      { category: 't', entry: 'isis', tokenStart: 0, tokenEnd: 3, negated: false, negationCue: '' },
      { category: 't', entry: 'isis', tokenStart: 3, tokenEnd: 4, negated: false, negationCue: '' },
    ]);
  });
});
