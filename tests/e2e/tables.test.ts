// Issue #22: the wiring from counts to the cited tables (sizes, "rest", document sizes, interval level) checked against figures worked out by hand.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import { analyzeOk, BASE_ARGS, cleanUp, expectCell, FIXTURES, readCsv, readManifest } from './cli.ts';
import { handComputedTables } from './hand-computed.ts';

/*
The constructed corpus, tests/e2e/fixtures/corpus (one line per document), with tests/e2e/fixtures/lexicon.yaml:
illegality = {illegal, unlawful}, aid = {aid, relief}. AFINN-165 valences used: condemn -2, illegal -3, strike -1,
strikes -1, welcome +2, peace +2 (every other word has none). No negation words, so no hit is negated.

doc issuer            words  sentences: AFINN sum [frames]
d1  Defence Ministry    9    We condemn the illegal strike. -6 [ill] | We welcome the aid. +2 [aid]
d2  Defence Ministry   18    We condemn the illegal strike. -6 [ill] | We condemn the unlawful strike. -3 [ill] |
                             We welcome the aid and new peace talks. +4 [aid]
f1  Foreign Ministry   25    We condemn the illegal strike. -6 [ill] | We welcome the aid. +2 [aid] | We welcome the relief. +2 [aid] |
                             We welcome the peace talks. +4 | We welcome the relief and new talks. +2 [aid]
f2  Foreign Ministry   14    We condemn the unlawful strikes. -3 [ill] | We condemn the illegal strike. -6 [ill] | We welcome the talks. +2
f3  Foreign Ministry   10    We condemn the illegal strike. -6 [ill] | We condemn the unlawful strike. -3 [ill]

Word frequencies (lowercase forms):
          we condemn the illegal strike strikes unlawful welcome aid relief and new peace talks | words
Defence    5    3     5     2      3      0       1        2     2    0     1   1   1     1   |  27
Foreign   10    5    10     3      4      1       2        5     1    2     1   1   1     3   |  49
corpus    15    8    15     5      7      1       3        7     3    2     2   2   2     4   |  76
Hits: illegality d1 1, d2 2, f1 1, f2 2, f3 2 = 8; aid d1 1, d2 1, f1 3 = 5.
Groups differ in size (27 against 49 words), so swapping target and reference, or letting "the rest" include the
target (76 instead of 76 - 27 = 49 words), changes every figure below.
*/

let out: string;

beforeAll(async () => {
  // Every option that shapes these tables is given, so a change of default does not move the figures.
  out = await analyzeOk([...BASE_ARGS, '--min-freq', '5', '--seed', '20211116', '--bootstrap', '2000', '--window', '5', '--period', 'month']);
});

afterAll(cleanUp);

describe('the constructed corpus is read as planned', () => {
  it('has the words, sentences and hits counted by hand', () => {
    const docs = readCsv(out, 'documents.csv');
    expect(docs.map((d) => [d.doc_id, d.issuer, d.n_words, d.n_sentences, d.n_hits])).toEqual([
      ['d1', 'Defence Ministry', '9', '2', '2'],
      ['d2', 'Defence Ministry', '18', '3', '3'],
      ['f1', 'Foreign Ministry', '25', '5', '4'],
      ['f2', 'Foreign Ministry', '14', '3', '2'],
      ['f3', 'Foreign Ministry', '10', '2', '2'],
    ]);
    const m = readManifest(out);
    expect([m.corpus.documents_read, m.corpus.documents_analysed, m.corpus.words, m.corpus.sentences]).toEqual([5, 5, 76, 15]);
    const cats = readCsv(out, 'categories.csv').map((r) => [r.level, r.category, r.entry, r.hits, r.documents]);
    expect(cats).toEqual([
      ['category', 'illegality', '', '8', '5'], ['entry', 'illegality', 'illegal', '5', '5'], ['entry', 'illegality', 'unlawful', '3', '3'],
      ['category', 'aid', '', '5', '3'], ['entry', 'aid', 'aid', '3', '3'], ['entry', 'aid', 'relief', '2', '1'],
    ]);
  });
});


// Keyness, category keyness, dispersion, collocations, rates by group and frame tone: tests/e2e/hand-computed.ts.
handComputedTables((file) => readCsv(out, file));

describe('collocation counts when a word falls in more than one window', () => {
  // tests/e2e/fixtures/overlap: one document, "We condemn the illegal and unlawful strike." (7 words).
  // Two illegality hits, illegal and unlawful, two words apart: "strike" (one occurrence in the corpus) lies in both
  // windows; counted twice, cooccurrence 2 > collocate_freq 1 would make the 2x2 table [[2, 0], [-1, 6]] negative and
  // logDice = 14 + log2(2*2/(2+1)) = 14.415037 exceed its maximum of 14. Each token counts once: cooccurrence 1,
  // logDice = 14 + log2(2*1/(2+1)) = 13.415037.
  let overlap: string;
  beforeAll(async () => {
    overlap = await analyzeOk(['--corpus', join(FIXTURES, 'overlap'), '--lexicon', join(FIXTURES, 'lexicon.yaml'), '--sentiment', 'afinn', '--min-freq', '1']);
  });

  it('has the rows the test below reads: node illegality (2 hits), collocate strike (1 occurrence)', () => {
    const strike = readCsv(overlap, 'collocations.csv').find((r) => r.category === 'illegality' && r.collocate === 'strike');
    expect(strike && [strike.node_freq, strike.collocate_freq, strike.corpus_words]).toEqual(['2', '1', '7']);
    expect([strike!.cooccurrence, strike!.log_dice]).toEqual(['1', '13.415037']);
  });

  it('never counts more co-occurrences than the collocate or the node occurs, so logDice stays <= 14', () => {
    for (const r of readCsv(overlap, 'collocations.csv')) {
      const where = `${r.category} x ${r.collocate}`;
      expect(Number(r.cooccurrence), where).toBeLessThanOrEqual(Math.min(Number(r.node_freq), Number(r.collocate_freq)));
      expect(Number(r.log_dice), where).toBeLessThanOrEqual(14);
    }
  });
});

describe('stop words and proper names (the defaults) leave the keyword and collocate lists, not the sizes', () => {
  // Without --keep-stopwords: "we" and "the" are on lexicons/stopwords.txt (Snowball), so they have no rows; every
  // other item keeps its counts and G2, because the sizes (27 and 49 words) still count every word.
  let plain: string;
  beforeAll(async () => {
    plain = await analyzeOk(BASE_ARGS.filter((a) => a !== '--keep-stopwords' && a !== '--keep-names'));
  });

  it('drops stop words from keyness.csv and collocations.csv and keeps the rest as they were', () => {
    const kept = readCsv(out, 'keyness.csv'), dropped = readCsv(plain, 'keyness.csv');
    for (const w of ['we', 'the']) {
      expect(kept.some((r) => r.item === w), w).toBe(true);
      expect(dropped.some((r) => r.item === w), w).toBe(false);
      expect(readCsv(plain, 'collocations.csv').some((r) => r.collocate === w), w).toBe(false);
    }
    const row = (rows: Record<string, string>[]) => rows.find((r) => r.comparison === 'Defence Ministry vs Foreign Ministry' && r.item === 'condemn')!;
    expect([row(dropped).freq_target, row(dropped).per_million_target, row(dropped).g2]).toEqual([row(kept).freq_target, row(kept).per_million_target, row(kept).g2]);
    expect(readManifest(plain).options).toMatchObject({ keep_stopwords: false, keep_names: false });
  });
});

describe('keyness with three groups (each against the rest) and with --compare (one chosen pair)', () => {
  // --group-by desk: A = d1, d2 (27 words), B = f1, f2 (39), C = f3 (10 words: "We condemn the illegal strike. We condemn the
  // unlawful strike."). strike: A 3, B 2, C 2 (7 in all). C vs rest: a = 2 of 10, b = 7 - 2 = 5 of 76 - 10 = 66 words;
  //   table [[2, 5], [8, 61]]: E = 7*10/76 = 0.921053, 7*66/76 = 6.078947, 69*10/76 = 9.078947, 69*66/76 = 59.921053;
  //   G2 = 2(2 ln(2/0.921053) + 5 ln(5/6.078947) + 8 ln(8/9.078947) + 61 ln(61/59.921053)) = 1.300544 (+: 2/10 > 5/66);
  //   per million 2/10*1e6 = 200000 and 5/66*1e6 = 75757.575758; log ratio log2((2/10)/(5/66)) = 1.400538;
  //   Fightin' Words (alpha_w 7, alpha_0 76): ln(9/77) - ln(12/130) = 0.116..., var 1/9 + 1/12, z = 0.535304.
  // --compare C,A: C 2 of 10 against A 3 of 27: table [[2, 3], [8, 24]], G2 = 0.461467, per million 200000 and 111111.111111.
  let three: string;
  let pair: string;
  beforeAll(async () => {
    three = await analyzeOk([...BASE_ARGS, '--group-by', 'desk']);
    pair = await analyzeOk([...BASE_ARGS, '--group-by', 'desk', '--compare', 'C,A']);
  });

  it('compares each of three groups with the rest, the rest being the corpus minus the group', () => {
    const rows = readCsv(three, 'keyness.csv');
    expect([...new Set(rows.map((r) => r.comparison))]).toEqual(['A vs rest', 'B vs rest', 'C vs rest']);
    const c = rows.find((r) => r.comparison === 'C vs rest' && r.item === 'strike')!;
    expect([c.freq_target, c.freq_reference, c.reference]).toEqual(['2', '5', '(rest)']);
    expectCell(c.per_million_reference, 75757.575758, 'C vs rest strike per million (rest = 66 words)');
    expectCell(c.g2, 1.300544, 'C vs rest strike G2');
    expectCell(c.log_ratio, 1.400538, 'C vs rest strike log ratio');
    expectCell(c.fightin_words_z, 0.535304, 'C vs rest strike z');
  });

  it('--compare C,A gives that one comparison, in that direction, and records it', () => {
    const rows = readCsv(pair, 'keyness.csv');
    expect([...new Set(rows.map((r) => r.comparison))]).toEqual(['C vs A']);
    const s = rows.find((r) => r.item === 'strike')!;
    expect([s.freq_target, s.freq_reference, s.target, s.reference]).toEqual(['2', '3', 'C', 'A']);
    expectCell(s.g2, 0.461467, 'C vs A strike G2');
    expectCell(s.per_million_reference, 111111.111111, 'C vs A strike per million of A');
    expect([...new Set(readCsv(pair, 'category_keyness.csv').map((r) => r.comparison))]).toEqual(['C vs A']);
    expect(readManifest(pair).options.compare).toEqual(['C', 'A']);
  });

  it('refuses a --compare group the grouping does not have, naming the groups', async () => {
    const { analyze } = await import('./cli.ts');
    const r = await analyze([...BASE_ARGS, '--group-by', 'desk', '--compare', 'C,D']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--compare: no group 'D' by desk; the groups are A, B, C");
  });
});
