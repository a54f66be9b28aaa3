// Mutation edges of the imported-dictionary builder (formats/imported.ts), the UTF-8 check of dictionary files
// (formats/text.ts), the quanteda YAML reader and the reader registry. Expected values are worked by hand from
// src/lexicon/README.md, the doc comments and the UTF-8 / UTF-16 encodings (RFC 3629, RFC 2781).
// Everything is read inside each test, and the words are not used elsewhere (the pattern splitter caches).
import { describe, expect, it } from 'vitest';
import {
  DictionaryBuilder, LexiconError, lexiconFormat, parseLexicon, registerLexiconFormat, safeCategoryId,
  type CountingRules, type Lexicon, type LexiconEntry,
} from '../../src/lexicon/index.ts';
import { dictionaryText } from '../../src/lexicon/formats/text.ts';
import { lexiconErrorOf } from './errors.ts';

const SHA = '0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef';
const PLAIN: CountingRules = { anyChar: false, oncePerLexicon: false, oneEntryPerWord: false };
const QUANTEDA: CountingRules = { anyChar: true, oncePerLexicon: false, oneEntryPerWord: false };
const LIWC: CountingRules = { anyChar: false, oncePerLexicon: false, oneEntryPerWord: true };

function builder(rules: CountingRules = PLAIN): DictionaryBuilder {
  return new DictionaryBuilder({ file: 'dir/test.dic', bytes: new Uint8Array(), text: '', sha256: SHA }, 'test-format', rules);
}

/** A LIWC-style dictionary with one category per entry list; returns each entry's `unless` by pattern. */
function unlessOf(...terms: string[]): Record<string, string[] | undefined> {
  const b = builder(LIWC);
  for (const [i, t] of terms.entries()) b.add('c', t, i + 1);
  const out: Record<string, string[] | undefined> = {};
  for (const e of b.build().categories[0]!.entries) out[e.pattern] = e.unless;
  return out;
}

const errorOf = (run: () => unknown) => lexiconErrorOf(run);

describe('safeCategoryId', () => {
  it('keeps a snake_case name as it is', () => {
    expect(safeCategoryId('pos_emo2')).toBe('pos_emo2');
  });

  it('drops accents, and turns each run of other characters into one _ with none at the ends', () => {
    // É is E + U+0301 under NFKD: the mark goes, the letter stays.
    expect(safeCategoryId('Émotion')).toBe('emotion');
    // "  -  " is one run: one _.
    expect(safeCategoryId('Positive  -  Emotion')).toBe('positive_emotion');
    expect(safeCategoryId(' (Positive Emotion)! ')).toBe('positive_emotion');
  });

  it('puts c_ in front of an id starting with a digit, and gives c for an empty one', () => {
    expect(safeCategoryId('02')).toBe('c_02');
    expect(safeCategoryId('2 Party')).toBe('c_2_party');
    // Nothing is left of "!!!": c_ in front of the empty id, and no _ at the end.
    expect(safeCategoryId('!!!')).toBe('c');
    // A digit that is not in front does not call for c_.
    expect(safeCategoryId('Top 10')).toBe('top_10');
  });
});

describe('DictionaryBuilder', () => {
  it('trims category names, so a padded name is the same category', () => {
    const b = builder();
    b.category(' Qualmish ', 1);
    b.add('Qualmish', 'qualmwort', 2);
    b.add('  Qualmish', 'qualmroot', 3);
    const lex = b.build();
    expect(lex.categories.map((c) => [c.label, c.line, c.entries.map((e) => e.pattern)])).toEqual([['Qualmish', 1, ['qualmwort', 'qualmroot']]]);
  });

  it('refuses a category with no name and an empty term, naming the line', () => {
    const e1 = errorOf(() => builder().category('   ', 3));
    expect(e1.line).toBe(3);
    expect(e1.message).toBe('dir/test.dic:3: a category with no name');
    const e2 = errorOf(() => builder().add('Zed', ' \t ', 4));
    expect(e2.line).toBe(4);
    expect(e2.message).toBe('dir/test.dic:4: category "Zed": an empty term');
  });

  it('trims a term and makes each run of white space one space', () => {
    const b = builder();
    b.add('c', '  quillet   zorbage \t frond ', 1);
    b.add('c', ' quilletine ', 2);
    expect(b.build().categories[0]!.entries.map((e) => e.pattern)).toEqual(['quillet zorbage frond', 'quilletine']);
  });

  it('refuses a dictionary with no categories at line 1', () => {
    expect(() => builder().build()).toThrow(/^dir\/test\.dic:1: the dictionary has no categories$/);
  });

  it('numbers repeated ids _2, _3 in file order', () => {
    const b = builder();
    b.add('Gloam Tide', 'gloamwick', 1);
    b.add('gloam_tide', 'gloamfen', 2);
    b.add('GLOAM-TIDE', 'gloamrill', 3);
    expect(b.build().categories.map((c) => c.id)).toEqual(['gloam_tide', 'gloam_tide_2', 'gloam_tide_3']);
  });

  it('leaves out a term the splitter refuses, with a warning naming its category and line', () => {
    const b = builder();
    b.add('Vexed', 'vexwort', 1);
    b.add('Vexed', '*', 2);
    const lex = b.build();
    expect(lex.categories[0]!.entries.map((e) => e.pattern)).toEqual(['vexwort']);
    expect(lex.warnings).toEqual([{ file: 'dir/test.dic', line: 2, detail: 'category "Vexed": left out: bad glob "*": "*" alone would match any token; put letters beside the *' }]);
  });

  it('refuses a category whose every term the splitter refuses, at the category\'s line, with the reason', () => {
    const b = builder();
    b.category('Vexed', 1);
    b.add('Vexed', '*', 2);
    b.add('Other', 'vexwort', 3);
    const e = errorOf(() => b.build());
    expect(e.message).toBe('dir/test.dic:1: category "Vexed" has no entries framescope can read (line 2: bad glob "*": "*" alone would match any token; put letters beside the *)');
  });

  it('warns only about the same tokens in any case: not about ß and ss, nor about tokens that join alike', () => {
    const b = builder();
    // Lowercase keeps ß (uppercase would make it SS, the same as ss).
    b.add('c', 'straßling', 1);
    b.add('c', 'strassling', 2);
    // "fleb quorn" and "flebq uorn" are different tokens though their letters run the same.
    b.add('c', 'fleb quorn', 3);
    b.add('c', 'flebq uorn', 4);
    b.add('c', 'FLEB Quorn', 5);
    const lex = b.build();
    expect(lex.categories[0]!.entries.map((e) => e.pattern)).toEqual(['straßling', 'strassling', 'fleb quorn', 'flebq uorn']);
    expect(lex.warnings?.map((w) => w.line)).toEqual([5]);
  });

  it('gives each entry its kind, and anyChar only to globs under a format whose ? is one character', () => {
    const q = builder(QUANTEDA);
    q.add('c', 'brindle', 1);
    q.add('c', 'brindle frump', 2);
    q.add('c', 'brindle frump*', 3);
    q.add('c', 'brin?le', 4);
    const entries = q.build().categories[0]!.entries;
    const base = (pattern: string, kind: LexiconEntry['kind'], line: number) => ({ pattern, kind, caseSensitive: false, line });
    expect(entries).toStrictEqual([
      base('brindle', 'word', 1), base('brindle frump', 'phrase', 2),
      { ...base('brindle frump*', 'glob', 3), anyChar: true }, { ...base('brin?le', 'glob', 4), anyChar: true },
    ]);
    const p = builder(PLAIN);
    p.add('c', 'trundlewick*', 1);
    p.add('c', 'trundlewort', 2);
    // `*` still makes a glob, but `?` is not a wildcard here: no anyChar.
    expect(p.build().categories[0]!.entries).toStrictEqual([base('trundlewick*', 'glob', 1), base('trundlewort', 'word', 2)]);
  });

  it('takes name, version and description from meta, else the file name and the hash, with no empty keys', () => {
    const b = builder();
    b.add('c', 'mumblecrust', 1);
    const lex: Lexicon = b.build();
    expect(lex.name).toBe('test');
    // The first 12 hex digits of the hash.
    expect(lex.version).toBe('sha256:0123456789ab');
    expect('description' in lex).toBe(false);
    expect('warnings' in lex).toBe(false);
    const b2 = builder();
    b2.add('c', 'mumblecrust', 1);
    const lex2 = b2.build({ name: 'N', version: '2', description: 'D' });
    expect([lex2.name, lex2.version, lex2.description]).toEqual(['N', '2', 'D']);
  });
});

describe('one entry per word (LIWC)', () => {
  it('gives a stem the words and longer stems that start with it, the exact word included', () => {
    // sorted specific entries: aardvarkish, vint, vint*, vintage, vintage*, vintner, zzyzx
    // vint* gives up every other one starting with "vint"; vintage* gives up vintage.
    expect(unlessOf('aardvarkish', 'zzyzx', 'vint*', 'vint', 'vintage', 'Vintage*', 'vintner')).toEqual({
      aardvarkish: undefined, zzyzx: undefined, 'vint*': ['vint', 'vintage', 'vintage*', 'vintner'], vint: undefined,
      vintage: undefined, 'Vintage*': ['vintage'], vintner: undefined,
    });
  });

  it('does not count phrases, globs that are not stems, or other words as more specific', () => {
    // "plov dish" is a phrase, "plov*e*" has two stars, "plo*vx" a star inside, "pl-ovx*" is three tokens: none is a stem.
    // The stem of plov* is "plov" (all but the last character), so "pzzz" is not under it.
    expect(unlessOf('plov*', 'plov dish', 'plov*e*', 'plo*vx', 'plo*vxy', 'pzzz', 'plovit', 'plovitz')).toEqual({
      'plov*': ['plovit', 'plovitz'], 'plov dish': undefined, 'plov*e*': undefined, 'plo*vx': undefined, 'plo*vxy': undefined,
      pzzz: undefined, plovit: undefined, plovitz: undefined,
    });
  });

  it('treats a starred pattern the tokenizer splits in several tokens, or a star not at the end, as no stem', () => {
    // zulu-quark* is zulu, -, quark*: not a one-token stem, so zulu-quarkish* is not a longer stem of it.
    expect(unlessOf('zulu-quark*', 'zulu-quarkish*')).toEqual({ 'zulu-quark*': undefined, 'zulu-quarkish*': undefined });
    // *zem* starts with a star: not a stem either.
    expect(unlessOf('*zemla*', '*zemla*x*')).toEqual({ '*zemla*': undefined, '*zemla*x*': undefined });
  });

  it('gives plain words no unless list, even words spelled like null', () => {
    expect(unlessOf('nullify', 'nullity', 'nullo')).toEqual({ nullify: undefined, nullity: undefined, nullo: undefined });
  });
});

describe('dictionaryText', () => {
  const bytes = (...b: number[]) => new Uint8Array(b);
  const utf8 = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));

  it('reads UTF-8 at the ends of each sequence length', () => {
    // U+0080 (C2 80), U+07FF (DF BF), U+0800 (E0 A0 80), U+FFFF (EF BF BF), U+1F600 (F0 9F 98 80), U+10FFFF (F4 8F BF BF).
    const s = 'a\u0080\u07ff\u0800\uffff\u{1f600}\u{10ffff}z';
    expect(dictionaryText(utf8(s), 'ok.dic')).toBe(s);
  });

  it('drops a BOM and makes CRLF and lone CR line ends LF', () => {
    expect(dictionaryText(bytes(0xef, 0xbb, 0xbf, 0x61, 0x0d, 0x0a, 0x62, 0x0d, 0x63), 'b.dic')).toBe('a\nb\nc');
    // A BOM-like character that is not first stays.
    expect(dictionaryText(utf8('a\uFEFF'), 'b.dic')).toBe('a\uFEFF');
  });

  const badByte: [string, number[], number, string][] = [
    ['a continuation byte alone (0x80)', [0x61, 0x80, 0x80, 0x80], 0x80, '\u0080'],
    ['an overlong lead byte (0xC0)', [0x61, 0xc0, 0xaf], 0xc0, 'À'],
    ['an overlong lead byte (0xC1) with three continuations', [0x61, 0xc1, 0x80, 0x80, 0x80], 0xc1, 'Á'],
    ['a lead byte above 0xF4 (0xF5)', [0x61, 0xf5, 0x80, 0x80, 0x80], 0xf5, 'õ'],
    ['a lead byte 0xF8', [0x61, 0xf8, 0x80, 0x80, 0x80], 0xf8, 'ø'],
    ['a two-byte lead byte followed by a letter', [0x61, 0x62, 0xc3, 0x7a], 0xc3, 'Ã'],
    ['a three-byte lead whose last continuation is missing', [0x61, 0xe2, 0x82, 0x41], 0xe2, 'â'],
    ['a Latin-1 é as the first byte', [0xe9, 0x74, 0x65], 0xe9, 'é'],
    ['a Latin-1 ÿ as the first byte (not a UTF-16 BOM: no FE after it)', [0xff, 0x61, 0x62], 0xff, 'ÿ'],
    ['0xFE after a letter', [0x61, 0xfe, 0x62], 0xfe, 'þ'],
    ['0xFF after a letter', [0x61, 0xff, 0x62], 0xff, 'ÿ'],
    ['0xFE first, not followed by FF', [0xfe, 0x61, 0x62], 0xfe, 'þ'],
  ];
  for (const [what, b, byte, shown] of badByte) {
    it(`refuses ${what} as not UTF-8, naming the byte as Latin-1`, () => {
      const e = errorOf(() => dictionaryText(bytes(...b), 'old.dic'));
      expect(e.line).toBe(1);
      const hex = byte.toString(16).toUpperCase();
      expect(e.message).toBe(`old.dic:1: the file is not UTF-8: byte 0x${hex} (${JSON.stringify(shown)} in Latin-1) looks like Latin-1 or Windows-1252: convert it to UTF-8, e.g. iconv -f WINDOWS-1252 -t UTF-8 old.dic > utf8-old.dic`);
    });
  }

  it('names the line of the bad byte', () => {
    expect(errorOf(() => dictionaryText(bytes(0x61, 0x0a, 0x0a, 0x62, 0xe9), 'd/old.dic')).line).toBe(3);
  });

  const utf16 = (order: string, from: string) => `the file is UTF-16 (${order}), not UTF-8: convert it to UTF-8, e.g. iconv -f ${from} -t UTF-8 w.dic > utf8-w.dic`;
  const LE = utf16('little-endian', 'UTF-16LE');
  const BE = utf16('big-endian', 'UTF-16BE');
  const cases: [string, number[], string][] = [
    // 日本 is U+65E5 U+672C: no zero byte, so only the BOM tells.
    ['a little-endian BOM before text with no zero byte', [0xff, 0xfe, 0xe5, 0x65, 0x2c, 0x67], LE],
    ['a big-endian BOM before text with no zero byte', [0xfe, 0xff, 0x65, 0xe5, 0x67, 0x2c], BE],
    ['ASCII in UTF-16LE without a BOM', [0x61, 0x00, 0x62, 0x00], LE],
    ['ASCII in UTF-16BE without a BOM', [0x00, 0x61, 0x00, 0x62], BE],
    // 2 zeros in 8 bytes: a quarter, enough.
    ['a quarter of zero bytes', [0x61, 0x62, 0x63, 0x00, 0x64, 0x65, 0x66, 0x00], LE],
  ];
  for (const [what, b, message] of cases) {
    it(`refuses ${what} as UTF-16`, () => {
      expect(() => dictionaryText(bytes(...b), 'w.dic')).toThrow(`w.dic:1: ${message}`);
    });
  }

  it('does not take a file shorter than 4 bytes, or one with fewer than a quarter zero bytes, for UTF-16', () => {
    expect(dictionaryText(bytes(0x61, 0x00, 0x62), 'n.dic')).toBe('a\u0000b');
    // 1 zero in 5 bytes: less than a quarter.
    expect(dictionaryText(bytes(0x61, 0x62, 0x63, 0x00, 0x64), 'n.dic')).toBe('abc\u0000d');
  });
});

describe('quanteda YAML', () => {
  it('joins nested keys parent.child, trimming quoted keys', () => {
    const lex = parseLexicon('waffle:\n  " crisp ": [wafflecrisp]\n  soggy: wafflesog\n', 'q.yml');
    expect(lex.format).toBe('quanteda-yaml');
    expect(lex.categories.map((c) => [c.id, c.label, c.entries.map((e) => e.pattern)])).toEqual([
      ['waffle_crisp', 'waffle.crisp', ['wafflecrisp']], ['waffle_soggy', 'waffle.soggy', ['wafflesog']],
    ]);
  });

  it('refuses invalid YAML and a document that is not a mapping', () => {
    expect(() => parseLexicon('kelpie: [kelpwort\n', 'q.yml')).toThrow(/^q\.yml:\d+: invalid YAML: /);
    // A quoted scalar: its first line looks like a key, but the document is one string.
    expect(() => parseLexicon('"kelpie: kelpwort"\n', 'q.yml')).toThrow(/^q\.yml:1: a quanteda dictionary is a mapping of category keys to lists of values$/);
  });

  it('refuses a key with no name, nested or not, and a key that is not a scalar', () => {
    expect(() => parseLexicon('kelpie:\n  "": [kelpfen]\n', 'q.yml')).toThrow(/^q\.yml:2: a category with no name$/);
    expect(() => parseLexicon('kelpie: [kelpfen]\n~: [kelpmoor]\n', 'q.yml')).toThrow(/^q\.yml:2: a category with no name$/);
    expect(() => parseLexicon('kelpie: [kelpfen]\n? [a, b]\n: [kelpmoor]\n', 'q.yml')).toThrow(/^q\.yml:2: a category with no name$/);
  });

  it('reads a key with no value as a category with no entries', () => {
    expect(() => parseLexicon('kelpie: [kelpfen]\nempty:\n', 'q.yml')).toThrow(/^q\.yml:2: category "empty" has no entries$/);
    expect(() => parseLexicon('kelpie: [kelpfen]\n? empty\n', 'q.yml')).toThrow(/^q\.yml:2: category "empty" has no entries$/);
  });

  it('refuses a value that is a list, null or not text', () => {
    const msg = /^q\.yml:3: category kelpie: a value must be a word, phrase or glob$/;
    expect(() => parseLexicon('kelpie:\n  - kelpfen\n  - [a, b]\n', 'q.yml')).toThrow(msg);
    expect(() => parseLexicon('kelpie:\n  - kelpfen\n  - ~\n', 'q.yml')).toThrow(msg);
    // !!binary makes a scalar whose value is bytes, not text.
    expect(() => parseLexicon('kelpie:\n  - kelpfen\n  - !!binary aGk=\n', 'q.yml')).toThrow(msg);
  });
});

describe('registry', () => {
  const read = () => { throw new Error('not read'); };

  it('refuses an extension that is not lowercase with a leading dot', () => {
    for (const ext of ['dic', 'x.dic', '.dicX', '.DIC']) {
      expect(() => registerLexiconFormat({ name: 'edge-ext', description: 'x', extensions: [ext], read })).toThrow(
        `lexicon format edge-ext: extension ${JSON.stringify(ext)} must be lowercase and start with a dot`,
      );
    }
  });

  it('finds a format by name', () => {
    expect(lexiconFormat('quanteda-yaml')?.extensions).toEqual(['.yaml', '.yml']);
    expect(lexiconFormat('no-such-format')).toBeUndefined();
  });

  // The built-in formats in registration order (formats/index.ts), each with its extensions.
  const known = 'framescope-yaml (.yaml, .yml); liwc-dic (.dic); liwc-dicx (.dicx, .csv); quanteda-yaml (.yaml, .yml); lexicoder (.lc3, .lcd); wordstat (.cat); csv (.csv)';

  it('names the extension, or its absence, and lists the known formats when no reader fits', () => {
    expect(() => parseLexicon('zzz\n', 'notes.txt')).toThrow(`notes.txt:1: no lexicon reader for *.txt; known formats: ${known}`);
    expect(() => parseLexicon('zzz\n', 'NOTES')).toThrow(`NOTES:1: no lexicon reader for a file without an extension; known formats: ${known}`);
  });

  it('says "with this content" when formats share the extension but none detects the text', () => {
    // A list at the top, not a mapping: neither framescope's YAML nor quanteda's (no line starts with a key).
    expect(() => parseLexicon('- kelpie: kelpfen\n', 'list.yaml')).toThrow(`list.yaml:1: no lexicon reader for *.yaml with this content; known formats: ${known}`);
    // A commented-out key is not a key either.
    expect(() => parseLexicon('# kelpie: kelpfen\n- kelpfen\n', 'list.yaml')).toThrow(/no lexicon reader for \*\.yaml with this content/);
  });
});
