// Mutation edges of kwic's literal filter (src/lexicon/kwic.ts, literalFilter) and of `lexicon show`'s swallowed
// entries (src/lexicon/inspect.ts) that the other lexicon tests leave open. Expected values follow the doc comments
// of literalFilter ("necessary, not sufficient"; lowercase literals searched in the lowercased text, only ASCII
// ones), of globMatcher (lowercase forms compared, as globRegExp defines, unless case-sensitive) and of
// inspect.ts (stems, a literal and one final `*`, looked up by prefix first; other globs one by one), worked by hand.
// Lowercasing is String.prototype.toLowerCase: ſ (U+017F) stays ſ, the Kelvin sign (U+212A) becomes k.
import { describe, expect, it } from 'vitest';
import { kwicRows, literalFilter } from '../../src/lexicon/kwic.ts';
import { inspectLexicon } from '../../src/lexicon/inspect.ts';
import { compileLexicon } from '../../src/lexicon/compile.ts';
import { parseLexicon } from '../../src/lexicon/read.ts';
import type { Lexicon } from '../../src/lexicon/types.ts';
import type { Document } from '../../src/corpus/index.ts';

/** A framescope YAML lexicon with one category `c`; its entries start on line 8. */
function yaml(entries: string[]): Lexicon {
  return parseLexicon(`name: t\nversion: "1"\ncategories:\n  c:\n    label: C\n    definition: test\n    entries:\n${entries.map((e) => `      - ${e}`).join('\n')}\n`, 't.yaml');
}

const filterOf = (entry: string) => literalFilter(compileLexicon(yaml([entry])).entries[0]!);
const doc = (id: string, text: string): Document => ({ id, path: `${id}.txt`, meta: {}, text, fingerprint: id, boilerplateLines: 0 });

describe('kwic: the literal filter', () => {
  it('drops a document whose tokens hold a glob\'s literal only under case folding (ſ is not s)', () => {
    // Globs compare lowercase forms: "*s*" does not match the token "ſ" (its own lowercase), and the text "a ſ."
    // lowercased holds no "s", so the filter may drop it.
    expect(filterOf('"*s*"')('A ſ.')).toBe(false);
    expect(kwicRows([doc('u', 'A ſ.')], '*s*', { window: 0 })).toEqual([]);
    // The Kelvin sign lowercases to "k": the lowercased text holds the literal, and kwic finds the token.
    expect(filterOf('"*k*"')('A \u212A.')).toBe(true);
    expect(kwicRows([doc('u', 'A \u212A.')], '*k*', { window: 0 }).map((r) => r.keyword)).toEqual(['\u212A']);
  });

  it('searches a word\'s lowercase literal in the lowercased text', () => {
    expect(filterOf('quorums')('Two QUORUMS.')).toBe(true);
    expect(filterOf('quorums')('Two quorumſ.')).toBe(false);
    expect(filterOf('quorums')('Two quorum.')).toBe(false);
  });

  it('requires the literals of a case-sensitive glob, searched folded', () => {
    // The glob's value is lowercased ("embargo*"); "EMBARGOES" holds it folded, a fortiori as written.
    expect(filterOf('{ phrase: "Embargo*", case_sensitive: true }')('New EMBARGOES.')).toBe(true);
    expect(filterOf('{ phrase: "Embargo*", case_sensitive: true }')('New measures.')).toBe(false);
  });

  it('does not require a glob\'s literals that are not ASCII', () => {
    // "straß*" has one literal, "straß", not ASCII: nothing is required of the text (it holds no ß; a necessary
    // condition may let a document through that has no match).
    expect(filterOf('"straß*"')('Strasse')).toBe(true);
    // an ASCII literal beside it is still required
    expect(filterOf('"*straß*weg"')('Strasse')).toBe(false);
    expect(filterOf('"*straß*weg"')('Wegweiser')).toBe(true);
  });
});

describe('lexicon show: swallowed entries', () => {
  it('tests other globs on lowercase forms, as the matcher does (ſ is not s, the Kelvin sign is k)', () => {
    expect(inspectLexicon(yaml(['"*s*"', 'ſ'])).warnings).toEqual([]);
    expect(inspectLexicon(yaml(['"*k*"', '\u212A'])).warnings).toEqual([
      't.yaml:9: "\u212A" in c is swallowed by "*k*" (line 8), which matches everything it matches',
    ]);
  });

  it('compares a glob written in capitals lowercase, as the matcher does', () => {
    // "*BAND*" is not a stem (a star at each end): it is tested one by one, lowercased, on the word's lowercase "abandon".
    expect(inspectLexicon(yaml(['"*BAND*"', 'Abandon'])).warnings).toEqual([
      't.yaml:9: "Abandon" in c is swallowed by "*BAND*" (line 8), which matches everything it matches',
    ]);
  });

  it('takes only a literal with one final `*` as a stem: a glob holding `?` is tested after the stems', () => {
    // A URL is one token, `?` included. "https://a.io/?q*" holds a `?`, so it is not a stem: the stems are looked up
    // first, and "h*" matches both the URL glob's text and the URL word, so it is the one named.
    expect(inspectLexicon(yaml(['"https://a.io/?q*"', '"h*"', '"https://a.io/?qq"'])).warnings).toEqual([
      't.yaml:8: "https://a.io/?q*" in c is swallowed by "h*" (line 9), which matches everything it matches',
      't.yaml:10: "https://a.io/?qq" in c is swallowed by "h*" (line 9), which matches everything it matches',
    ]);
  });
});
