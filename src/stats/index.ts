// framescope statistics: pure functions on counts, named as in the literature (see each file's header).
export { logLikelihood, logLikelihoodKeyness, logLikelihood2Term, williamsCorrection } from './loglikelihood.ts';
export { chiSquarePValue, erfc, gammaQ, lnGamma } from './chisquare.ts';
export { benjaminiHochberg } from './multiple.ts';
export { logRatio, percentDiff, PERCENT_DIFF_ZERO } from './effectsize.ts';
export { fightinWords } from './fightinwords.ts';
export type { FightinWordsScore } from './fightinwords.ts';
export { mutualInformation, tScore, logDice, logLikelihoodCollocation } from './association.ts';
export { range, juillandD, griesDP, griesDPnorm } from './dispersion.ts';
export { mulberry32, streamSeed } from './random.ts';
export { percentileSorted } from './quantile.ts';
export { bootstrapMeanCI, bootstrapRatioCI } from './bootstrap.ts';
export type { BootstrapOptions, BootstrapMeanOptions, BootstrapRatioOptions, BootstrapInterval } from './bootstrap.ts';
export { spearmanRho, pearsonOfPairs, averageRanks, averageRankIn, countBeforeNaN } from './correlation.ts';
export { bootstrapRatios, clusterResamples, ratioInterval, differenceInterval, percentileInterval, resampleSums, resampleBlock, resampleBlocks, clusterTotals, sparseClusters, allocateSparseClusters, RESAMPLE_BLOCK } from './ratio-bootstrap.ts';
export type { RatioReplicates, Interval, SparseClusters } from './ratio-bootstrap.ts';
export { cohenKappa, krippendorffAlphaNominal } from './agreement.ts';
export { wilsonInterval, stratifiedProportion } from './proportion.ts';
