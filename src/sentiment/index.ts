// The sentence sentiment scorers: the built-ins registered by name (src/sentiment/registry.ts).
import { afinnScorer } from './afinn.ts';
import { registerScorer, registeredScorers } from './registry.ts';
import { vaderScorer } from './vader.ts';
import { winkScorer } from './wink.ts';

export type { Polarity, Scorer, SentenceInput } from './scorer.ts';
export { polarity } from './scorer.ts';
export { afinnScorer, afinnSum } from './afinn.ts';
export { vaderPolarityScores, vaderScorer, type VaderScores } from './vader.ts';
export { winkScorer } from './wink.ts';
export { registerScorer, registeredScorers, scorersByName, unregisterScorer } from './registry.ts';

for (const s of [winkScorer, afinnScorer, vaderScorer]) if (!registeredScorers().some((r) => r.name === s.name)) registerScorer(s);

/** The built-in scorers, the default of --sentiment. */
export const DEFAULT_SCORERS: readonly string[] = ['wink', 'afinn', 'vader'];
