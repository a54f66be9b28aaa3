// Mutation edges of the foreign dictionary readers (src/lexicon/formats: liwc-dic.ts, liwc-dicx.ts, lexicoder.ts,
// wordstat.ts, csv.ts): content detection, whitespace and indentation, how a LIWC line is cut into term and codes,
// the exact wording and line of each error and warning, and line numbers of multi-line CSV records.
// Expected values follow src/lexicon/README.md ("Formats and how each counts", "Errors"), the readers' doc comments
// and, for csv-parse's own messages, its source (csv-parse 5.6.0, lib/api/index.js). Every dictionary is parsed
// inside its test, so that a mutation run ties each reader's code to the tests that reach it.
import { describe, expect, it } from 'vitest';
import { DictionaryBuilder, LexiconError, parseLexicon, type Lexicon } from '../../src/lexicon/index.ts';
import { csvRecords } from '../../src/lexicon/formats/csv.ts';
import { lexicoder } from '../../src/lexicon/formats/lexicoder.ts';
import { liwcDic } from '../../src/lexicon/formats/liwc-dic.ts';
import { liwcDicx } from '../../src/lexicon/formats/liwc-dicx.ts';
import { parseErrorOf } from './errors.ts';

const errorOf = parseErrorOf;

/** Each category as `label: pattern@line, ...`. */
function entriesOf(lex: Lexicon): string[] {
  return lex.categories.map((c) => `${c.label}: ${c.entries.map((e) => `${e.pattern}@${e.line}`).join(', ')}`);
}

// Lines 1-5 of the LIWC dictionaries below: entries start on line 6.
const LEGEND = '%\n1\tpos\n2\tneg\n3\tsoc\n%\n';

describe('LIWC .dic: detect', () => {
  it('takes the first non-blank line, trimmed, and asks whether it is only %', () => {
    expect(liwcDic.detect!('%\n1\tpos\n%\nglad\t1\n')).toBe(true);
    // blank and whitespace-only lines before it are skipped; the % line may carry spaces around it
    expect(liwcDic.detect!('\n  \n\t%  \n1\tpos\n')).toBe(true);
    // a line that starts with % but holds more is not the legend opener
    expect(liwcDic.detect!('%x\n1\tpos\n')).toBe(false);
    // no non-blank line at all: not LIWC (and no error)
    expect(liwcDic.detect!('')).toBe(false);
    expect(liwcDic.detect!('\n \n')).toBe(false);
  });

  it('is how a .txt dictionary is recognised', () => {
    expect(parseLexicon('\n%\n1\tpos\n%\nglad\t1\n', 'list.txt').format).toBe('liwc-dic');
  });
});

describe('LIWC .dic: the legend', () => {
  it('names the format liwc-dic, and reads the name before a description in parentheses', () => {
    // two trailing spaces after the description: trailing whitespace is dropped before the line is read
    const lex = parseLexicon('%\n3\tsocial (Social processes)  \n%\nfriend\t3\n', 'legend.dic');
    expect(lex.format).toBe('liwc-dic');
    expect(lex.categories.map((c) => [c.id, c.label])).toEqual([['social', 'social']]);
    expect(lex.categories[0]!.definition).toBe('none given: category "social" of legend.dic (liwc-dic)');
  });

  it('reads a name written in parentheses after a run of whitespace as the name', () => {
    // "1", whitespace, then the name "(Affect)"; nothing follows it, so there is no description to drop.
    const lex = parseLexicon('%\n1 \t (Affect)\n%\nglad\t1\n', 'paren.dic');
    expect(lex.categories.map((c) => c.label)).toEqual(['(Affect)']);
  });

  it('takes a % line with whitespace around it as a section line', () => {
    const lex = parseLexicon('  %\n1\tpos\n %\nglad\t1\n', 'indented.dic');
    expect(entriesOf(lex)).toEqual(['pos: glad@4']);
  });
});

describe('LIWC .dic: term and codes', () => {
  it('without a tab, the term is the words before the first code (a number, or a conditional code after the first word)', () => {
    const lex = parseLexicon(`${LEGEND}kind of 1\nafter covid19 2\n911 3\npeace 1 2\n`, 'spaces.dic');
    // "covid19" holds digits but does not start with one: still a word of the term.
    // "911" is the first word: a term may start with digits.
    expect(entriesOf(lex)).toEqual(['pos: kind of@6, peace@9', 'neg: after covid19@7, peace@9', 'soc: 911@8']);
  });

  it('with a tab, the term is everything before the first tab, digits included', () => {
    const lex = parseLexicon('%\n1\tpos\n%\ntop 10\t1\n', 'tab.dic');
    expect(entriesOf(lex)).toEqual(['pos: top 10@4']);
  });
});

describe('LIWC .dic: errors name the line and what is wrong', () => {
  const cases: [string, string, number, string][] = [
    ['a line before the first %', 'x\n%\n1\tpos\n%\nglad\t1\n', 1, 'a LIWC dictionary starts with a line holding only %, then the category legend'],
    ['a legend line not starting with a number', '%\n  a1 pos\n%\nglad\t1\n', 2, 'legend line "a1 pos": expected a category number and a name'],
    ['a number twice in the legend', '%\n1\ta\n01\tb\n%\nglad\t1\n', 3, 'category number 01 is in the legend twice'],
    ['a third % line', `${LEGEND}glad\t1\n%\nsad\t2\n`, 8, 'a third % line: a LIWC dictionary has one legend and one word list'],
    ['an unclosed legend', '%\n1\tpos', 2, 'the legend is not closed by a line holding only %'],
    ['a tab with nothing before it', `${LEGEND} \t1\n`, 6, 'an entry with no term'],
    ['an indented term without codes', `${LEGEND}glad\t1\n  lonely\n`, 7, '"lonely": a term with no category'],
    // the term's words are joined by one space in the message, as in the entry
    ['a code not in the legend', `${LEGEND}kind  of 9\n`, 6, '"kind of": category 9 is not in the legend'],
    ['a code that is not a number', `${LEGEND}glad\tx1\n`, 6, '"glad": "x1" is not a category number'],
    ['a code that only starts with a number', `${LEGEND}glad\t1x\n`, 6, '"glad": "1x" is not a category number'],
    // "(2)3" is a conditional code and is set aside as a separator: "1" and "x" remain
    ['a stray code after a conditional one', `${LEGEND}odd\t1(2)3x\n`, 6, '"odd": "x" is not a category number'],
  ];
  for (const [what, text, line, detail] of cases) {
    it(what, () => {
      const e = errorOf(text, 'bad.dic');
      expect(e.line).toBe(line);
      expect(e.message).toBe(`bad.dic:${line}: ${detail}`);
    });
  }
});

describe('LIWC .dic: 2007 conditional codes', () => {
  const why = "not read (framescope cannot test the neighbouring word's category)";

  it('warns of one code, reads the plain number, and of two codes and two numbers in the plural', () => {
    const lex = parseLexicon(`${LEGEND}like\t(2 3)1/2\t3\nkind\t<of>1/2\t(2)3\t1\t2\n`, 'cond.dic');
    expect(lex.warnings!.map((w) => `${w.line}: ${w.detail}`)).toEqual([
      `6: "like": LIWC 2007 conditional code (2 3)1/2 ${why}; read category 3`,
      `7: "kind": LIWC 2007 conditional codes <of>1/2, (2)3 ${why}; read categories 1, 2`,
    ]);
    expect(entriesOf(lex)).toEqual(['pos: kind@7', 'neg: kind@7', 'soc: like@6']);
  });

  it('leaves out an entry with conditional codes only, and says so', () => {
    const lex = parseLexicon(`${LEGEND}glad\t1\nsad\t2\nmere\t<of>1\nfriend\t3\n`, 'only.dic');
    expect(lex.warnings!.map((w) => `${w.line}: ${w.detail}`)).toEqual([`8: "mere": LIWC 2007 conditional code <of>1 ${why}; the entry is left out`]);
    expect(entriesOf(lex)).toEqual(['pos: glad@6', 'neg: sad@7', 'soc: friend@9']);
  });
});

describe('LIWC-22 .dicx', () => {
  it('detect: the first cell of the first line, trimmed and unquoted, is DicTerm or Entry', () => {
    expect(liwcDicx.detect!(' DicTerm ,posemo\n')).toBe(true);
    expect(liwcDicx.detect!('"Entry",posemo\n')).toBe(true);
    // only quotes at the ends of the cell are dropped
    expect(liwcDicx.detect!('Dic"Term,posemo\n')).toBe(false);
    expect(liwcDicx.detect!('category,term\n')).toBe(false);
  });

  it('does not treat # as a comment: #tag is a term', () => {
    const lex = parseLexicon('DicTerm,posemo\n#tag,X\n', 'hash.dicx');
    expect(entriesOf(lex)).toEqual(['posemo: #tag@2']);
  });

  const cases: [string, string, number, string][] = [
    ['an empty file', '', 1, 'the first column must be headed DicTerm or Entry'],
    ['a header on line 3 not headed DicTerm or Entry', '\n\nTerm,posemo\ngood,X\n', 3, 'the first column must be headed DicTerm or Entry'],
    ['a column without a name', 'DicTerm,posemo,,negemo\ngood,X,,\n', 1, 'column 3 has no category name'],
    ['a row without a term', 'DicTerm,posemo\ngood,X\n,X\n', 3, 'a row with no term'],
    ['a mark other than X, 1, 0 or empty', 'DicTerm,posemo,negemo\ngood,X,Y\n', 2, '"good": "Y" under negemo: mark members with X or 1, others empty'],
  ];
  for (const [what, text, line, detail] of cases) {
    it(`refuses ${what}`, () => {
      const e = errorOf(text, 'bad.dicx');
      expect(e.line).toBe(line);
      expect(e.message).toBe(`bad.dicx:${line}: ${detail}`);
    });
  }
});

describe('Lexicoder', () => {
  it('detect: the first non-blank line, trimmed, starts with +', () => {
    expect(lexicoder.detect!('+POSITIVE\ngood\n')).toBe(true);
    expect(lexicoder.detect!('\n   \n  +POSITIVE\ngood\n')).toBe(true);
    expect(lexicoder.detect!('good\n+POSITIVE\n')).toBe(false);
    expect(lexicoder.detect!('')).toBe(false);
    expect(lexicoder.detect!('\n \n')).toBe(false);
  });

  it('is how a .txt dictionary starting with +Category is recognised', () => {
    expect(parseLexicon('+POSITIVE\nhappy\n', 'list.txt').format).toBe('lexicoder');
  });

  it('trims lines: an indented +Category is a category, a whitespace-only line is skipped; entries keep their lines', () => {
    const lex = parseLexicon('+ POSITIVE\n  cheerful\n   \n +NEGATIVE\ngloomy\n', 'trim.lc3');
    expect(entriesOf(lex)).toEqual(['POSITIVE: cheerful@2', 'NEGATIVE: gloomy@5']);
  });
});

describe('WordStat .cat', () => {
  it('names the format wordstat; a whitespace-only line neither opens nor closes a category', () => {
    const lex = parseLexicon('ECON\n\tPRICE (1)\n  \n\tWAGE (1)\n', 'blank.cat');
    expect(lex.format).toBe('wordstat');
    expect(entriesOf(lex)).toEqual(['ECON: PRICE@2, WAGE@4']);
  });

  it('a category whose only content is a subcategory is not empty', () => {
    const lex = parseLexicon('POLITICS\n\tDOMESTIC\n\t\tVOTE (1)\n', 'nested.cat');
    expect(entriesOf(lex)).toEqual(['POLITICS.DOMESTIC: VOTE@3']);
  });

  it('warns of a weight other than 1 in full', () => {
    const lex = parseLexicon('ECON\n\tPRICE (2)\n', 'weight.cat');
    expect(lex.warnings!.map((w) => `${w.line}: ${w.detail}`)).toEqual(['2: "PRICE (2)": weight 2 not used (framescope counts each hit once)']);
  });

  it('refuses an entry above any category line', () => {
    const e = errorOf('PRICE (1)\nECON\n\tWAGE (1)\n', 'orphan.cat');
    expect(e.message).toBe('orphan.cat:1: "PRICE (1)": a term with no category (no category line above it)');
  });

  it('refuses an empty top-level category at the end of the file', () => {
    const e = errorOf('ECON\n\tPRICE (1)\nEMPTY\n', 'last.cat');
    expect(e.message).toBe('last.cat:3: category "EMPTY" has no entries');
  });
});

describe('plain CSV', () => {
  it('blanks only lines that start with #: a # inside a row is part of the term', () => {
    const lex = parseLexicon('# a comment\ntopic,#hashtag\n', 'hash.csv');
    expect(entriesOf(lex)).toEqual(['topic: #hashtag@2']);
  });

  it('gives a record spanning lines the line it starts on', () => {
    // line 1-2: one record, its term quoted across a line break; line 3: the same term again (a duplicate).
    // A term's whitespace runs become one space (DictionaryBuilder.add).
    const lex = parseLexicon('threat,"grave\nperil"\nthreat,"grave peril"\n', 'span.csv');
    expect(entriesOf(lex)).toEqual(['threat: grave peril@1']);
    expect(lex.warnings!.map((w) => `${w.line}: ${w.detail}`)).toEqual(['3: duplicate entry "grave peril" in category "threat" (first at line 1); counted once']);
  });

  it('refuses a file of comments only as a dictionary with no categories', () => {
    const e = errorOf('# nothing yet\n', 'empty.csv');
    expect(e.message).toBe('empty.csv:1: the dictionary has no categories');
  });

  it('refuses a row with an empty category', () => {
    const e = errorOf('threat,danger\n,peril\n', 'nocat.csv');
    expect(e.message).toBe('nocat.csv:2: "peril": a term with no category');
  });

  it('reports malformed CSV with csv-parse\'s detail, its "Invalid ...:" heading dropped', () => {
    // csv-parse: ["Invalid Closing Quote:", 'got "x"', "at line 1", "instead of delimiter, record delimiter,
    // trimable character", "(if activated) or comment"] joined by spaces
    const e = errorOf('threat,"danger"x\n', 'quote.csv');
    expect(e.message).toBe('quote.csv:1: malformed CSV: got "x" at line 1 instead of delimiter, record delimiter, trimable character (if activated) or comment');
  });

  it('csvRecords lets an error that is not csv-parse\'s through unchanged', () => {
    const source = { file: 'broken.csv', bytes: new Uint8Array(), text: null as unknown as string, sha256: '0'.repeat(64) };
    const b = new DictionaryBuilder(source, 'csv', { anyChar: false, oncePerLexicon: false, oneEntryPerWord: false });
    expect(() => csvRecords(source, b, true)).toThrow(TypeError);
  });
});
