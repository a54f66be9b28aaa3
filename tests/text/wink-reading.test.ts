// framescope reads documents through a patched wink-nlp (src/text/nlp.ts: learned words hidden, unknown raw tokens
// memoised, vocabulary in a Map, automata on compiled tables). Each text here is also read by wink-nlp as it
// ships, freshly loaded in another process: every token and sentence property must agree.
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { accessors, nlp, PIPES } from '../../src/text/nlp.ts';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));

// Contractions, unknown words (each once: stock wink learns them), a negation, quotes, a URL, numbers, odd spaces.
const MIXED = [
  'Zakharova said Lavrov’s   Blinken-Lavrov talks (Šoigu) were "unacceptable", Secretary’s aide',
  'wrote: https://mid.ru/x?y=1 and press@state.gov at 10:30am; 5km\u00a0Rubio\u2009Kallas can’t Kyiv-bound.',
  '',
  'Nebenzya! We don\'t accept #sanctions @MFA_Russia ¯\\_(ツ)_/¯ U.S.-Russia 2nd 1990s $5bn. It is not illegal, Mr. Smith said.',
  // A pattern wink's negation machine names "0" (ignored), once whole and once across a line feed, which automata skip.
  'We engage not only with governments, but also with ECOWAS. We engage not',
  'only with governments.',
].join('\n');

const READ = `
  const winkNLP = require('wink-nlp'); const model = require('wink-eng-lite-web-model');
  const nlp = winkNLP(model, JSON.parse(process.argv[1])); const its = nlp.its;
  const doc = nlp.readDoc(require('node:fs').readFileSync(0, 'utf8')); const t = doc.tokens();
  process.stdout.write(JSON.stringify({
    value: t.out(its.value), type: t.out(its.type), pos: t.out(its.pos), lemma: t.out(its.lemma),
    negated: t.out(its.negationFlag), spaces: t.out(its.precedingSpaces),
    sentences: doc.sentences().out(its.span), sentiment: doc.sentences().out(its.sentiment),
  }));`;

function stockReading(text: string): Record<string, unknown[]> {
  const r = spawnSync(process.execPath, ['-e', READ, JSON.stringify(PIPES)], { input: text, encoding: 'utf8', cwd: ROOT });
  if (r.status !== 0) throw new Error(r.stderr);
  return JSON.parse(r.stdout) as Record<string, unknown[]>;
}

function ourReading(text: string): Record<string, unknown[]> {
  const its = accessors();
  const pos = nlp().its.pos as unknown as typeof its.value;
  const doc = nlp().readDoc(text);
  const t = doc.tokens();
  return {
    value: t.out(its.value), type: t.out(its.type), pos: t.out(pos), lemma: t.out(its.lemma),
    negated: t.out(its.negationFlag), spaces: t.out(its.precedingSpaces),
    sentences: doc.sentences().out(its.span), sentiment: doc.sentences().out(its.sentiment),
  };
}

describe('the patched reading', () => {
  it('equals stock wink-nlp on a text of contractions, unknown words, negation and odd spacing', () => {
    const stock = stockReading(MIXED);
    expect(ourReading(MIXED)).toEqual(stock);
    // Each path was taken: a contraction, unknown words, a negation, several sentences, non-zero sentiment.
    expect(stock.value).toEqual(expect.arrayContaining(['ca', 'n’t', 'do', "n't", 'Zakharova', 'Nebenzya']));
    expect(stock.negated!.some(Boolean)).toBe(true);
    expect(stock.sentences!.length).toBeGreaterThan(3);
    expect(stock.sentiment!.some((s) => s !== 0)).toBe(true);
  });

  it('equals stock wink-nlp on the founding communiqué', () => {
    const text = readFileSync(new URL('../../corpus/interagency-hq-syria-2021-11-16.txt', import.meta.url), 'utf8');
    const stock = stockReading(text);
    expect(ourReading(text)).toEqual(stock);
    expect(stock.value!.length).toBeGreaterThan(300);
  });
});
