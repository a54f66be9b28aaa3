import { describe, expect, it } from 'vitest';
import { CorpusState } from '../../src/engine/corpus-state.ts';
import type { DocumentAnalysis } from '../../src/engine/document-analysis.ts';
import { scorerAgreementRows } from '../../src/outputs/scorer-agreement.ts';
import { summarize } from '../../src/engine/summary.ts';

function doc(id: string, scores: Record<string, number>[]): DocumentAnalysis {
  return {
    id, path: `${id}.txt`, meta: { issuer: 'A' }, fingerprint: id, boilerplateLines: 0, nWords: 10 * scores.length,
    nSentences: scores.length, script: 'latin', notEnglish: false, hits: [], words: {}, lemmas: {}, collocates: {}, names: {},
    sentences: scores.map((s, index) => ({ index, start: 0, end: 1, text: 'x', nWords: 10, scores: s, categories: [], negatedHit: false })),
  };
}

describe('scorer agreement on constructed scores with a known rank correlation', () => {
  it('gives rho 1 and full agreement for concordant scorers, rho -1 and none for opposed ones', () => {
    const pol = [
      { scorer: 'wink', column: 'wink' }, { scorer: 'afinn', column: 'afinn' }, { scorer: 'vader', column: 'vader_compound' },
    ];
    const state = new CorpusState([], pol.map((p) => p.column), { groupBy: 'issuer', period: 'month', keynessUnit: 'word', knownFields: ['id', 'issuer'] });
    const cfg = { categoryIds: [], scoreColumns: pol.map((p) => p.column), pol, groupBy: 'issuer', keynessUnit: 'word' as const };
    // wink 0.1..0.4 and afinn 1..4 rise together (all positive); vader falls, all negative.
    state.add(summarize(doc('d1', [{ wink: 0.1, afinn: 1, vader_compound: -0.1 }, { wink: 0.2, afinn: 2, vader_compound: -0.2 }]), cfg, state.counts));
    state.add(summarize(doc('d2', [{ wink: 0.3, afinn: 3, vader_compound: -0.3 }, { wink: 0.4, afinn: 4, vader_compound: -0.4 }]), cfg, state.counts));
    const rows = scorerAgreementRows(state, pol);
    expect(rows.map((r) => [r.scorer_a, r.scorer_b, r.n_sentences, r.spearman_rho, r.polarity_agreement])).toEqual([
      ['wink', 'afinn', 4, 1, 1],
      ['wink', 'vader', 4, -1, 0],
      ['afinn', 'vader', 4, -1, 0],
    ]);
  });
});
