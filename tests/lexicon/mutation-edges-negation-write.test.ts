// Edges of the negation model (src/lexicon/negation.ts: reading a model, cues, pseudo-negations, scare quotes), of
// writing framescope YAML (src/lexicon/write.ts), and of read.ts, types.ts and stopwords.ts that the other lexicon
// tests leave open. Expected values follow lexicons/negation.yaml's header, src/lexicon/README.md and the doc
// comments, worked out by hand; each model, lexicon and file is made inside its test.
import { createHash } from 'node:crypto';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { DEFAULT_NEGATION } from '../../src/lexicon/formats/framescope-yaml.ts';
import { lexiconFormats, lexiconYaml, parseLexicon, warningLine, type Lexicon, type LexiconCategory, type LexiconEntry } from '../../src/lexicon/index.ts';
import { compileNegation, negationCue, readNegationModel, type CompiledNegation } from '../../src/lexicon/negation.ts';
import { readStopWords, STOPWORDS_FILE } from '../../src/lexicon/stopwords.ts';
import { LexiconError, type NegationModel } from '../../src/lexicon/types.ts';
import { formId, type Token } from '../../src/text/index.ts';
import { lexiconErrorOf } from './errors.ts';

// ---------------------------------------------------------------------------------------------------------------
// readNegationModel

/** Writes `text` as n.yaml in a fresh folder; returns its path. */
function modelFile(text: string): string {
  const file = join(mkdtempSync(join(tmpdir(), 'framescope-negation-edges-')), 'n.yaml');
  writeFileSync(file, text);
  return file;
}

/** The message of the LexiconError reading `text` as a negation model, with the folder cut off (`n.yaml:LINE: ...`). */
function modelError(text: string): string {
  const file = modelFile(text);
  const err = lexiconErrorOf(() => readNegationModel(file), 'reading n.yaml');
  expect(err.message.startsWith(`${file}:`)).toBe(true);
  return err.message.slice(file.length - 'n.yaml'.length);
}

const KEY_LIST = 'name, version, window, scare_quotes, cues, pseudo, stops, transparent, not_cues';

describe('readNegationModel: a well-formed model', () => {
  it('reads a model without its optional keys: no pseudo, transparent or not_cues, scare quotes off', () => {
    const text = 'name: small model\nversion: "2.0"\nwindow: 4\ncues: [Not, No Longer]\nstops: [",", But]\n';
    const file = modelFile(text);
    expect(readNegationModel(file)).toEqual({
      file, name: 'small model', version: '2.0', sha256: createHash('sha256').update(text).digest('hex'), window: 4,
      // scare_quotes absent is 0 (off); cues are split into lowercase tokens, stops lowercased
      scareQuotes: 0, cues: [['not'], ['no', 'longer']], pseudo: [], stops: [',', 'but'], transparent: [], notCues: [],
    });
  });

  it('accepts window 1 and 20 and scare_quotes 0 and 10, the ends of their ranges', () => {
    const at = (window: number, quotes: number) => readNegationModel(modelFile(`name: n\nversion: "1"\nwindow: ${window}\nscare_quotes: ${quotes}\ncues: [not]\nstops: [","]\n`));
    expect([at(1, 0).window, at(1, 0).scareQuotes]).toEqual([1, 0]);
    expect([at(20, 10).window, at(20, 10).scareQuotes]).toEqual([20, 10]);
  });

  it('accepts numbers as list items (read as their text)', () => {
    const m = readNegationModel(modelFile('name: n\nversion: "1"\nwindow: 3\ncues: [not]\nstops: [",", 0]\n'));
    expect(m.stops).toEqual([',', '0']);
  });
});

describe('readNegationModel: refusals name the file and line', () => {
  it('refuses invalid YAML at the line of the error', () => {
    // the second `name` on line 3 repeats a key: a YAML error, not a model error
    expect(modelError('name: n\nwindow: 4\nname: m\n')).toMatch(/^n\.yaml:3: invalid YAML: \S/);
  });

  it('refuses a file that is not a mapping, listing the keys', () => {
    expect(modelError('- not\n- no\n')).toBe(`n.yaml:1: a negation model is a mapping with ${KEY_LIST}`);
  });

  it('refuses a key that is not text as the unknown key "", at its line', () => {
    expect(modelError('name: n\n? [a]\n: 1\n')).toBe(`n.yaml:2: unknown key "" (expected ${KEY_LIST})`);
  });

  it('names each missing key, at the line where the mapping starts', () => {
    // a comment first: the mapping starts on line 2
    const without = (key: string) => ['# m', 'name: n', 'version: "1"', 'window: 3', 'cues: [not]', 'stops: [","]'].filter((l) => !l.startsWith(`${key}:`)).join('\n') + '\n';
    expect(modelError(without('window'))).toBe('n.yaml:2: missing window');
    expect(modelError(without('cues'))).toBe('n.yaml:2: missing cues');
    expect(modelError(without('stops'))).toBe('n.yaml:2: missing stops');
    expect(modelError(without('name'))).toBe('n.yaml:2: missing name');
    expect(modelError(without('version'))).toBe('n.yaml:2: missing version');
  });

  it('refuses a name or version that is not text, at the value, or at the key when there is no value', () => {
    const rest = 'window: 3\ncues: [not]\nstops: [","]\n';
    expect(modelError(`name: 5\nversion: "1"\n${rest}`)).toBe('n.yaml:1: name must be text');
    expect(modelError(`name: "   "\nversion: "1"\n${rest}`)).toBe('n.yaml:1: name must be text');
    // the list starts on line 2, under its key on line 1
    expect(modelError(`name:\n  - a\nversion: "1"\n${rest}`)).toBe('n.yaml:2: name must be text');
    // `? name` is a key with no value node at all: the key's line, 3
    expect(modelError(`version: "1"\n${rest.split('\n')[0]}\n? name\n${rest.split('\n').slice(1).join('\n')}`)).toBe('n.yaml:3: name must be text');
    expect(modelError(`name: n\nversion: 1.5\n${rest}`)).toBe('n.yaml:2: version must be text');
  });

  it('refuses a window that is not a whole number from 1 to 20', () => {
    const model = (w: string) => `name: n\nversion: "1"\n${w}\ncues: [not]\nstops: [","]\n`;
    const msg = 'window must be a whole number from 1 to 20';
    expect(modelError(model('window: 0'))).toBe(`n.yaml:3: ${msg}`);
    expect(modelError(model('window: 21'))).toBe(`n.yaml:3: ${msg}`);
    expect(modelError(model('window: 2.5'))).toBe(`n.yaml:3: ${msg}`);
    expect(modelError(model('window: "4"'))).toBe(`n.yaml:3: ${msg}`);
    expect(modelError(model('window: [4]'))).toBe(`n.yaml:3: ${msg}`);
    // no value node: the mapping's line
    expect(modelError(model('? window'))).toBe(`n.yaml:1: ${msg}`);
  });

  it('refuses scare_quotes that are not a whole number from 0 to 10, at their line', () => {
    const model = (q: string) => `name: n\nversion: "1"\nwindow: 3\n${q}\ncues: [not]\nstops: [","]\n`;
    const msg = 'scare_quotes must be a whole number from 0 to 10';
    expect(modelError(model('scare_quotes: 11'))).toBe(`n.yaml:4: ${msg}`);
    expect(modelError(model('scare_quotes: -1'))).toBe(`n.yaml:4: ${msg}`);
    expect(modelError(model('scare_quotes: 1.5'))).toBe(`n.yaml:4: ${msg}`);
    expect(modelError(model('scare_quotes: [2]'))).toBe(`n.yaml:4: ${msg}`);
    // no value node: the mapping's line
    expect(modelError(model('? scare_quotes'))).toBe(`n.yaml:1: ${msg}`);
  });

  it('refuses a list key that is not a list, at the value, or at the key when there is no value', () => {
    const head = 'name: n\nversion: "1"\nwindow: 3\n';
    expect(modelError(`${head}cues: not\nstops: [","]\n`)).toBe('n.yaml:4: cues must be a list');
    // a plain scalar on the line under its key: line 5
    expect(modelError(`${head}cues:\n  not\nstops: [","]\n`)).toBe('n.yaml:5: cues must be a list');
    expect(modelError(`${head}cues: [not]\nstops: [","]\n? pseudo\n`)).toBe('n.yaml:6: pseudo must be a list');
  });

  it('refuses a list item that is not a word or phrase (a list, null, blank), at the item', () => {
    const model = (item: string) => `name: n\nversion: "1"\nwindow: 3\ncues:\n  - not\n  - ${item}\nstops: [","]\n`;
    const msg = 'cues: an item must be a word or phrase';
    expect(modelError(model('[no]'))).toBe(`n.yaml:6: ${msg}`);
    expect(modelError(model('~'))).toBe(`n.yaml:6: ${msg}`);
    expect(modelError(model('"   "'))).toBe(`n.yaml:6: ${msg}`);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// negationCue

/** A model by hand: the cue `not`, window 6, scare quotes of at most 3 tokens, no stops. */
function model(over: Partial<NegationModel> = {}): CompiledNegation {
  return compileNegation({ file: 'm.yaml', name: 'm', version: '1', sha256: '', window: 6, scareQuotes: 3, cues: [['not']], pseudo: [], stops: [], transparent: [], notCues: [], ...over });
}

const PUNCT = new Set(['“', '”', '"', ',', '.', ';', '...']);

/** Tokens built by hand (nouns, or punctuation for quote marks and stops), to set types and sentences freely. */
function toks(words: string[], sentences: number[] = []): Token[] {
  return words.map((text, i) => {
    const lower = text.toLowerCase();
    return {
      i, text, lower, lemma: lower, form: formId(lower), lemmaForm: formId(lower), textForm: formId(text), type: PUNCT.has(text) ? 'punctuation' : 'word',
      pos: PUNCT.has(text) ? 'PUNCT' : 'NOUN', isWord: !PUNCT.has(text), negated: false, start: i * 20, end: i * 20 + text.length, sentence: sentences[i] ?? 0,
    };
  });
}

/** The cue negating the one-token hit `illegal` in `words`. */
function cueOf(m: CompiledNegation, words: string[], sentences?: number[]): string | null {
  const tokens = toks(words, sentences);
  const at = words.indexOf('illegal');
  return negationCue(m, tokens, at, undefined, at + 1);
}

describe('negationCue: cues and pseudo-negations', () => {
  it('joins the tokens of a multi-token cue with a space', () => {
    expect(cueOf(model({ cues: [['no', 'longer']] }), ['it', 'is', 'no', 'longer', 'illegal'])).toBe('no longer');
  });

  it('a pseudo sequence that would run past the end of the text does not match', () => {
    // "not to mention" needs three tokens from "not"; only "not illegal" is there, so "not" negates
    expect(cueOf(model({ pseudo: [['not', 'to', 'mention']] }), ['not', 'illegal'])).toBe('not');
  });

  it('a pseudo sequence must hold the cue: one ending just before it does not cancel it', () => {
    // "it is" ends before "not": the pseudo places tried start at most len(pseudo) - 1 tokens before the cue
    expect(cueOf(model({ pseudo: [['it', 'is']] }), ['it', 'is', 'not', 'illegal'])).toBe('not');
    // "is not" holds the cue: cancelled
    expect(cueOf(model({ pseudo: [['is', 'not']] }), ['it', 'is', 'not', 'illegal'])).toBeNull();
  });

  it('the hit ends one token after its start when no end is given', () => {
    // “illegal”: the closing mark is the token after the hit
    expect(negationCue(model(), toks(['“', 'illegal', '”']), 1)).toBe('quotes');
  });
});

describe('negationCue: scare quotes (at most 3 tokens inside)', () => {
  const m = model();

  it('counts a hit inside a pair of marks, the opening one at the first token', () => {
    expect(cueOf(m, ['“', 'illegal', '”'])).toBe('quotes');
    expect(cueOf(m, ['they', 'say', '“', 'illegal', '”'])).toBe('quotes');
  });

  it('needs an opening mark before the hit', () => {
    expect(cueOf(m, ['illegal', '”'])).toBeNull();
    expect(cueOf(m, ['so', 'illegal', '”'])).toBeNull();
  });

  it('holds at most 3 tokens: 3 is quoted, 4 is not', () => {
    expect(cueOf(m, ['“', 'a', 'b', 'illegal', '”'])).toBe('quotes');
    expect(cueOf(m, ['“', 'a', 'illegal', 'b', '”'])).toBe('quotes');
    expect(cueOf(m, ['“', 'a', 'b', 'illegal', 'c', '”'])).toBeNull();
  });

  it('a quote left open to the end of the text does not count', () => {
    expect(cueOf(m, ['“', 'illegal'])).toBeNull();
    expect(cueOf(m, ['“', 'illegal', 'act'])).toBeNull();
  });

  it('a closing mark in the next sentence does not close the quote', () => {
    expect(cueOf(m, ['“', 'illegal', '”'], [0, 0, 1])).toBeNull();
  });

  it('words between the hit and the closing mark are inside the quote', () => {
    expect(cueOf(m, ['“', 'illegal', 'act', '”'])).toBe('quotes');
  });

  it('punctuation between the opening mark and the hit ends the quote', () => {
    expect(cueOf(m, ['“', 'a', ',', 'illegal', '”'])).toBeNull();
  });

  it('punctuation after the hit ends the quote, but for a comma or full stop just before the closing mark', () => {
    expect(cueOf(m, ['“', 'illegal', ';', '”'])).toBeNull();
    // American style: “illegal,” and “illegal.”
    expect(cueOf(m, ['“', 'illegal', ',', '”'])).toBe('quotes');
    expect(cueOf(m, ['“', 'illegal', '.', '”'])).toBe('quotes');
    // a comma not followed by the closing mark ends it
    expect(cueOf(m, ['“', 'illegal', ',', 'x', '”'])).toBeNull();
    // only a lone comma or full stop: an ellipsis before the closing mark ends it
    expect(cueOf(m, ['“', 'illegal', '...', '”'])).toBeNull();
    // a full stop as the last token: no closing mark follows
    expect(cueOf(m, ['“', 'illegal', '.'])).toBeNull();
  });
});

// ---------------------------------------------------------------------------------------------------------------
// lexiconYaml

const entry = (pattern: string, kind: LexiconEntry['kind'], more: Partial<LexiconEntry> = {}): LexiconEntry => ({ pattern, kind, caseSensitive: false, line: 1, ...more });
const category = (id: string, entries: LexiconEntry[], more: Partial<LexiconCategory> = {}): LexiconCategory => ({ id, label: id, definition: 'd', line: 1, entries, ...more });

/** A lexicon as a reader would give it; only the negation model's file is read by lexiconYaml. */
function lexiconOf(categories: LexiconCategory[], more: Partial<Lexicon> = {}, negationFile = DEFAULT_NEGATION): Lexicon {
  const negation: NegationModel = { file: negationFile, name: 'm', version: '1', sha256: '', window: 6, scareQuotes: 3, cues: [['not']], pseudo: [], stops: [], transparent: [], notCues: [] };
  return { file: 'in/x.dic', format: 'liwc-dic', name: 'x', version: '1', sha256: 'abc', categories, negation, ...more };
}

/** The YAML written, read back as plain data. */
const written = (lex: Lexicon, out = 'out/x.yaml') => parse(lexiconYaml(lex, out)) as Record<string, unknown>;

describe('lexiconYaml: entries', () => {
  it('writes a plain string where it reads back the same, else a mapping naming the form (README "File format")', () => {
    const lex = lexiconOf([category('t', [
      entry('danger', 'word'),
      entry('clear and present danger', 'phrase'),
      entry('attack', 'lemma'),
      entry('West', 'word', { caseSensitive: true }),
      entry('UN Charter', 'phrase', { caseSensitive: true }),
      entry('colo?r', 'glob', { anyChar: true }),
      entry('threat', 'word', { note: 'why it is there' }),
      entry('terrorism', 'word', { notAfter: ['counter'], within: 2 }),
    ])]);
    expect(written(lex)).toEqual({
      name: 'x', version: '1',
      categories: {
        t: {
          label: 't', definition: 'd', entries: [
            'danger',
            'clear and present danger',
            { lemma: 'attack' },
            { word: 'West', case_sensitive: true },
            { phrase: 'UN Charter', case_sensitive: true },
            { glob: 'colo?r' },
            { word: 'threat', note: 'why it is there' },
            { word: 'terrorism', not_after: ['counter'], within: 2 },
          ],
        },
      },
    });
  });

  it('keeps a long definition on one line', () => {
    const definition = `Code a marker when ${'the text says so '.repeat(8)}and exclude the rest.`;
    const text = lexiconYaml(lexiconOf([category('t', [entry('danger', 'word')], { definition })]), 'out/x.yaml');
    expect(text.split('\n')).toContain(`    definition: ${definition}`);
  });
});

describe('lexiconYaml: top-level keys', () => {
  it('writes description and validation when the lexicon has them, and no key when not', () => {
    const cats = [category('t', [entry('danger', 'word')])];
    expect(written(lexiconOf(cats, { description: 'from x', validation: 'kappa 0.8' }))).toMatchObject({ description: 'from x', validation: 'kappa 0.8' });
    expect(Object.keys(written(lexiconOf(cats)))).toEqual(['name', 'version', 'categories']);
  });

  it('names a negation model other than the bundled one relative to the output file', () => {
    const cats = [category('t', [entry('danger', 'word')])];
    // from /w/out/ to /w/models/neg.yaml: up one folder, then into models
    expect(written(lexiconOf(cats, {}, '/w/models/neg.yaml'), '/w/out/x.yaml').negation).toBe('../models/neg.yaml');
    expect(written(lexiconOf(cats), '/w/out/x.yaml')).not.toHaveProperty('negation');
  });

  it('writes nested_scope: lexicon when every category is in one group, join_expressions: false when none joins', () => {
    const plain = written(lexiconOf([category('a', [entry('x', 'word')]), category('b', [entry('y', 'word')], { joinExpressions: true })]));
    expect(plain).not.toHaveProperty('nested_scope');
    expect(plain).not.toHaveProperty('join_expressions');
    const lexicoder = written(lexiconOf([category('a', [entry('x', 'word')], { group: 'lexicon', joinExpressions: false }), category('b', [entry('y', 'word')], { group: 'lexicon', joinExpressions: false })]));
    expect([lexicoder.nested_scope, lexicoder.join_expressions]).toEqual(['lexicon', false]);
  });

  it('refuses categories that count by different rules', () => {
    const msg = 'in/x.dic: its categories count by different rules (several lexicons combined?): convert one lexicon at a time';
    const groups = lexiconOf([category('a', [entry('x', 'word')], { group: 'lexicon' }), category('b', [entry('y', 'word')])]);
    expect(() => lexiconYaml(groups, 'out/x.yaml')).toThrow(msg);
    const joins = lexiconOf([category('a', [entry('x', 'word')], { joinExpressions: false }), category('b', [entry('y', 'word')])]);
    expect(() => lexiconYaml(joins, 'out/x.yaml')).toThrow(msg);
  });
});

// ---------------------------------------------------------------------------------------------------------------
// parseLexicon (read.ts), warningLine and LexiconError (types.ts), readStopWords (stopwords.ts)

describe('parseLexicon', () => {
  it('refuses an unknown format by name, listing the registered ones', () => {
    const names = lexiconFormats().map((f) => f.name);
    // the built-in readers, README "Formats and how each counts"
    for (const n of ['framescope-yaml', 'liwc-dic', 'liwc-dicx', 'quanteda-yaml', 'lexicoder', 'wordstat', 'csv']) expect(names).toContain(n);
    expect(() => parseLexicon('a,b\n', 'x.csv', { format: 'nope' })).toThrow(`unknown lexicon format "nope" (known: ${names.join(', ')})`);
  });

  it('gives a reader the hex SHA-256 of the bytes', () => {
    // sha256sum of the 14 bytes "threat,danger\n"; an imported version is "sha256:" and its first 12 hex digits
    const lex = parseLexicon('threat,danger\n', 'x.csv');
    expect(lex.sha256).toBe('b3e59b64a8527e222704c7411cd545c645b8808d5235a49ba4634fc1d03662f9');
    expect(lex.version).toBe('sha256:b3e59b64a852');
  });
});

describe('warningLine and LexiconError', () => {
  it('names the file by its last path part, with / or \\ separators', () => {
    expect(warningLine({ file: 'dicts/old/liwc.dic', line: 7, detail: 'conditional code' })).toBe('liwc.dic:7: conditional code');
    expect(warningLine({ file: 'C:\\dicts\\old\\liwc.dic', line: 7, detail: 'd' })).toBe('liwc.dic:7: d');
    expect(warningLine({ file: 'liwc.dic', line: 1, detail: 'd' })).toBe('liwc.dic:1: d');
  });

  it('is named LexiconError', () => {
    const err = new LexiconError('a.yaml', 3, 'bad');
    expect([err.name, err.message, err.file, err.line]).toEqual(['LexiconError', 'a.yaml:3: bad', 'a.yaml', 3]);
    expect(String(err)).toBe('LexiconError: a.yaml:3: bad');
  });
});

describe('readStopWords', () => {
  it('reads one word a line, trimmed, skipping blank lines and # comments, with the hash of the bytes', () => {
    const text = '# comment\n  the  \n\nof\r\n#and\nnot#\n   \n';
    const file = join(mkdtempSync(join(tmpdir(), 'framescope-stop-')), 'stop.txt');
    writeFileSync(file, text);
    const s = readStopWords(file);
    // "not#": only a line starting with # is a comment
    expect([...s.words]).toEqual(['the', 'of', 'not#']);
    expect(s.file).toBe(file);
    expect(s.sha256).toBe(createHash('sha256').update(text).digest('hex'));
  });

  it('reads the bundled list by default', () => {
    const s = readStopWords();
    expect(s.file).toBe(STOPWORDS_FILE);
    expect(STOPWORDS_FILE.endsWith('lexicons/stopwords.txt')).toBe(true);
    // Snowball's English list: function words, no comment lines
    for (const w of ['i', 'the', 'and', 'of']) expect(s.words.has(w)).toBe(true);
    expect([...s.words].some((w) => w.startsWith('#'))).toBe(false);
  });
});
