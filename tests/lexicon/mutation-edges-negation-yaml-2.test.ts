// Second pass of mutation edges for src/lexicon/formats/framescope-yaml.ts (format detection, category key errors,
// duplicate keys, the batch split of plain entries) and src/lexicon/negation.ts (optional model lists, cue words,
// lemma cues, pseudo sequences at the end of the text, the window, sentence and layout limits, stops, scare quotes
// across a paragraph break). Expected values are worked out by hand from src/lexicon/README.md, the header of
// lexicons/negation.yaml and the doc comments; token lists come from src/text's tokenize inside each test.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { knownSplits, type Lexicon } from '../../src/lexicon/index.ts';
import { isFramescopeYaml, parseFramescopeYaml } from '../../src/lexicon/formats/framescope-yaml.ts';
import { compileNegation, negationCue, readNegationModel } from '../../src/lexicon/negation.ts';
import type { NegationModel } from '../../src/lexicon/types.ts';
import { tokenize } from '../../src/text/index.ts';
import { lexiconErrorOf } from './errors.ts';

const FILE = 'edge2.yaml';
const parse = (text: string): Lexicon => parseFramescopeYaml(text, FILE);
const messageOf = (text: string): string => lexiconErrorOf(() => parse(text), `reading ${FILE}`).message;

// Lines 1-7; the first entry is on line 8.
const HEAD = 'name: t\nversion: "1"\ncategories:\n  a:\n    label: a\n    definition: d\n    entries:\n';
const withEntries = (...items: string[]): string => `${HEAD}${items.map((e) => `      - ${e}\n`).join('')}`;

// Words no earlier split in this process has seen (splitPattern keeps every split for the life of the process).
let serial = Math.floor(Math.random() * 1e9);
const fresh = (): string => `zx${[...(++serial).toString(26)].map((d) => String.fromCharCode(97 + parseInt(d, 26))).join('')}`;

// ---------------------------------------------------------------------------------------------------------------
// isFramescopeYaml: a top-level `categories:` with a top-level `name:`, or with a category key indented under it

describe('isFramescopeYaml', () => {
  it('allows white space before the colon of categories and name', () => {
    // `name : t` and `categories :` are still the top-level keys (YAML allows the space)
    expect(isFramescopeYaml('name : t\ncategories :\n  a: { label: a }\n')).toBe(true);
  });

  it('needs no white space before the colon of name', () => {
    // no indented label/definition/entries line: only `name:` can make it framescope YAML
    expect(isFramescopeYaml('name: t\ncategories:\n  a: { label: a }\n')).toBe(true);
  });

  it('a key only ending in "name" is not the top-level name', () => {
    // `surname:` is indented and not `name`; no category key stands at the start of a line either
    expect(isFramescopeYaml('categories:\n  surname: x\n')).toBe(false);
  });

  it('a category key must start its line (after indentation), with at most white space before its colon', () => {
    // "label:" inside a value is not a key of its own
    expect(isFramescopeYaml('categories:\n  x: the label: y\n')).toBe(false);
    // `label :` is the key label, indented under a category
    expect(isFramescopeYaml('categories:\n  a:\n    label : x\n')).toBe(true);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// parseFramescopeYaml

describe('parseFramescopeYaml: categories and the lexicon fields', () => {
  it('names the category in an unknown key error, with the keys a category takes', () => {
    expect(messageOf('name: t\nversion: "1"\ncategories:\n  a:\n    labels: a\n')).toBe('edge2.yaml:5: category a: unknown key "labels" (expected label, definition, entries)');
  });

  it('has no description or validation key when the file has neither', () => {
    expect(Object.keys(parse(withEntries('war')))).not.toContain('description');
    expect(Object.keys(parse(withEntries('war')))).not.toContain('validation');
  });

  it('takes only a top-level categories key as framescope YAML, not a nested or longer one', () => {
    // a quanteda dictionary with a top-level key "name" and a nested key "categories"
    expect(isFramescopeYaml('name:\n  - alpha\npolitics:\n  categories:\n    - beta\n')).toBe(false);
    expect(isFramescopeYaml('name: t\nsubcategories:\n  a:\n    label: a\n')).toBe(false);
    expect(isFramescopeYaml('name: t\ncategories:\n  a:\n    label: a\n')).toBe(true);
  });

  it('splits plain (string) entries in the batch before the entries are read, also past a refused entry', () => {
    // The first entry is refused (empty pattern) before the second is read: only the batch split can know it.
    const w = fresh();
    expect(messageOf(withEntries('""', w))).toBe('edge2.yaml:8: category a: empty pattern');
    expect(knownSplits()).toContainEqual([`p${w}`, [w]]);
  });
});

describe('parseFramescopeYaml: duplicate entries (README: same tokens, lowercased unless case-sensitive)', () => {
  it('tokens are compared as tokens: "war crimes" (two) and "warcrimes" (one) are not duplicates', () => {
    expect(parse(withEntries('war crimes', 'warcrimes')).categories[0]!.entries.map((e) => [e.pattern, e.kind])).toEqual([['war crimes', 'phrase'], ['warcrimes', 'word']]);
  });

  it('keeps glob: entries apart from the others: war and { glob: war } are not duplicates, colo?r and COLO?R are', () => {
    // README: glob: entries are compared apart (a `?` in them is a wildcard); both are one-word entries.
    expect(parse(withEntries('war', '{ glob: war }')).categories[0]!.entries.map((e) => [e.pattern, e.kind])).toEqual([['war', 'word'], ['war', 'word']]);
    expect(messageOf(withEntries('colo?r', 'COLO?R'))).toMatch(/^edge2\.yaml:9: duplicate entry "COLO\?R"/);
  });

  it('compares lowercased tokens: straße and strasse differ (only upper-casing makes them one)', () => {
    // 'straße'.toLowerCase() is 'straße', not 'strasse'
    expect(parse(withEntries('straße', 'strasse')).categories[0]!.entries.map((e) => e.pattern)).toEqual(['straße', 'strasse']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// readNegationModel: optional lists and cue words

function modelFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'framescope-negation-edges2-')), 'n.yaml');
  writeFileSync(file, text);
  return file;
}

describe('readNegationModel: transparent and not_cues', () => {
  it('reads transparent and not_cues lowercased', () => {
    const m = readNegationModel(modelFile('name: n\nversion: "1"\nwindow: 3\ncues: [not]\nstops: [","]\ntransparent: [Commit, BE]\nnot_cues: [Fail, prevent]\n'));
    expect(m.transparent).toEqual(['commit', 'be']);
    expect(m.notCues).toEqual(['fail', 'prevent']);
  });

  it('a cue word is a one-token cue: the first word of "no longer" may be a not_cue', () => {
    // "no" alone is not a cue of this model, only the phrase "no longer" is
    const m = readNegationModel(modelFile('name: n\nversion: "1"\nwindow: 3\ncues: [not, no longer]\nstops: [","]\nnot_cues: [no]\n'));
    expect(m.notCues).toEqual(['no']);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// negationCue on tokenized text

/** A model by hand: the cue `not`, window 6, scare quotes of at most 3 tokens, no pseudo, stops or transparent verbs. */
const model = (over: Partial<NegationModel> = {}) =>
  compileNegation({ file: 'm.yaml', name: 'm', version: '1', sha256: '', window: 6, scareQuotes: 3, cues: [['not']], pseudo: [], stops: [], transparent: [], notCues: [], ...over });

/** The cue negating the one-token hit `hit` (its first occurrence) in `text`, tokenized. */
function cueOf(over: Partial<NegationModel>, text: string, hit = 'illegal'): string | null {
  const tokens = tokenize(text).tokens;
  const at = tokens.findIndex((t) => t.text === hit);
  expect(at).toBeGreaterThanOrEqual(0);
  return negationCue(model(over), tokens, at, undefined, at + 1);
}

describe('negationCue: cues by lemma, pseudo sequences at the end of the text', () => {
  it('matches a cue by the lemma of a token: "n\'t" is the lemma not', () => {
    // isn't -> is + n't; n't's lemma is "not", its lowercase form is not; the cue shown is the token's text
    expect(cueOf({}, "It isn't illegal.")).toBe("n't");
  });

  it('a pseudo sequence ending at the last token of the text cancels the cue', () => {
    // "There is no doubt" (no full stop): "no doubt" runs to the last token
    expect(cueOf({ cues: [['no']], pseudo: [['no', 'doubt']] }, 'There is no doubt', 'doubt')).toBeNull();
  });

  it('a pseudo sequence one token longer than the text left does not match, and the cue stands', () => {
    // "no doubt that" needs a token after "doubt"; there is none, so "no" negates "doubt"
    expect(cueOf({ cues: [['no']], pseudo: [['no', 'doubt', 'that']] }, 'There is no doubt', 'doubt')).toBe('no');
  });
});

describe('negationCue: the limits of the scope', () => {
  it('looks back at most `window` tokens', () => {
    // before "illegal": clearly (1), very (2), not (3)
    const text = 'It is not very clearly illegal.';
    expect(cueOf({ window: 2 }, text)).toBeNull();
    expect(cueOf({ window: 3 }, text)).toBe('not');
  });

  it('a line break inside the sentence is not counted in the window', () => {
    // "not\nillegal": the layout token is skipped, so "not" is the first token looked at
    expect(cueOf({ window: 1 }, 'It is not\nillegal.')).toBe('not');
  });

  it('a cue in the sentence before does not negate', () => {
    // "Not." is its own sentence; the full stop is no stop of this model, so only the sentence limit ends the scope
    expect(cueOf({}, 'Not. It is illegal.')).toBeNull();
  });

  it('a stop between the cue and the hit ends the scope', () => {
    const text = 'It is not cheap but illegal.';
    expect(cueOf({ stops: ['but'] }, text)).toBeNull();
    expect(cueOf({}, text)).toBe('not');
  });

  it('an opening quotation mark before a paragraph break does not make scare quotes', () => {
    // “ stands in sentence 0, the paragraph break ends it; illegal” is in sentence 1: no quote opened in its sentence
    expect(cueOf({}, 'They said “\n\nillegal” here')).toBeNull();
    // the same quote inside one sentence
    expect(cueOf({}, 'They said “illegal” here')).toBe('quotes');
  });
});
