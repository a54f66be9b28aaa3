// wink's abbreviation test is quadratic in a word's length; words longer than LONG_WORD take a linear test
// (src/text/nlp.ts). Both must give stock wink-nlp's answers.
import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { isAbbreviation, LONG_WORD, nlp, PIPES } from '../../src/text/nlp.ts';
import { mulberry32 } from '../../src/stats/random.ts';
import { tokenize } from '../../src/text/index.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// wink-eng-lite-web-model's own test, as it ships.
const STOCK = /[a-z].*\.$/i;

const READ = `
  const winkNLP = require('wink-nlp'); const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, JSON.parse(process.argv[1])); const its = nlp.its;
  const doc = nlp.readDoc(require('node:fs').readFileSync(0, 'utf8')); const t = doc.tokens();
  process.stdout.write(JSON.stringify({ value: t.out(its.value), type: t.out(its.type), pos: t.out(its.pos),
    abbrev: t.out(its.abbrevFlag), sentences: doc.sentences().out(its.span) }));`;

describe('the abbreviation test of long words', () => {
  it('agrees with the stock RegExp on 20,000 random strings of letters, dots, line breaks and look-alikes', () => {
    const rnd = mulberry32(42);
    const chars = ['a', 'Z', '.', '.', '1', ' ', '\n', '\r', '\u2028', '\u2029', 'ſ', 'K', 'é', '-', '@'];
    let yes = 0;
    for (let i = 0; i < 20_000; i++) {
      const n = Math.floor(rnd() * 12);
      let s = '';
      for (let k = 0; k < n; k++) s += chars[Math.floor(rnd() * chars.length)];
      if (rnd() < 0.5) s += '.';
      const want = STOCK.test(s) ? 1 : 0;
      if (isAbbreviation(s) !== want) expect({ s, got: isAbbreviation(s) }).toEqual({ s, got: want });
      yes += want;
    }
    expect(yes).toBeGreaterThan(1_000);
    expect(yes).toBeLessThan(19_000);
  });

  it('reads words just longer than LONG_WORD as stock wink-nlp does', () => {
    const words = ['x', 'Ab', 'word-', 'q9'].map((w, i) => w.repeat(Math.ceil((LONG_WORD + 10 + i) / w.length)));
    const text = `${words[0]}. Then ${words[1]}.\n${words[2]}. And ${words[3]} Mr. ${words[0]}x. End.`;
    const r = spawnSync(process.execPath, ['-e', READ, JSON.stringify(PIPES)], { input: text, encoding: 'utf8', cwd: ROOT });
    if (r.status !== 0) throw new Error(r.stderr);
    const stock = JSON.parse(r.stdout) as { value: string[]; type: string[]; pos: string[]; abbrev: boolean[]; sentences: unknown[] };
    const ours = tokenize(text);
    expect(ours.tokens.map((t) => t.text)).toEqual(stock.value);
    expect(ours.tokens.map((t) => t.type)).toEqual(stock.type);
    expect(ours.tokens.map((t) => t.pos)).toEqual(stock.pos);
    expect(ours.sentences.length).toBe(stock.sentences.length);
    const its = nlp().its as unknown as Record<string, never>;
    expect(nlp().readDoc(text).tokens().out(its.abbrevFlag)).toEqual(stock.abbrev);
    expect(stock.abbrev.some(Boolean)).toBe(true);
    // Long words were there, so the guarded test was used.
    expect(Math.max(...stock.value.map((v) => v.length))).toBeGreaterThan(LONG_WORD);
  });
});
