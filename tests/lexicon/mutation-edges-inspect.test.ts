// Edges of `lexicon show` (src/lexicon/inspect.ts), several lexicons in one run (combine.ts) and kwic (kwic.ts)
// that the other lexicon tests leave open. Expected values follow src/lexicon/README.md ("Several lexicons",
// the notes on `lexicon show`) and the doc comments of the three files, worked out by hand; token splits are
// wink's as src/text gives them (`dont` is do | nt, a sentence ends after "halt." before a capital).
// Every lexicon is read inside its test, and each test uses words of its own (splitPattern caches patterns).
import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { combineLexicons, sourceOf } from '../../src/lexicon/combine.ts';
import { inspectLexicon, lexiconReportText, type LexiconReport } from '../../src/lexicon/inspect.ts';
import { kwicRows, literalFilter } from '../../src/lexicon/kwic.ts';
import { compileLexicon } from '../../src/lexicon/compile.ts';
import { parseLexicon } from '../../src/lexicon/read.ts';
import type { Lexicon } from '../../src/lexicon/types.ts';
import type { Document } from '../../src/corpus/index.ts';

/**
 * A framescope YAML lexicon, one category per key. With one category, its first entry is on line 8
 * (name, version, categories, the key, label, definition, entries: lines 1 to 7).
 */
function yaml(entries: Record<string, string[]>, name = 't', file = 't.yaml', top = ''): Lexicon {
  const cats = Object.entries(entries).map(([id, es]) => `  ${id}:\n    label: ${id.toUpperCase()}\n    definition: test\n    entries:\n${es.map((e) => `      - ${e}`).join('\n')}`);
  return parseLexicon(`name: ${name}\nversion: "1"\n${top}categories:\n${cats.join('\n')}\n`, file);
}

const doc = (id: string, text: string): Document => ({ id, path: `${id}.txt`, meta: {}, text, fingerprint: id, boilerplateLines: 0 });

describe('lexicon show: the report as printed', () => {
  it('prints name, format, file, short hash, the table padded to the longest id, and the warnings', () => {
    const lex: Lexicon = { ...yaml({ c: ['aardvark'] }), format: undefined, sha256: '0123456789abcdef0123' };
    const r: LexiconReport = {
      categories: [{ id: 'aardvark_burrows', label: 'Burrows', entries: 12, globs: 3 }, { id: 'x', label: 'X', entries: 1, globs: 0 }],
      warnings: ['t.yaml:3: one', 't.yaml:4: two'],
    };
    // width 16 (the longest id); entries right-aligned in 7, globs in 5; no format given: framescope-yaml
    expect(lexiconReportText(lex, r).split('\n')).toEqual([
      't 1 (framescope-yaml, t.yaml, sha256 0123456789ab)',
      '2 categories, 13 entries',
      '',
      'category          entries  globs  label',
      'aardvark_burrows       12      3  Burrows',
      'x                       1      0  X',
      '',
      '2 warnings:',
      '  t.yaml:3: one',
      '  t.yaml:4: two',
    ]);
  });

  it('pads to 8 at least, names the format read, and says "1 warning" and "no warnings"', () => {
    const lex: Lexicon = { ...yaml({ c: ['anteater'] }), format: 'liwc-dic', sha256: 'ffffffffffffffffff' };
    const one: LexiconReport = { categories: [{ id: 'ab', label: 'L', entries: 4, globs: 2 }], warnings: ['t.dic:9: w'] };
    expect(lexiconReportText(lex, one).split('\n')).toEqual([
      't 1 (liwc-dic, t.yaml, sha256 ffffffffffff)',
      '1 categories, 4 entries',
      '',
      'category  entries  globs  label',
      'ab              4      2  L',
      '',
      '1 warning:',
      '  t.dic:9: w',
    ]);
    expect(lexiconReportText(lex, { ...one, warnings: [] }).split('\n').at(-1)).toBe('no warnings');
  });
});

describe('lexicon show: categories and entries that cannot match', () => {
  it('counts entries and glob entries per category', () => {
    const lex = yaml({ alpha: ['menace*', 'combat', '"armistice talks"', '{ lemma: treaty }', '{ glob: "wom?n" }'], beta: ['pact'] });
    expect(inspectLexicon(lex).categories).toEqual([
      { id: 'alpha', label: 'ALPHA', entries: 5, globs: 2 },
      { id: 'beta', label: 'BETA', entries: 1, globs: 0 },
    ]);
  });

  it('names the tokens and sentences of an entry split apart, its gaps closed and wildcards filled', () => {
    // "dont*" realised as "dont", which wink reads as do | nt (README: `dont*` is `do` + `nt*`)
    const w1 = inspectLexicon(yaml({ c: ['dont*'] })).warnings;
    expect(w1).toEqual(['t.yaml:8: "dont*" in c can never match as written: the tokenizer reads "dont" as do | nt (sentence 0)']);
    // the gap "..." is closed in the text: "halt. Then" holds a sentence end
    const w2 = inspectLexicon(yaml({ c: ['{ phrase: "halt. ... Then" }'] })).warnings;
    expect(w2).toEqual(['t.yaml:8: "halt. ... Then" in c can never match as written: the tokenizer reads "halt. Then" as halt | . | Then (sentence 0, 1)']);
  });

  it('shows the text of an entry written with a space in front as the words alone', () => {
    const w = inspectLexicon(yaml({ c: ['{ phrase: " stall. Then" }'] })).warnings;
    expect(w).toEqual(['t.yaml:8: " stall. Then" in c can never match as written: the tokenizer reads "stall. Then" as stall | . | Then (sentence 0, 1)']);
  });

  it('finds no fault in a phrase, a `?` glob filled with a letter, or a lemma', () => {
    // "ceasefire talks" is two tokens only with the space kept; "parl?y" needs one letter in place of `?`
    expect(inspectLexicon(yaml({ c: ['"ceasefire talks"', '{ glob: "parl?y" }'] })).warnings).toEqual([]);
    // a lemma entry is not checked on its text: lemma "end. begin" reads across a sentence end, which lemma matching does not check here
    expect(inspectLexicon(yaml({ c: ['{ lemma: "end. begin" }'] })).warnings).toEqual([]);
  });
});

describe('lexicon show: entries a glob of their category swallows', () => {
  it('names the longest stem, down to a one-letter stem', () => {
    // both stems match "sovereignty": the longest one is named; "sov*" also swallows the glob "sovereign*"
    expect(inspectLexicon(yaml({ c: ['sovereign*', 'sov*', 'sovereignty'] })).warnings).toEqual([
      't.yaml:8: "sovereign*" in c is swallowed by "sov*" (line 9), which matches everything it matches',
      't.yaml:10: "sovereignty" in c is swallowed by "sovereign*" (line 8), which matches everything it matches',
    ]);
    expect(inspectLexicon(yaml({ c: ['q*', 'quagmire'] })).warnings).toEqual([
      't.yaml:9: "quagmire" in c is swallowed by "q*" (line 8), which matches everything it matches',
    ]);
    // "summit" starts with the stem's first letter only
    expect(inspectLexicon(yaml({ c: ['sanctuar*', 'summit'] })).warnings).toEqual([]);
  });

  it('tests words, not globs, against globs other than stems', () => {
    const w = inspectLexicon(yaml({ c: ['"*ocracy"', '"*rupt*"', 'counter*ism', 'autocracy', 'corruption', 'counterterrorism', 'ballot', 'theocracy*'] })).warnings;
    expect(w).toEqual([
      't.yaml:11: "autocracy" in c is swallowed by "*ocracy" (line 8), which matches everything it matches',
      't.yaml:12: "corruption" in c is swallowed by "*rupt*" (line 9), which matches everything it matches',
      't.yaml:13: "counterterrorism" in c is swallowed by "counter*ism" (line 10), which matches everything it matches',
    ]);
  });

  it('lowercases a glob before testing, so that ß stays one letter', () => {
    // "*straße" matches "hauptstraße"; its uppercase "*STRASSE" would not (ß does not fold to ss)
    expect(inspectLexicon(yaml({ c: ['"*straße"', 'hauptstraße'] })).warnings).toEqual([
      't.yaml:9: "hauptstraße" in c is swallowed by "*straße" (line 8), which matches everything it matches',
    ]);
  });

  it('leaves out lemmas, case-sensitive entries and phrases', () => {
    const w = inspectLexicon(yaml({ c: ['hostil*', '{ lemma: hostility }', '{ word: Hostiles, case_sensitive: true }', '"hostile takeover"'] })).warnings;
    expect(w).toEqual([]);
  });

  it('says when the stem lists the word under unless (one entry per word)', () => {
    const w = inspectLexicon(yaml({ c: ['{ word: "abus*", unless: [abused] }', 'Abused'] })).warnings;
    expect(w).toEqual(['t.yaml:9: "Abused" in c is also matched by "abus*" (line 8) and takes its words from it (one entry per word)']);
  });
});

describe('several lexicons in one run', () => {
  it('refuses none, and gives one lexicon back as it is', () => {
    expect(() => combineLexicons([])).toThrow(/^no lexicon given$/);
    const one = yaml({ c: ['gazelle'] });
    expect(combineLexicons([one])).toBe(one);
  });

  it('numbers an id repeated after its lexicon name is put in front', () => {
    // three lexicons named "t" each with category "x": t_x, then t_x_2, t_x_3, labelled so that they differ too
    const lexes = ['ibex', 'impala', 'jackal'].map((w, k) => yaml({ x: [w] }, 't', `f${k}.yaml`));
    expect(combineLexicons(lexes).categories.map((c) => `${c.id}|${c.label}`)).toEqual(['t_x|t: X', 't_x_2|t (2): X', 't_x_3|t (3): X']);
  });

  it('keeps groups apart by lexicon, records every file and hashes their formats and hashes', () => {
    const a = yaml({ ga: ['kudu'] }, 'A', 'a.yaml', 'nested_scope: lexicon\n');
    const b: Lexicon = { ...yaml({ gb: ['lemur'] }, 'B', 'b.yaml', 'nested_scope: lexicon\n'), format: undefined, version: '2' };
    const c = combineLexicons([a, b]);
    expect(c.categories.map((x) => `${x.id}:${x.group}`)).toEqual(['ga:0:lexicon', 'gb:1:lexicon']);
    const plain = combineLexicons([yaml({ ha: ['marmot'] }), yaml({ hb: ['narwhal'] }, 'u', 'u.yaml')]);
    expect(plain.categories.map((x) => 'group' in x)).toEqual([false, false]);
    expect([c.file, c.format, c.name, c.version]).toEqual(['a.yaml + b.yaml', 'combined', 'A + B', '1 + 2']);
    // a lexicon without a format is framescope YAML (the default reader)
    expect(sourceOf(b).format).toBe('framescope-yaml');
    expect(c.sources!.map((s) => s.format)).toEqual(['framescope-yaml', 'framescope-yaml']);
    const want = createHash('sha256').update(`framescope-yaml ${a.sha256}\nframescope-yaml ${b.sha256}`).digest('hex');
    expect(c.sha256).toBe(want);
    // both use the bundled negation model: nothing to warn of
    expect(c.warnings).toBeUndefined();
  });

  it('names the one negation model in the warning to the files that take it', () => {
    const own: Lexicon = { ...yaml({ oa: ['okapi'] }, 'A', 'own.yaml') };
    own.negation = { ...own.negation, file: '/elsewhere/mine.yaml', name: 'mine', version: '7', sha256: 'abc' };
    const other = yaml({ ob: ['oryx'] }, 'B', 'other.yaml');
    expect(combineLexicons([own, other]).warnings).toEqual([{
      file: 'other.yaml', line: 1,
      detail: 'its hits are flagged negated by the negation model own.yaml names (mine 7), the one model of this run, not by the bundled lexicons/negation.yaml',
    }]);
  });
});

describe('kwic edges', () => {
  const rows = (docs: Document[], pattern: string, o = {}) => kwicRows(docs, pattern, o).map((r) => `${r.pre}|${r.keyword}|${r.post}`);

  it('draws context across line breaks, and stops at the last token', () => {
    // visible tokens: Pelican, Heron, Stork (the line break is layout): two to the left of Stork
    expect(rows([doc('a', 'Pelican\nHeron Stork')], 'stork', { window: 2 })).toEqual(['Pelican Heron|Stork|']);
    // three tokens, window 5: the right edge is the last token "."
    expect(rows([doc('a', 'Tariffs bite.')], 'tariffs', { window: 5 })).toEqual(['|Tariffs|bite.']);
  });

  it('a `?` of a glob entry is no literal of it', () => {
    const entry = compileLexicon(parseLexicon('name: t\nversion: "1"\ncategories:\n  t:\n    label: t\n    definition: t\n    entries:\n      - { glob: "gir?ffe" }\n', 't.yaml')).entries[0]!;
    expect(literalFilter(entry)('a giraffe')).toBe(true);
  });

  it('gives the reader\'s reason for a bad pattern, without the generated file\'s name and line', () => {
    let message = '';
    try {
      kwicRows([], '*');
    } catch (e) {
      message = (e as Error).message;
    }
    // the reader says `kwic pattern:8: category kwic: bad glob ...` (the entry is line 8 of the generated YAML)
    expect(message).toBe('kwic: category kwic: bad glob "*": "*" alone would match any token; put letters beside the *');
  });

  it('regex: refuses a blank pattern, honours case, Unicode classes and the documents\' case', () => {
    expect(() => kwicRows([], ' \t ', { regex: true })).toThrow(/^kwic: the pattern is empty$/);
    const d = [doc('a', 'SANCTIONS hit. Sanctions bite.')];
    expect(rows(d, 'Sanctions', { regex: true, caseSensitive: true, window: 0 })).toEqual(['|Sanctions|']);
    // \p{Lu} is a Unicode property only with the u flag
    expect(rows(d, '\\p{Lu}[a-z]+', { regex: true, caseSensitive: true, window: 0 })).toEqual(['|Sanctions|']);
    expect(rows([doc('b', 'SANCTIONS hit.')], 'sanctions', { regex: true, window: 0 })).toEqual(['|SANCTIONS|']);
  });

  it('regex: reads every document when one part holds an assertion, matches at the last token, not across sentences, never negated', () => {
    const d = [doc('a', 'Brutal war ends. Not legal.')];
    expect(rows(d, 'brutal ^war$', { regex: true, window: 0 })).toEqual(['|Brutal war|']);
    expect(rows([doc('b', 'The war ends')], 'ends', { regex: true, window: 0 })).toEqual(['|ends|']);
    // "ends ." are in the first sentence, "Not" in the second
    expect(rows(d, 'ends \\. not', { regex: true, window: 0 })).toEqual([]);
    expect(kwicRows(d, 'legal', { regex: true }).map((r) => r.negated)).toEqual([false]);
  });

  it('regex: tokens on either side of a line break are next to each other', () => {
    expect(rows([doc('a', 'Osprey\nKestrel')], 'osprey kestrel', { regex: true, window: 0 })).toEqual(['|Osprey\nKestrel|'.replace('\n', ' ')]);
  });
});
