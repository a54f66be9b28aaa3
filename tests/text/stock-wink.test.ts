// The wink-nlp version check and the switch to stock wink-nlp (FRAMESCOPE_STOCK_WINK=1).
import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { TESTED_WINK, winkVersionProblem } from '../../src/text/stock.ts';

/** What a fresh process reports: are wink's automata replaced, does a text read, what the fingerprint records. */
function probe(env: Record<string, string>): { replaced: boolean; tokens: number; wink: string } {
  const script = [
    "import { createRequire } from 'node:module';",
    "import { dirname, join } from 'node:path';",
    "import { tokenize } from './src/text/index.ts';",
    "import { libraryVersions } from './src/provenance/versions.ts';",
    'const tokens = tokenize("They didn\'t comply. Sanctions follow.").tokens.length;',
    'const require = createRequire(import.meta.url);',
    "const entry = require.cache[join(dirname(require.resolve('wink-nlp')), 'automaton.js')];",
    "const replaced = Object.getOwnPropertySymbols(entry.exports).some((s) => s === Symbol.for('framescope.wink-replaced'));",
    "console.log(JSON.stringify({ replaced, tokens, wink: libraryVersions()['wink-nlp'] }));",
  ].join('\n');
  const out = execFileSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { env: { ...process.env, ...env }, encoding: 'utf8' });
  return JSON.parse(out.trim().split('\n').pop()!);
}

describe('wink-nlp versions', () => {
  it('accepts the tested versions and names every other one with what to do', () => {
    expect(winkVersionProblem({ ...TESTED_WINK })).toBeNull();
    const p = winkVersionProblem({ 'wink-nlp': '2.5.0', 'wink-eng-lite-web-model': '1.8.1' });
    expect(p).toContain('wink-nlp 2.5.0 (tested: 2.4.0)');
    expect(p).not.toContain('wink-eng-lite-web-model');
    expect(p).toContain('FRAMESCOPE_STOCK_WINK=1');
    expect(winkVersionProblem({ 'wink-nlp': '2.4.0' })).toContain('wink-eng-lite-web-model (missing) (tested: 1.8.1)');
  });
});

describe('FRAMESCOPE_STOCK_WINK', () => {
  it('replaces wink internals by default, and not when set; the fingerprint says which ran', () => {
    // "They did n't comply . Sanctions follow ." : 8 tokens either way
    const ours = probe({ FRAMESCOPE_STOCK_WINK: '' });
    const stock = probe({ FRAMESCOPE_STOCK_WINK: '1' });
    expect(ours).toEqual({ replaced: true, tokens: 8, wink: '2.4.0' });
    expect(stock).toEqual({ replaced: false, tokens: 8, wink: '2.4.0 (stock, FRAMESCOPE_STOCK_WINK=1)' });
  }, 60_000);
});
