// The one place that knows which sentence scorers exist: the CLI's choices, the codebook's columns and the
// workers' setup are read from here. A new scorer is one file that calls registerScorer (arquero's addFunction).
import type { Scorer } from './scorer.ts';

const registered = new Map<string, Scorer>();
const NAME = /^[a-z][a-z0-9_]*$/;

/**
 * Adds a scorer. Refuses a name that is not a lowercase id, a name already taken (unless `override`), a
 * polarity column that is not one of its columns, and a column another scorer already writes.
 */
export function registerScorer(scorer: Scorer, options: { override?: boolean } = {}): void {
  const { name, columns, polarityColumn } = scorer;
  if (!NAME.test(name)) throw new Error(`scorer name ${JSON.stringify(name)}: a lowercase id (letters, digits, _) is expected`);
  if (registered.has(name) && !options.override) throw new Error(`scorer "${name}" is already registered (pass { override: true } to replace it)`);
  if (!columns.includes(polarityColumn)) throw new Error(`scorer "${name}": polarity column "${polarityColumn}" is not one of its columns (${columns.join(', ')})`);
  for (const c of columns) {
    if (!(c in scorer.describe.columns)) throw new Error(`scorer "${name}": column "${c}" has no description`);
    const owner = [...registered.values()].find((s) => s.name !== name && s.columns.includes(c));
    if (owner) throw new Error(`scorer "${name}": column "${c}" is already written by scorer "${owner.name}"`);
  }
  registered.set(name, scorer);
}

/** Removes a scorer (for tests that register one of their own). */
export function unregisterScorer(name: string): void {
  registered.delete(name);
}

/** Every registered scorer, in the order registered (the built-ins: wink, afinn, vader). */
export function registeredScorers(): Scorer[] {
  return [...registered.values()];
}

/** The scorers with these names, in the order given; throws naming the unknown ones and listing the valid ones. */
export function scorersByName(names: readonly string[]): Scorer[] {
  const unknown = names.filter((n) => !registered.has(n));
  if (unknown.length > 0) {
    const valid = [...registered.keys()].join(', ');
    throw new Error(`Unknown sentiment scorer${unknown.length > 1 ? 's' : ''}: ${unknown.map((n) => JSON.stringify(n)).join(', ')}. Valid scorers: ${valid}.`);
  }
  return names.map((n) => registered.get(n)!);
}
