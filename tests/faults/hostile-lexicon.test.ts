// Lexicons that would make a backtracking matcher hang, and many glob entries: the answers must stay those of the glob's definition.
import { describe, expect, it } from 'vitest';
import { compileLexicon, matchTokens, parseLexicon, type CompiledLexicon } from '../../src/lexicon/index.ts';
import { globRegExp } from '../../src/lexicon/pattern.ts';
import { mulberry32 } from '../../src/stats/random.ts';
import { tokenize } from '../../src/text/index.ts';

/** One category per entry (c0, c1, ...), so every entry's hits can be told apart. */
function lexicon(entries: string[]): CompiledLexicon {
  const cats = entries.map((e, i) => `  c${i}:\n    label: c${i}\n    definition: test\n    entries:\n      - ${e}`);
  return compileLexicon(parseLexicon(`name: t\nversion: "1"\ncategories:\n${cats.join('\n')}\n`, 'test.yaml'));
}

describe('a hostile glob lexicon', () => {
  it('matches a(*a) ten times then b against 40-letter tokens with the right answer', () => {
    const lex = lexicon(['"a*a*a*a*a*a*a*a*a*a*a*b"']);
    const text = `${'a'.repeat(40)} ${'a'.repeat(40)}b ${'a'.repeat(10)}b ${'a'.repeat(11)}b.`;
    const { tokens } = tokenize(text);
    const found = matchTokens(lex, tokens).map((m) => tokens[m.tokenStart]!.text);
    expect(found).toEqual([`${'a'.repeat(40)}b`, `${'a'.repeat(11)}b`]);
  });

  it('finds with 600 glob entries open at both ends exactly the tokens their RegExp definition matches', () => {
    const rnd = mulberry32(7);
    const draw = (letters: string, n: number) => Array.from({ length: n }, () => letters[Math.floor(rnd() * letters.length)]).join('');
    const word = (n: number) => draw('abcdeéſ', n);
    const literal = (n: number) => draw('abcdeé', n);
    const globs: string[] = [];
    for (let i = 0; i < 600; i++) {
      // Mostly the indexed kind (an ASCII literal between stars), some with a non-ASCII literal, some case-sensitive.
      const g = `*${literal(1 + Math.floor(rnd() * 2))}*${literal(1 + Math.floor(rnd() * 2))}*`;
      if (!globs.includes(g)) globs.push(g);
    }
    const entries = globs.map((g, i) => (i % 10 === 0 ? `{ word: "${g.toUpperCase()}", case_sensitive: true }` : `"${g}"`));
    const lex = lexicon(entries);
    const words = Array.from({ length: 400 }, () => word(1 + Math.floor(rnd() * 7)));
    // Some tokens in capitals, and long s (wink makes it a token of its own), whose lowercase form is itself.
    const text = `${words.map((w, i) => (i % 7 === 0 ? w.toUpperCase() : w)).join(', ')}.`;
    const { tokens } = tokenize(text);

    const want: string[] = [];
    tokens.forEach((t, ti) => {
      if (t.type === 'tabCRLF') return;
      lex.entries.forEach((e) => {
        const glob = e.caseSensitive ? e.pattern : e.pattern.toLowerCase();
        if (globRegExp(glob, e.caseSensitive).test(e.caseSensitive ? t.text : t.lower)) want.push(`${ti}:${lex.categories[e.category]!.id}`);
      });
    });
    const got = matchTokens(lex, tokens).map((m) => `${m.tokenStart}:${m.category}`);
    const order = (xs: string[]) => [...xs].sort();
    expect(want.length).toBeGreaterThan(200);
    expect(order(got)).toEqual(order(want));
  });

  it('compares a glob with lowercase forms as words are: a long s is not an s, the Kelvin sign is a k', () => {
    // "ſ".toLowerCase() is "ſ" and "\u212A".toLowerCase() is "k"; the tokenizer makes each a token of its own.
    const { tokens } = tokenize('x ſ y \u212A z');
    const at = (globs: string[]) => matchTokens(lexicon(globs), tokens).map((m) => tokens[m.tokenStart]!.text);
    expect(at(['"*s*"'])).toEqual([]);
    expect(at(['"s*"'])).toEqual([]);
    expect(at(['"*s"'])).toEqual([]);
    expect(at(['"*k*"'])).toEqual(['\u212A']);
    expect(at(['"k*"'])).toEqual(['\u212A']);
  });
});
