// The sentence sentiment scorers, by name.
import { afinnScorer } from './afinn.ts';
import type { Scorer } from './scorer.ts';
import { vaderScorer } from './vader.ts';
import { winkScorer } from './wink.ts';

export type { Polarity, Scorer, SentenceInput } from './scorer.ts';
export { polarity } from './scorer.ts';
export { afinnScorer, afinnSum } from './afinn.ts';
export { vaderPolarityScores, vaderScorer, type VaderScores } from './vader.ts';
export { winkScorer } from './wink.ts';

export const SCORERS: readonly Scorer[] = [winkScorer, afinnScorer, vaderScorer];

/** The scorers with these names, in the order given; throws naming the unknown ones and listing the valid ones. */
export function scorersByName(names: string[]): Scorer[] {
  const byName = new Map<string, Scorer>(SCORERS.map((s) => [s.name, s]));
  const unknown = names.filter((n) => !byName.has(n));
  if (unknown.length > 0) {
    const valid = SCORERS.map((s) => s.name).join(', ');
    throw new Error(`Unknown sentiment scorer${unknown.length > 1 ? 's' : ''}: ${unknown.map((n) => JSON.stringify(n)).join(', ')}. Valid scorers: ${valid}.`);
  }
  return names.map((n) => byName.get(n) as Scorer);
}
