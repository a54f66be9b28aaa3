// Made-up but realistic rows for the chart tests: 12 categories, 11 issuers with long names, a seeded PRNG.
import type {
  ChartContext, EntryRow, FightinWordsRow, FrameToneRow, GroupIntervalRow, GroupRateRow, KeynessRow,
  RateRow, SentimentScoreRow, TrendRow, FrameToneGroupRow,
} from '../../src/charts/types.ts';
import { mulberry32 } from '../../src/stats/random.ts';

export const ctx: ChartContext = {
  corpus: '500 documents, 2021-05-21 to 2026-03-09',
  lexicon: 'framescope framing lexicon 1.0.0',
  run: '3f9c2a7be041',
};

// The project's seeded PRNG, so fixtures are the same on every run.
const rnd = mulberry32(20260309);
const round = (x: number, d = 3) => Math.round(x * 10 ** d) / 10 ** d;

export const CATEGORIES: [string, string][] = [
  ['security_threat', 'Security threat'],
  ['sovereignty', 'Sovereignty and territorial integrity'],
  ['humanitarian', 'Humanitarian concern'],
  ['economic_cost', 'Economic cost and sanctions'],
  ['legality', 'International law and legality'],
  ['victimhood', 'Victimhood'],
  ['blame', 'Attribution of blame'],
  ['cooperation', 'Cooperation and partnership'],
  ['history', 'Historical analogy'],
  ['values', 'Shared values and democracy'],
  ['escalation', 'Escalation risk'],
  ['peace', 'Peace and negotiation'],
];

export const GROUPS = [
  'Ministry of Foreign Affairs of the Russian Federation (Telegram @MFARussia)',
  'U.S. Department of State — Antony J. Blinken, Secretary of State',
  'Foreign, Commonwealth & Development Office (United Kingdom)',
  'Ministry of Foreign Affairs of the People’s Republic of China',
  'Federal Foreign Office of Germany (Auswärtiges Amt)',
  'Ministère de l’Europe et des Affaires étrangères (France)',
  'Ministry of Foreign Affairs of Ukraine',
  'European External Action Service — High Representative',
  'NATO Press Office',
  'United Nations Secretary-General Spokesperson',
  'Ministry of External Affairs, Government of India',
];

export const rates: RateRow[] = CATEGORIES.map(([category, label]) => {
  const hits = Math.round(40 + rnd() * 900);
  return {
    category, label, hits,
    hits_non_negated: Math.round(hits * (0.85 + rnd() * 0.14)),
    documents: Math.round(20 + rnd() * 400),
    rate_per_1000_words: round(hits / 410.5),
  };
});

export const heatmap: GroupRateRow[] = GROUPS.flatMap((group) =>
  CATEGORIES.map(([category, label]) => {
    const words = Math.round(20000 + rnd() * 60000);
    const hits = Math.round(rnd() * rnd() * words * 0.004);
    return { group, category, label, hits, words, rate_per_1000_words: round((hits / words) * 1000) };
  }));

const months: string[] = [];
for (let y = 2021, m = 5; y < 2026 || (y === 2026 && m <= 3); m++) {
  if (m > 12) { m = 1; y++; }
  if (y === 2026 && m > 3) break;
  months.push(`${y}-${String(m).padStart(2, '0')}`);
}
export const MONTHS = months;

export const trends: TrendRow[] = CATEGORIES.flatMap(([category, label], ci) =>
  months.map((period, mi) => {
    const words = Math.round(6000 + rnd() * 8000);
    const base = 0.5 + ci * 0.15 + Math.sin(mi / 6 + ci) * 0.4;
    const hits = Math.max(0, Math.round((base + rnd() * 0.5) * words / 1000));
    // Every 7th month has one or two documents: drawn hollow.
    const documents = mi % 7 === 3 ? 1 + (mi % 2) : 10 + (mi % 5);
    return { period, category, label, hits, words, documents, rate_per_1000_words: round((hits / words) * 1000) };
  }));

/** Trends split by a few groups (3), to exercise the colour + dash + shape encoding. */
export const trendsByGroup: TrendRow[] = GROUPS.slice(0, 3).flatMap((group, gi) =>
  CATEGORIES.slice(0, 6).flatMap(([category, label], ci) =>
    months.filter((_, i) => i % 3 === 0).map((period, mi) => {
      const words = Math.round(3000 + rnd() * 4000);
      const hits = Math.round((0.4 + gi * 0.5 + ci * 0.1 + Math.cos(mi / 3 + gi) * 0.3 + rnd() * 0.3) * words / 1000);
      return { period, category, label, group, hits, words, documents: 5 + gi, rate_per_1000_words: round((hits / words) * 1000) };
    })));

function normal() {
  // Box–Muller transform.
  return Math.sqrt(-2 * Math.log(1 - rnd())) * Math.cos(2 * Math.PI * rnd());
}
export const sentiment_distribution: SentimentScoreRow[] = [
  ...Array.from({ length: 800 }, () => ({ scorer: 'wink', score: round(Math.max(-1, Math.min(1, normal() * 0.3 + 0.05))) })),
  ...Array.from({ length: 800 }, () => ({ scorer: 'afinn', score: Math.round(normal() * 3 + 0.5) })),
  ...Array.from({ length: 800 }, () => ({ scorer: 'vader', score: round(Math.tanh(normal() * 0.6)) })),
];

const SCALES: Record<string, number> = { wink: 0.3, afinn: 3, vader: 0.5 };
export const frame_tone: FrameToneRow[] = ['wink', 'afinn', 'vader'].flatMap((scorer) =>
  CATEGORIES.flatMap(([category, label]) => [true, false].map((with_frame) => {
    const s = SCALES[scorer];
    const mean = round((rnd() - 0.5) * s + (with_frame ? -0.2 * s : 0), 4);
    const half = round(s * (with_frame ? 0.12 + rnd() * 0.1 : 0.04), 4);
    return { category, label, scorer, with_frame, mean, ci_low: round(mean - half, 4), ci_high: round(mean + half, 4), n_sentences: with_frame ? Math.round(50 + rnd() * 400) : Math.round(5000 + rnd() * 3000) };
  })));

const ENTRY_WORDS = ['threat', 'aggression', 'provocation', 'territorial integrity', 'civilian casualties', 'sanctions regime',
  'international law', 'genocide', 'neo-nazi regime', 'strategic partnership', 'historic responsibility', 'rules-based order',
  'nuclear escalation', 'peace talks', 'ceasefire', 'humanitarian corridor', 'illegitimate referendum', 'energy blackmail'];
export const top_entries: EntryRow[] = CATEGORIES.flatMap(([category, label]) =>
  ENTRY_WORDS.slice(0, 8 + Math.floor(rnd() * 10)).map((w) => ({ category, label, entry: `${w}`, hits: Math.round(1 + rnd() * rnd() * 300) })));

const VOCAB = ['sovereignty', 'aggression', 'sanctions', 'partners', 'regime', 'escalation', 'dialogue', 'humanitarian',
  'grain', 'nuclear', 'provocation', 'genocide', 'democracy', 'values', 'ceasefire', 'referendum', 'energy', 'security',
  'architecture', 'multipolar', 'hegemony', 'russophobia', 'accountability', 'tribunal', 'reconstruction', 'solidarity',
  'unprovoked', 'invasion', 'special', 'operation', 'denazification', 'allies', 'deterrence', 'Kyiv', 'Moscow', 'Washington'];
export const keyness: KeynessRow[] = GROUPS.slice(0, 4).flatMap((group) =>
  VOCAB.map((item) => {
    const log_ratio = round((rnd() - 0.5) * 8, 3);
    const g2 = round(Math.abs(log_ratio) * (5 + rnd() * 40), 3);
    return { group, item, log_ratio, g2, p_adjusted: round(Math.min(1, Math.exp(-g2 / 4)), 6), freq_target: Math.round(5 + rnd() * 300), freq_reference: Math.round(5 + rnd() * 900) };
  }));

export const fightin_words: FightinWordsRow[] = GROUPS.slice(0, 2).flatMap((group) =>
  Array.from({ length: 400 }, (_, i) => {
    const freq = Math.round(Math.exp(rnd() * 8)) + 1;
    const z = round(normal() * (0.6 + Math.log10(freq)), 3);
    return { group, item: i < VOCAB.length ? VOCAB[i] : `word${i}`, z, freq };
  }));

export const rates_by_group: GroupIntervalRow[] = heatmap.map((r) => {
  const half = r.hits > 0 ? 1.96 * Math.sqrt(r.hits) / r.words * 1000 : 3.689 / r.words * 1000;
  return {
    group: r.group, category: r.category, label: r.label, rate_per_1000_words: r.rate_per_1000_words,
    ci_low: round(Math.max(0, r.rate_per_1000_words - half)), ci_high: round(r.rate_per_1000_words + half),
    hits: r.hits, documents: Math.round(5 + rnd() * 40),
  };
});

export const frame_tone_by_group: FrameToneGroupRow[] = GROUPS.slice(0, 3).flatMap((group, gi) => ['wink', 'afinn', 'vader'].flatMap((scorer) =>
  CATEGORIES.map(([category, label]) => {
    const s = SCALES[scorer];
    const difference = round((rnd() - 0.7) * s, 4);
    const half = round(s * (0.1 + rnd() * 0.15), 4);
    // The third group uses each frame in one document only: no interval.
    const n_documents_with = gi === 2 ? 1 : Math.round(3 + rnd() * 40);
    return {
      group, category, label, scorer, difference, ci_low: round(difference - half, 4), ci_high: round(difference + half, 4),
      n_sentences_with: n_documents_with * 3, n_documents_with,
    };
  })));
