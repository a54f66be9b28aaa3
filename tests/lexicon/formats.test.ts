import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { compileLexicon, lexiconYaml, matchTokens, parseLexicon, readLexicon, type Lexicon } from '../../src/lexicon/index.ts';
import { tokenize } from '../../src/text/index.ts';

const fx = (name: string) => `tests/fixtures/dictionaries/${name}`;

/** Hits per category id of a lexicon in a text. */
function counts(lex: Lexicon, text: string): Record<string, number> {
  const out: Record<string, number> = {};
  for (const m of matchTokens(compileLexicon(lex), tokenize(text).tokens)) out[m.category] = (out[m.category] ?? 0) + 1;
  return out;
}

/** Every hit as category:entry@start-end, for comparing two lexicons on one text. */
function hits(lex: Lexicon, text: string): string[] {
  return matchTokens(compileLexicon(lex), tokenize(text).tokens).map((m) => `${m.category}:${m.entry}@${m.tokenStart}-${m.tokenEnd}:${m.negated}`);
}

const TEXTS = {
  liwc: 'Good talks bring peace. The abandoned talks and the sanctions were not good. It was kind of like abandonment.',
  dicx: 'Good peacekeepers hate the abandoned kind of abandonment.',
  quanteda: 'Inflation and unemployment rose; interest rates too. The elections to parliament and a treaty. Colour, color and colouring.',
  lexicoder: 'Not good at all. Peace is good, abandonment is bad.',
  wordstat: 'Prices and inflation; unemployment and job losses before the election.',
  csv: 'A clear and present danger and threats to the ceasefire and peace.',
};

describe('LIWC .dic', () => {
  const lex = readLexicon(fx('liwc2007.dic'));

  it('reads the legend (leading zeros, a description in parentheses), tabs and spaces, several categories per term', () => {
    expect(lex.format).toBe('liwc-dic');
    expect(lex.categories.map((c) => [c.id, c.entries.length])).toEqual([
      // posemo: good, goodness, peace (Good is a duplicate); negemo: abandon*, sanction*, sanctions;
      // social: goodness, abandoned, talk*, sanctions; function: kind of, like (its plain 134)
      ['posemo', 3], ['negemo', 3], ['social', 4], ['function', 2],
    ]);
    expect(lex.sha256).toBe(createHash('sha256').update(readFileSync(fx('liwc2007.dic'))).digest('hex'));
  });

  it('lists the LIWC 2007 conditional code it cannot read and the duplicate, with file:line', () => {
    expect(lex.warnings!.map((w) => `${w.file}:${w.line}`)).toEqual([`${fx('liwc2007.dic')}:14`, `${fx('liwc2007.dic')}:18`]);
    expect(lex.warnings![0]!.detail).toContain('(02 134)01/02');
    expect(lex.warnings![1]!.detail).toContain('duplicate');
  });

  it('counts as LIWC: one entry per word (exact first, else the longest stem), once per category of that entry', () => {
    // posemo: Good, peace, good = 3.
    // negemo: "abandoned" has its own entry (social only), so abandon* gives it up; "sanctions" has its own
    // entry (negemo, social); "abandonment" -> abandon*. = 2 (counting every matching entry would give 3).
    // social: abandoned, talks, talks, sanctions = 4. function: "kind of", like = 2.
    expect(counts(lex, TEXTS.liwc)).toEqual({ posemo: 3, negemo: 2, social: 4, function: 2 });
  });

  it('reads a word the tokenizer splits as one word, as LIWC does: no other entry counts its parts', () => {
    // cannot is can + not and well-being is well + - + being to the tokenizer, one word each to LIWC.
    const split = parseLexicon('%\n1\tpart\n2\twhole\n%\ncan*\t1\nnot\t1\nwell*\t1\ncannot\t2\nwell-being\t2\n', 'split.dic');
    const text = 'They cannot go. Their well-being matters, well. Not now, candidly.';
    // whole: cannot, well-being = 2. part: well, Not, candidly = 3 (with can, not and well inside the two: 6).
    expect(counts(split, text)).toEqual({ whole: 2, part: 3 });
    const back = parseLexicon(lexiconYaml(split, 'out/split.yaml'), 'out/split.yaml');
    expect(hits(back, text)).toEqual(hits(split, text));
    // LIWC-22's rules are the same: "cannot" whole, "not" part = 1 each.
    expect(counts(parseLexicon('DicTerm,part,whole\ncan*,X,\nnot,X,\ncannot,,X\n', 'split.dicx'), 'We cannot go, not now.')).toEqual({ whole: 1, part: 1 });
  });
});

describe('LIWC-22 .dicx', () => {
  it('reads X marks under DicTerm and 1/0 marks under Entry (a .csv) alike', () => {
    const x = readLexicon(fx('liwc22.dicx'));
    const one = readLexicon(fx('liwc22-entry.csv'));
    expect(x.format).toBe('liwc-dicx');
    expect(one.format).toBe('liwc-dicx');
    // posemo: Good, peacekeepers (peace*) = 2; negemo: hate, abandonment (abandoned has its own entry) = 2;
    // social: abandoned, "kind of" = 2.
    const want = { posemo: 2, negemo: 2, social: 2 };
    expect(counts(x, TEXTS.dicx)).toEqual(want);
    expect(counts(one, TEXTS.dicx)).toEqual(want);
  });
});

describe('quanteda YAML', () => {
  const lex = readLexicon(fx('quanteda.yml'));

  it('flattens nested keys to parent.child, kept as the label, with a snake_case id', () => {
    expect(lex.format).toBe('quanteda-yaml');
    expect(lex.categories.map((c) => [c.id, c.label])).toEqual([
      ['economy', 'economy'], ['politics_domestic', 'politics.domestic'], ['politics_foreign', 'politics.foreign'], ['spelling', 'spelling'],
    ]);
  });

  it('counts with globs: * any run, ? one character', () => {
    // economy: Inflation, unemployment (unemploy*), "interest rates" (rate?) = 3.
    // politics.domestic: elections, parliament = 2; politics.foreign: treaty = 1.
    // spelling: colo?r matches Colour (6 letters) only, not color (5) nor colouring = 1.
    expect(counts(lex, TEXTS.quanteda)).toEqual({ economy: 3, politics_domestic: 2, politics_foreign: 1, spelling: 1 });
  });
});

describe('Lexicoder .lc3', () => {
  it('counts a token once in the whole dictionary, the longest entry winning', () => {
    const lex = readLexicon(fx('lexicoder.lc3'));
    expect(lex.categories.map((c) => [c.id, c.label])).toEqual([['negative', 'NEGATIVE'], ['positive', 'POSITIVE'], ['neg_positive', 'NEG_POSITIVE']]);
    // neg_positive: "Not good" = 1, and its "good" is not also positive.
    // positive: Peace, good (second sentence) = 2 (3 if counted per category). negative: abandonment, bad = 2.
    expect(counts(lex, TEXTS.lexicoder)).toEqual({ neg_positive: 1, positive: 2, negative: 2 });
  });
});

describe('WordStat .cat', () => {
  it('reads the indented hierarchy (tabs and spaces), names nested categories parent.child, warns of weights other than 1', () => {
    const lex = readLexicon(fx('wordstat.cat'));
    expect(lex.categories.map((c) => [c.id, c.label])).toEqual([['economy', 'ECONOMY'], ['economy_jobs', 'ECONOMY.JOBS'], ['politics', 'POLITICS']]);
    expect(lex.warnings!.map((w) => w.line)).toEqual([6]);
    // economy: Prices (PRICE*), inflation = 2; economy.jobs: unemployment, job = 2; politics: election = 1.
    expect(counts(lex, TEXTS.wordstat)).toEqual({ economy: 2, economy_jobs: 2, politics: 1 });
  });
});

describe('plain CSV', () => {
  it('reads category,term rows with a header, comment lines and trailing spaces; a duplicate is warned and counted once', () => {
    const lex = readLexicon(fx('plain.csv'));
    expect(lex.format).toBe('csv');
    expect(lex.warnings!.map((w) => w.line)).toEqual([8]);
    // threat: "clear and present danger" (its "danger" not again: longest per category), threats = 2.
    // peace: ceasefire, peace = 2.
    expect(counts(lex, TEXTS.csv)).toEqual({ threat: 2, peace: 2 });
  });
});

describe('convert round trip', () => {
  const cases: [string, string][] = [
    ['liwc2007.dic', TEXTS.liwc], ['liwc22.dicx', TEXTS.dicx], ['liwc22-entry.csv', TEXTS.dicx], ['quanteda.yml', TEXTS.quanteda],
    ['lexicoder.lc3', TEXTS.lexicoder], ['wordstat.cat', TEXTS.wordstat], ['plain.csv', TEXTS.csv],
  ];
  for (const [file, text] of cases) {
    it(`${file} as framescope YAML gives the same hits`, () => {
      const lex = readLexicon(fx(file));
      const back = parseLexicon(lexiconYaml(lex, 'out/converted.yaml'), 'out/converted.yaml');
      expect(back.format).toBe('framescope-yaml');
      const want = hits(lex, text);
      expect(want.length).toBeGreaterThan(0);
      expect(hits(back, text)).toEqual(want);
      // On every text of the others too: the rules travel, not just this text's hits.
      for (const [, other] of cases) expect(hits(back, other)).toEqual(hits(lex, other));
    });
  }
});
