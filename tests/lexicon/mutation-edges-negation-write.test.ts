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
