// Mutation edges of kwic's literal filter (src/lexicon/kwic.ts, literalFilter) and of `lexicon show`'s swallowed
// entries (src/lexicon/inspect.ts) that the other lexicon tests leave open. Expected values follow the doc comments
// of literalFilter ("necessary, not sufficient"; folded literals searched with the `iu` flags the glob tests use,
// only ASCII ones), of globMatcher (case folding exactly as globRegExp: `iu` unless case-sensitive) and of
// inspect.ts (stems, a literal and one final `*`, looked up by prefix first; other globs one by one), worked by hand.
// Case folding under `iu` is Unicode simple case folding: ſ (U+017F) folds to s, ß folds to itself (not to ss).
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
  it('keeps a document whose token a glob matches only through case folding (ſ is s)', () => {
    // wink makes "ſ" a token of its own. "*s*" is compared with its lowercase form "ſ" under `iu`, where ſ folds
    // to s: it matches. The filter must then find the literal "s" in the lowercased text "a ſ.", with the same flags.
    expect(filterOf('"*s*"')('A ſ.')).toBe(true);
    expect(kwicRows([doc('u', 'A ſ.')], '*s*', { window: 0 }).map((r) => r.keyword)).toEqual(['ſ']);
  });

  it('searches a word\'s lowercase literal with the `iu` flags too', () => {
    // The doc comment: folded literals are searched with the `iu` flags, so "quorums" is found in "quorumſ".
    expect(filterOf('quorums')('Two quorumſ.')).toBe(true);
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
  it('tests other globs with case folding, as the matcher does (ſ is s)', () => {
    // "*s*" matches the one-token word "ſ" (see the kwic test above, where the matcher finds it).
    expect(inspectLexicon(yaml(['"*s*"', 'ſ'])).warnings).toEqual([
      't.yaml:9: "ſ" in c is swallowed by "*s*" (line 8), which matches everything it matches',
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
