import { describe, expect, it } from 'vitest';
import * as stats from '../../src/stats/index.ts';

describe('src/stats/index.ts', () => {
  it('re-exports every public function', () => {
    const names = [
      'logLikelihood', 'logLikelihoodKeyness', 'logLikelihood2Term', 'williamsCorrection',
      'chiSquarePValue', 'erfc', 'gammaQ', 'lnGamma', 'benjaminiHochberg', 'logRatio', 'percentDiff',
      'fightinWords', 'mutualInformation', 'tScore', 'logDice', 'logLikelihoodCollocation',
      'range', 'juillandD', 'griesDP', 'griesDPnorm', 'mulberry32', 'percentileSorted',
      'bootstrapMeanCI', 'bootstrapRatioCI', 'spearmanRho', 'averageRanks',
    ];
    for (const name of names) expect(typeof (stats as Record<string, unknown>)[name], name).toBe('function');
    expect(stats.PERCENT_DIFF_ZERO).toBe(1e-18);
  });
});
