// Issue #22: each option that shapes results must change the table that depends on it, be recorded in manifest.json and change run_fingerprint.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { analyzeOk, BASE_ARGS, cleanUp, expectCell, expectRows, readCsv, readManifest } from './cli.ts';

// The constructed corpus of tables.test.ts (its header comment has the documents, words and hits).
// The base run gives every option explicitly, so a change of default moves neither side of a comparison.
const BASE: Record<string, string> = {
  seed: '20211116', bootstrap: '2000', window: '5', context: '60', 'min-freq': '5', 'keyness-unit': 'word', period: 'month', 'group-by': 'issuer',
};

interface Case {
  option: string;
  value: string;
  /** manifest.json options key and the value it must record */
  key: string;
  recorded: unknown;
  /** tables that must differ from the base run, and some that must not */
  changes: string[];
  same: string[];
  /** what the change must be, worked out by hand */
  check: (base: string, run: string) => void;
}

const ESTIMATES = ['group', 'category', 'n_sentences_with', 'n_documents_with', 'mean_with', 'n_sentences_without', 'mean_without', 'difference'];
const INTERVALS = ['ci_low_with', 'ci_high_with', 'ci_low_without', 'ci_high_without', 'ci_low_difference', 'ci_high_difference'];
const pick = (rows: Record<string, string>[], cols: string[]) => rows.map((r) => cols.map((c) => r[c]));

/**
 * Seed and resample count move intervals, never estimates. The (all) group has five documents, so its bounds fall
 * between many possible resample values and depend on the resamples drawn. The two-document Defence intervals do not:
 * their bounds are resamples of probability 1/4 (d1 twice, d2 twice), whatever the seed or the count.
 */
function intervalsMoved(base: string, run: string): void {
  const b = readCsv(base, 'frame_tone.csv'), r = readCsv(run, 'frame_tone.csv');
  expect(pick(r, ESTIMATES)).toEqual(pick(b, ESTIMATES));
  const all = (rows: Record<string, string>[]) => pick(rows.filter((x) => x.group === '(all)'), INTERVALS);
  expect(all(r)).not.toEqual(all(b));
  const defence = (rows: Record<string, string>[]) => pick(rows.filter((x) => x.group === 'Defence Ministry'), INTERVALS);
  expect(defence(r)).toEqual(defence(b));
  expect(pick(readCsv(run, 'rates_by_group.csv'), ['group', 'category', 'rate_per_1000_words'])).toEqual(pick(readCsv(base, 'rates_by_group.csv'), ['group', 'category', 'rate_per_1000_words']));
}

const COLLOCATION_KEYS = ['category', 'collocate', 'cooccurrence', 'node_freq', 'collocate_freq'];

const CASES: Case[] = [
  {
    option: 'seed', value: '7', key: 'seed', recorded: 7,
    changes: ['frame_tone.csv'], same: ['keyness.csv', 'collocations.csv', 'dispersion.csv', 'hits.csv'],
    check: intervalsMoved,
  },
  {
    option: 'bootstrap', value: '500', key: 'bootstrap', recorded: 500,
    changes: ['frame_tone.csv'], same: ['keyness.csv', 'collocations.csv', 'dispersion.csv', 'hits.csv'],
    check: intervalsMoved,
  },
  {
    option: 'window', value: '1', key: 'window', recorded: 1,
    changes: ['collocations.csv'], same: ['keyness.csv', 'hits.csv', 'rates_by_group.csv', 'frame_tone.csv'],
    check: (base, run) => {
      // One word each side. All eight illegality hits read "the X strike(s)": the 8, strike 7, strikes 1 (below 5).
      // Aid hits: "the aid." (d1, f1) and "the relief." (f1) have only "the" (a full stop is not a word);
      // "the aid and" (d2) and "the relief and" (f1) add "and": the 5, and 2 (below 5).
      // With 5 words, condemn and we (two and three words off) were collocates too.
      expectRows(readCsv(run, 'collocations.csv'), COLLOCATION_KEYS, [
        ['illegality', 'strike', 7, 8, 7], // logDice 14 + log2(14/15) = 13.900464
        ['illegality', 'the', 8, 8, 15], // 14 + log2(16/23) = 13.476438
        ['aid', 'the', 5, 5, 15],
      ], 'collocations.csv --window 1');
      expect(readCsv(base, 'collocations.csv').map((r) => `${r.category} ${r.collocate}`)).toContain('illegality condemn');
    },
  },
  {
    option: 'context', value: '10', key: 'context', recorded: 10,
    changes: ['hits.csv'], same: ['keyness.csv', 'collocations.csv', 'rates_by_group.csv'],
    check: (base, run) => {
      // d1 = "We condemn the illegal strike. We welcome the aid." (50 characters); "illegal" is characters 15..22.
      // 10 characters each side: text[5..15] = "ndemn the ", text[22..32] = " strike. W". With 60: all there is on each side.
      const first = (dir: string) => readCsv(dir, 'hits.csv')[0]!;
      expect([first(run).char_start, first(run).char_end, first(run).left_context, first(run).right_context]).toEqual(['15', '22', 'ndemn the ', ' strike. W']);
      expect([first(base).left_context, first(base).right_context]).toEqual(['We condemn the ', ' strike. We welcome the aid.']);
    },
  },
  {
    option: 'min-freq', value: '2', key: 'min_freq', recorded: 2,
    changes: ['keyness.csv', 'collocations.csv'], same: ['category_keyness.csv', 'dispersion.csv', 'hits.csv'],
    check: (base, run) => {
      // Corpus frequency >= 2: all but "strikes" (1): 13 items in the one comparison of two groups (at 5: we, condemn, the, illegal, strike, welcome).
      const items = (dir: string) => [...new Set(readCsv(dir, 'keyness.csv').map((r) => r.item))].sort();
      expect(items(run)).toEqual(['aid', 'and', 'condemn', 'illegal', 'new', 'peace', 'relief', 'strike', 'talks', 'the', 'unlawful', 'we', 'welcome']);
      expect(items(base)).toEqual(['condemn', 'illegal', 'strike', 'the', 'we', 'welcome']);
      expect(readCsv(run, 'keyness.csv')).toHaveLength(13);
      // Co-occurrence >= 2 (window counts in the collocations comment of tables.test.ts): illegality we 8, condemn 8, the 8, strike 7
      // (strikes 1 out); aid we 5, welcome 5, the 5, and 2, new 2, talks 2 (peace 1 out).
      const pairs = readCsv(run, 'collocations.csv').map((r) => `${r.category} ${r.collocate} ${r.cooccurrence}`).sort();
      expect(pairs).toEqual(['aid and 2', 'aid new 2', 'aid talks 2', 'aid the 5', 'aid we 5', 'aid welcome 5',
        'illegality condemn 8', 'illegality strike 7', 'illegality the 8', 'illegality we 8']);
    },
  },
  {
    option: 'keyness-unit', value: 'lemma', key: 'keyness_unit', recorded: 'lemma',
    changes: ['keyness.csv'], same: ['collocations.csv', 'category_keyness.csv', 'hits.csv'],
    check: (base, run) => {
      // As lemmas, f2's "strikes" joins "strike": Defence 3 of 27, rest 4 + 1 = 5 of 49 (as word forms: 3 and 4).
      // That is the table of "condemn": G2 = 2(3 ln(3/2.842105) + 5 ln(5/5.157895) + 24 ln(24/24.157895) + 44 ln(44/43.842105)) = 0.0151.
      const strike = (dir: string) => readCsv(dir, 'keyness.csv').find((r) => r.comparison === 'Defence Ministry vs Foreign Ministry' && r.item === 'strike')!;
      expect([strike(run).freq_target, strike(run).freq_reference]).toEqual(['3', '5']);
      expectCell(strike(run).g2, 0.0151, 'lemma strike g2');
      expect([strike(base).freq_target, strike(base).freq_reference]).toEqual(['3', '4']);
    },
  },
  {
    option: 'period', value: 'quarter', key: 'period', recorded: 'quarter',
    changes: ['trends.csv'], same: ['keyness.csv', 'rates_by_group.csv', 'frame_tone.csv'],
    check: (base, run) => {
      // Dates: f1 2024-01-15, d1 2024-01-25, f2 2024-02-20, d2 2024-03-10, f3 2024-04-05.
      // Q1 = d1, d2, f1, f2: illegality 1 + 2 + 1 + 2 = 6 hits in 9 + 18 + 25 + 14 = 66 words; Q2 = f3: 2 hits in 10 words.
      const periods = (dir: string) => [...new Set(readCsv(dir, 'trends.csv').map((r) => r.period))];
      expect(periods(run)).toEqual(['2024-Q1', '2024-Q2']);
      expect(periods(base)).toEqual(['2024-01', '2024-02', '2024-03', '2024-04']);
      const all = readCsv(run, 'trends.csv').filter((r) => r.group === '(all)' && r.category === 'illegality');
      expectRows(all, ['period', 'category', 'hits', 'words', 'documents', 'rate_per_1000_words'], [
        ['2024-Q1', 'illegality', 6, 66, 4, 6000 / 66],
        ['2024-Q2', 'illegality', 2, 10, 1, 200],
      ], 'trends.csv --period quarter');
    },
  },
  {
    option: 'group-by', value: 'country', key: 'group_by', recorded: 'country',
    changes: ['rates_by_group.csv', 'keyness.csv', 'category_keyness.csv', 'frame_tone.csv', 'trends.csv'], same: ['collocations.csv', 'dispersion.csv', 'hits.csv'],
    check: (_base, run) => {
      // By country: Aland = d1, f1, f2 (9 + 25 + 14 = 48 words; illegality 1 + 1 + 2 = 4, aid 1 + 3 + 0 = 4);
      // Boria = d2, f3 (18 + 10 = 28 words; illegality 2 + 2 = 4, aid 1 + 0 = 1).
      expectRows(readCsv(run, 'rates_by_group.csv'), ['group', 'category', 'hits', 'words', 'documents', 'documents_with_category', 'rate_per_1000_words'], [
        ['Aland', 'illegality', 4, 48, 3, 3, 4000 / 48],
        ['Aland', 'aid', 4, 48, 3, 2, 4000 / 48],
        ['Boria', 'illegality', 4, 28, 2, 2, 4000 / 28],
        ['Boria', 'aid', 1, 28, 2, 1, 1000 / 28],
      ], 'rates_by_group.csv --group-by country');
      expect([...new Set(readCsv(run, 'keyness.csv').map((r) => r.comparison))]).toEqual(['Aland vs Boria']);
    },
  },
];

function args(over: Record<string, string> = {}): string[] {
  return [...BASE_ARGS, ...Object.entries({ ...BASE, ...over }).flatMap(([k, v]) => [`--${k}`, v])];
}

let base: string;
const runs = new Map<string, string>();

beforeAll(async () => {
  // Nine runs of ~2 s; three at a time.
  const jobs: [string, string[]][] = [['base', args()], ...CASES.map((c) => [c.option, args({ [c.option]: c.value })] as [string, string[]])];
  for (let i = 0; i < jobs.length; i += 3) {
    const batch = jobs.slice(i, i + 3);
    const outs = await Promise.all(batch.map(([, a]) => analyzeOk(a)));
    batch.forEach(([name], k) => runs.set(name, outs[k]!));
  }
  base = runs.get('base')!;
});

afterAll(cleanUp);

const bytes = (dir: string, file: string) => readFileSync(join(dir, file));

describe.each(CASES.map((c) => [`--${c.option} ${c.value}`, c] as const))('%s', (_name, c) => {
  it('is recorded in manifest.json options (the base run records its own value)', () => {
    expect(readManifest(runs.get(c.option)!).options[c.key]).toEqual(c.recorded);
    expect(readManifest(base).options[c.key]).not.toEqual(c.recorded);
  });

  it('changes run_fingerprint', () => {
    expect(readManifest(runs.get(c.option)!).run_fingerprint).not.toBe(readManifest(base).run_fingerprint);
  });

  it(`changes ${c.changes.join(', ')} and leaves ${c.same.join(', ')} alone`, () => {
    const run = runs.get(c.option)!;
    for (const f of c.changes) expect(bytes(run, f).equals(bytes(base, f)), `${f} should differ`).toBe(false);
    for (const f of c.same) expect(bytes(run, f).equals(bytes(base, f)), `${f} should be identical`).toBe(true);
  });

  it('changes it as worked out by hand', () => {
    c.check(base, runs.get(c.option)!);
  });
});

it('records every option above in the base manifest with the value given', () => {
  const o = readManifest(base).options;
  expect([o.seed, o.bootstrap, o.window, o.context, o.min_freq, o.keyness_unit, o.period, o.group_by]).toEqual([20211116, 2000, 5, 60, 5, 'word', 'month', 'issuer']);
});
