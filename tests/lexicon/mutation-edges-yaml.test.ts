// Mutation edges of src/lexicon/formats/framescope-yaml.ts (framescope's own YAML lexicon format) and the header of
// src/lexicon/write.ts: every refusal with its message and line, the counting keys, the fields kept, and which
// patterns are split before the entries are read. Expected values are worked by hand from src/lexicon/README.md, the
// doc comments and the message templates; each document is parsed inside its test, so per-test coverage sees it.
import { createHash } from 'node:crypto';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSplits, lexiconYaml, parseLexicon, type Lexicon } from '../../src/lexicon/index.ts';
import { parseFramescopeYaml } from '../../src/lexicon/formats/framescope-yaml.ts';
import { lexiconErrorOf } from './errors.ts';

const FILE = 'edge.yaml';
const parse = (text: string): Lexicon => parseFramescopeYaml(text, FILE);
const errorOf = (text: string) => lexiconErrorOf(() => parse(text), `reading ${FILE}`);
/** The whole message of the error, `file:line: detail`. */
const messageOf = (text: string): string => errorOf(text).message;

// Lines 1-7; the first entry is on line 8.
const HEAD = 'name: t\nversion: "1"\ncategories:\n  a:\n    label: a\n    definition: d\n    entries:\n';
/** A one-category lexicon whose entries are the given YAML items, one a line from line 8. */
const withEntries = (...items: string[]): string => `${HEAD}${items.map((e) => `      - ${e}\n`).join('')}`;
/** A lexicon with the given top-level lines before a valid one-category `categories:` (which follows them). */
const withTop = (top: string): string => `${top}categories:\n  a:\n    label: a\n    definition: d\n    entries: [war]\n`;
/** The one entry of a one-entry lexicon. */
const entryOf = (item: string) => parse(withEntries(item)).categories[0]!.entries[0]!;

// Words no earlier split in this process has seen (splitPattern keeps every split for the life of the process).
let serial = Math.floor(Math.random() * 1e9);
const fresh = (): string => `zq${[...(++serial).toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

describe('the top level', () => {
  it('refuses a document that is not a mapping, at its line', () => {
    expect(messageOf('# a list, not a lexicon\n- a\n')).toBe('edge.yaml:2: a lexicon must be a mapping with name, version, description and categories');
  });

  it('names an unknown key that is not text as "" and lists the keys it expected', () => {
    const text = 'name: t\nversion: "1"\n? [a]\n: b\ncategories:\n  a: { label: a, definition: d, entries: [war] }\n';
    expect(messageOf(text)).toBe('edge.yaml:3: top-level: unknown key "" (expected name, version, description, validation, negation, nested_scope, join_expressions, categories)');
  });

  it('refuses a missing categories key, at the top mapping', () => {
    expect(messageOf('name: t\nversion: "1"\n')).toBe('edge.yaml:1: lexicon: missing categories');
  });

  it('refuses empty or non-mapping categories, at the value or (no value) at the key', () => {
    const want = 'categories must be a non-empty mapping of category id to { label, definition, entries }';
    expect(messageOf('name: t\nversion: "1"\ncategories:\n  - a\n')).toBe(`edge.yaml:4: ${want}`);
    expect(messageOf('name: t\nversion: "1"\ncategories: {}\n')).toBe(`edge.yaml:3: ${want}`);
  });

  it('keeps description and validation when given', () => {
    const lex = parse(withTop('name: t\nversion: "1"\ndescription: about it\nvalidation: checked by two coders\n'));
    expect(lex.description).toBe('about it');
    expect(lex.validation).toBe('checked by two coders');
  });

  it('refuses a description, validation or negation that is not text, naming the lexicon', () => {
    expect(messageOf(withTop('name: t\nversion: "1"\ndescription: [a]\n'))).toBe('edge.yaml:3: lexicon: description must be a string');
    expect(messageOf(withTop('name: t\nversion: "1"\nvalidation: [a]\n'))).toBe('edge.yaml:3: lexicon: validation must be a string');
    expect(messageOf(withTop('name: t\nversion: "1"\nnegation: [a]\n'))).toBe('edge.yaml:3: lexicon: negation must be a string');
  });

  it('asks to quote a version that is not text, and only the version', () => {
    expect(messageOf(withTop('name: t\nversion: 1.0\n'))).toBe('edge.yaml:2: lexicon: version must be a string (quote it: "1.0")');
    expect(messageOf(withTop('name: [a]\nversion: "1"\n'))).toBe('edge.yaml:1: lexicon: name must be a string');
  });

  it('points at the value of a non-text field when it stands on its own line', () => {
    // the list is on line 3, its key on line 2
    expect(messageOf(withTop('version: "1"\nname:\n  [a, b]\n'))).toBe('edge.yaml:3: lexicon: name must be a string');
  });

  it('refuses an empty (blank) field', () => {
    expect(messageOf(withTop('name: "   "\nversion: "1"\n'))).toBe('edge.yaml:1: lexicon: name is empty');
  });

  it('refuses a negation file that does not exist, resolved beside the lexicon', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-yaml-edge-'));
    const file = join(dir, 'lex.yaml');
    const err = lexiconErrorOf(() => parseFramescopeYaml(withTop('name: t\nversion: "1"\nnegation: absent.yaml\n'), file));
    expect(err.message).toBe(`${file}:3: negation: no such file ${join(dir, 'absent.yaml')}`);
  });
});

describe('counting keys: nested_scope and join_expressions', () => {
  it('category (the default) and join_expressions: true add nothing to the categories', () => {
    const [cat] = parse(withTop('name: t\nversion: "1"\nnested_scope: category\njoin_expressions: true\n')).categories;
    expect(Object.hasOwn(cat!, 'group')).toBe(false);
    expect(Object.hasOwn(cat!, 'joinExpressions')).toBe(false);
  });

  it('lexicon puts every category in the group "lexicon"; false keeps touching hits apart', () => {
    const text = 'name: t\nversion: "1"\nnested_scope: lexicon\njoin_expressions: false\ncategories:\n'
      + '  a: { label: a, definition: d, entries: [war] }\n  b: { label: b, definition: d, entries: [peace] }\n';
    expect(parse(text).categories.map((c) => [c.id, c.group, c.joinExpressions])).toEqual([['a', 'lexicon', false], ['b', 'lexicon', false]]);
  });

  it('refuses any other nested_scope and a join_expressions that is not a boolean', () => {
    expect(messageOf(withTop('name: t\nversion: "1"\nnested_scope: everything\n'))).toBe('edge.yaml:3: nested_scope must be category or lexicon');
    expect(messageOf(withTop('name: t\nversion: "1"\nnested_scope: [lexicon]\n'))).toBe('edge.yaml:3: nested_scope must be category or lexicon');
    // YAML 1.2: "no" is text, not false
    expect(messageOf(withTop('name: t\nversion: "1"\njoin_expressions: no\n'))).toBe('edge.yaml:3: join_expressions must be true or false');
  });
});

describe('categories', () => {
  it('refuses an id that is not snake_case, and a key that is not text as the id ""', () => {
    const cat = (key: string) => `name: t\nversion: "1"\ncategories:\n${key}\n`;
    expect(messageOf(cat('  Illegality: { label: a, definition: d, entries: [war] }'))).toBe('edge.yaml:4: category id "Illegality" must be snake_case (a-z, 0-9, _)');
    expect(messageOf(cat('  ? [a]\n  : { label: a, definition: d, entries: [war] }'))).toBe('edge.yaml:4: category id "" must be snake_case (a-z, 0-9, _)');
  });

  it('refuses a category that is not a mapping, at its value (or its key when it has none)', () => {
    const want = 'category a must be a mapping with label, definition and entries';
    // the list starts on line 5, under its key on line 4
    expect(messageOf('name: t\nversion: "1"\ncategories:\n  a:\n    - war\n')).toBe(`edge.yaml:5: ${want}`);
    expect(messageOf('name: t\nversion: "1"\ncategories:\n  a:\n')).toBe(`edge.yaml:4: ${want}`);
  });

  it('refuses missing or empty entries, naming the category', () => {
    expect(messageOf('name: t\nversion: "1"\ncategories:\n  a:\n    label: a\n    definition: d\n')).toBe('edge.yaml:4: category a: missing entries');
    expect(messageOf('name: t\nversion: "1"\ncategories:\n  a:\n    label: a\n    definition: d\n    entries: []\n')).toBe('edge.yaml:7: category a: entries must be a non-empty list');
  });
});

describe('entries: the pattern', () => {
  it('refuses an empty plain entry as empty, and a number as not text', () => {
    expect(messageOf(withEntries('~'))).toBe('edge.yaml:8: category a: empty pattern');
    expect(messageOf(withEntries('42'))).toBe('edge.yaml:8: category a: entry 42 is not text (quote it)');
  });

  it('refuses an entry that is neither text nor a mapping (a list, an alias)', () => {
    const want = 'category a: an entry is a string or a mapping like { lemma: sanction }';
    expect(messageOf(withEntries('war', '[a, b]'))).toBe(`edge.yaml:9: ${want}`);
    expect(messageOf(withEntries('&w war', '*w'))).toBe(`edge.yaml:9: ${want}`);
  });

  it('names the entry mapping in an unknown key, with the keys it expected', () => {
    expect(messageOf(withEntries('{ word: war, casesensitive: true }'))).toBe(
      'edge.yaml:8: category a entry: unknown key "casesensitive" (expected word, phrase, lemma, glob, case_sensitive, unless, note, except, not_after, not_before, within, pos, requires, not_with)',
    );
  });

  it('needs exactly one of word, phrase, lemma, glob', () => {
    const want = 'edge.yaml:8: category a: an entry mapping needs exactly one of word, phrase, lemma, glob';
    expect(messageOf(withEntries('{ word: war, phrase: war crimes }'))).toBe(want);
    expect(messageOf(withEntries('{ note: why }'))).toBe(want);
  });

  it('refuses an empty word, phrase, lemma or glob: null, "", or no value at all', () => {
    for (const item of ['{ word: ~ }', '{ phrase: "" }', '{ lemma: [a] }', '{ glob }']) {
      // `{ glob }` has no value node: the line is the entry's
      expect(messageOf(withEntries(item)), item).toBe('edge.yaml:8: category a: empty pattern');
    }
  });

  it('refuses a pattern that is not text', () => {
    expect(messageOf(withEntries('{ word: 42 }'))).toBe('edge.yaml:8: category a: word 42 is not text (quote it)');
  });

  it('refuses a word: of several tokens, listing them (so-called is three tokens, README)', () => {
    expect(messageOf(withEntries('{ word: so-called }'))).toBe('edge.yaml:8: category a: word "so-called" is 3 tokens (so | - | called); write it as a phrase');
  });

  it('keeps no undefined sense-rule keys on an entry', () => {
    expect(Object.keys(entryOf('{ word: war, not_after: [counter] }'))).toEqual(['pattern', 'kind', 'caseSensitive', 'line', 'notAfter']);
  });
});

describe('entries: case_sensitive and note', () => {
  const csWant = 'edge.yaml:8: category a: case_sensitive must be true or false';
  it('case_sensitive must be a boolean; with no value the line is the entry\'s', () => {
    expect(messageOf(withEntries('{ word: war, case_sensitive: "yes" }'))).toBe(csWant);
    expect(messageOf(withEntries('{ word: war, case_sensitive }'))).toBe(csWant);
  });

  it('a lemma entry cannot be case-sensitive', () => {
    expect(messageOf(withEntries('{ lemma: sanction, case_sensitive: true }'))).toBe('edge.yaml:8: category a: lemma entries cannot be case_sensitive (lemmas are lowercase)');
    expect(entryOf('{ lemma: sanction, case_sensitive: false }').caseSensitive).toBe(false);
  });

  it('a note must be non-blank text', () => {
    for (const item of ['{ word: war, note: 5 }', '{ word: war, note: "   " }', '{ word: war, note }', '{ word: war, note: [a] }']) {
      expect(messageOf(withEntries(item)), item).toBe('edge.yaml:8: category a: note must be non-empty text');
    }
    expect(entryOf('{ word: war, note: why }').note).toBe('why');
  });
});

describe('entries: except', () => {
  it('must be a non-empty list', () => {
    const want = 'edge.yaml:8: category a: except must be a non-empty list of phrases';
    expect(messageOf(withEntries('{ word: war, except: [] }'))).toBe(want);
    expect(messageOf(withEntries('{ word: war, except }'))).toBe(want);
  });

  it('each item must be non-blank text', () => {
    const want = 'edge.yaml:8: category a: an except item must be a phrase';
    for (const item of ['{ word: war, except: ["   "] }', '{ word: war, except: [5] }', '{ word: war, except: [[war crimes]] }']) {
      expect(messageOf(withEntries(item)), item).toBe(want);
    }
  });

  it('must be longer than the entry and hold it in a row', () => {
    const bad = (entry: string, except: string, pattern: string) =>
      expect(messageOf(withEntries(entry))).toBe(`edge.yaml:8: category a: except "${except}" must contain "${pattern}" and be longer`);
    bad('{ word: war, except: [war] }', 'war', 'war'); // as long, not longer
    bad('{ phrase: war crimes, except: [war] }', 'war', 'war crimes'); // shorter
    bad('{ phrase: war crimes, except: [war of crimes] }', 'war of crimes', 'war crimes'); // both tokens, not in a row
    bad('{ lemma: sanction, except: [sanction] }', 'sanction', 'sanction'); // a lemma's except: only longer is checked
    expect(entryOf('{ phrase: war crimes, except: [alleged war crimes] }').except).toEqual(['alleged war crimes']);
    expect(entryOf('{ lemma: sanction, except: [sanction relief] }').except).toEqual(['sanction relief']);
  });
});

describe('entries: unless', () => {
  it('must be a non-empty list', () => {
    const want = 'edge.yaml:8: category a: unless must be a non-empty list of words or globs';
    expect(messageOf(withEntries('{ word: "abandon*", unless: [] }'))).toBe(want);
    expect(messageOf(withEntries('{ word: "abandon*", unless }'))).toBe(want);
  });

  it('each item must be non-blank text', () => {
    const want = 'edge.yaml:8: category a: an unless item must be a word or glob';
    for (const item of ['{ word: "abandon*", unless: ["   "] }', '{ word: "abandon*", unless: [5] }', '{ word: "abandon*", unless: [[a]] }']) {
      expect(messageOf(withEntries(item)), item).toBe(want);
    }
  });

  it('goes with one-token word or glob entries only', () => {
    const want = 'edge.yaml:8: category a: unless goes with one-token word or glob entries';
    expect(messageOf(withEntries('{ lemma: sanction, unless: [sanctioned] }'))).toBe(want);
    expect(messageOf(withEntries('{ phrase: war crimes, unless: [war] }'))).toBe(want);
  });

  it('each item is one token, and a bad glob is refused with the splitter\'s reason', () => {
    expect(messageOf(withEntries('{ word: "abandon*", unless: [so-called] }'))).toBe('edge.yaml:8: category a: unless item "so-called" is 3 tokens; it must be one');
    expect(messageOf(withEntries('{ word: "abandon*", unless: ["*"] }'))).toMatch(/^edge\.yaml:8: category a: unless: bad glob "\*": /);
  });

  it('keeps each item trimmed', () => {
    expect(entryOf('{ word: "abandon*", unless: [" abandoned ", abandonment*] }').unless).toEqual(['abandoned', 'abandonment*']);
  });
});

describe('entries: word-list sense rules, pos and within', () => {
  it('a list with no value points at the entry', () => {
    expect(messageOf(withEntries('{ word: war, not_after }'))).toBe('edge.yaml:8: category a: not_after must be a non-empty list of words');
  });

  it('each word must be one non-blank word of text', () => {
    const want = 'edge.yaml:8: category a: not_before: each item must be one word';
    for (const item of ['{ word: war, not_before: ["   "] }', '{ word: war, not_before: [""] }', '{ word: war, not_before: [5] }', '{ word: war, not_before: [[a]] }']) {
      expect(messageOf(withEntries(item)), item).toBe(want);
    }
  });

  it('trims a word before testing for spaces, and keeps it trimmed and lowercase', () => {
    expect(entryOf('{ word: war, requires: [" Treasury "] }').requires).toEqual(['treasury']);
  });

  it('names every known tag when a pos tag is unknown', () => {
    expect(messageOf(withEntries('{ word: war, pos: [NOUNS] }'))).toBe(
      'edge.yaml:8: category a: pos: unknown tag NOUNS (one of ADJ, ADP, ADV, AUX, CCONJ, DET, INTJ, NOUN, NUM, PART, PRON, PROPN, PUNCT, SCONJ, SYM, VERB, X, SPACE)',
    );
  });

  it('within is a whole number from 1 to 10', () => {
    const want = 'edge.yaml:8: category a: within must be a whole number from 1 to 10';
    for (const w of ['0', '11', '2.5', '"3"', '[3]']) {
      expect(messageOf(withEntries(`{ word: war, not_after: [counter], within: ${w} }`)), w).toBe(want);
    }
    // no value at all: the line is the entry's
    expect(messageOf(withEntries('{ word: war, not_after: [counter], within }'))).toBe(want);
    expect(entryOf('{ word: war, not_after: [counter], within: 1 }').within).toBe(1);
    expect(entryOf('{ word: war, not_after: [counter], within: 10 }').within).toBe(10);
  });
});

describe('patterns split before the entries are read', () => {
  it('splits every word, phrase and glob entry of the file, also past an entry that is refused', () => {
    // The first entry is refused (empty pattern) before any later entry is read; the later ones were split in one
    // batch first (primeSplits), so their splits are known. An alias and a list entry are skipped by that batch.
    const [w1, w2, w3, w4, w5] = [fresh(), fresh(), fresh(), fresh(), fresh()];
    const text = `name: &n t\nversion: "1"\ncategories:\n  a:\n    label: a\n    definition: d\n    entries:\n      - ""\n`
      + `      - { word: ${w1} }\n      - { phrase: ${w2} ${w3} }\n      - *n\n      - [${w4}]\n      - { glob: "${w5}?" }\n`;
    expect(messageOf(text)).toBe('edge.yaml:8: category a: empty pattern');
    const known = knownSplits();
    expect(known).toContainEqual([`p${w1}`, [w1]]);
    expect(known).toContainEqual([`p${w2} ${w3}`, [w2, w3]]);
    // in a glob: entry `?` is a wildcard: the key is marked g and the chunk stays one token
    expect(known).toContainEqual([`g${w5}?`, [`${w5}?`]]);
  });
});

describe('lexiconYaml: the header line', () => {
  const text = withTop('name: t\nversion: "1"\n');
  const sha = createHash('sha256').update(text).digest('hex');

  it('names the file, its format and its hash', () => {
    const yaml = lexiconYaml(parse(text), 'out/t.yaml');
    expect(yaml.split('\n')[0]).toBe(`# Converted by framescope from edge.yaml (framescope-yaml, sha256 ${sha}).`);
  });

  it('names the reader of an imported lexicon, and framescope-yaml when the lexicon names none', () => {
    const csv = 'peace,ceasefire\n';
    // the file's name, not the path it was read from
    const imported = parseLexicon(csv, 'elsewhere/dictionaries/p.csv');
    expect(lexiconYaml(imported, 'out/p.yaml').split('\n')[0]).toBe(`# Converted by framescope from p.csv (csv, sha256 ${createHash('sha256').update(csv).digest('hex')}).`);
    const { format: _format, ...unnamed } = parse(text);
    expect(lexiconYaml(unnamed, 'out/t.yaml').split('\n')[0]).toBe(`# Converted by framescope from edge.yaml (framescope-yaml, sha256 ${sha}).`);
  });
});
