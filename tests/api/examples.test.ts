// Every @example in the front door (src/index.ts) runs here, so the documented API cannot drift from the code.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import * as framescope from '../../src/index.ts';

const source = readFileSync('src/index.ts', 'utf8');
/** [the verb the comment documents, the example's code] for every doc comment with an @example. */
const examples = [...source.matchAll(/\/\*\*([\s\S]*?)\*\/\s*export (?:async )?function (\w+)/g)]
  .filter((m) => m[1]!.includes('@example'))
  .map((m) => [m[2]!, m[1]!.split('@example')[1]!.split('\n').map((l) => l.replace(/^\s*\* ?/, '')).join('\n')] as const);

describe('the examples of src/index.ts', () => {
  it('documents every exported function with an example', () => {
    const verbs = [...source.matchAll(/export (?:async )?function (\w+)/g)].map((m) => m[1]);
    expect(examples.map(([name]) => name)).toEqual(verbs);
  });
  for (const [name, code] of examples) {
    it(`${name}`, async () => {
      const names = Object.keys(framescope);
      // The example sees the library's exports and `assert`, as a script importing src/index.ts would.
      const run = new Function('assert', ...names, `return (async () => {\n${code}\n})();`);
      await run(assert, ...names.map((n) => (framescope as Record<string, unknown>)[n]));
    });
  }
});
