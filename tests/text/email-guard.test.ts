// The guard on wink's email pattern: the same matches and splits as the pattern itself, and emails still read as emails.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { Mulberry32 } from '../../src/stats/random.ts';
import { EmailRegExp, isEmailPattern } from '../../src/text/nlp.ts';
import { tokenize } from '../../src/text/index.ts';

const model = JSON.parse(readFileSync('node_modules/wink-eng-lite-web-model/dist/languages/cur/models/eng-core-web-model.json', 'utf8')) as { trex: { rtc: [string, string, number][]; ltc: [string, string, number][] } };
const emailPatterns = [...model.trex.rtc, ...model.trex.ltc].filter(([source]) => isEmailPattern(source));

describe("wink's email pattern, guarded", () => {
  it('is found in the model: the search pattern and the whole-token one', () => {
    expect(emailPatterns.length).toBe(2);
  });

  it('matches and splits 3,000 random strings exactly as the pattern itself', () => {
    const rng = new Mulberry32(20261202);
    const alphabet = 'ab1.-_@x9 Z+';
    for (const [source, flags] of emailPatterns) {
      let withAt = 0;
      for (let k = 0; k < 1500; k++) {
        const n = 1 + Math.floor(rng.next() * 30);
        let s = '';
        for (let i = 0; i < n; i++) s += alphabet[Math.floor(rng.next() * alphabet.length)];
        if (s.includes('@')) withAt++;
        const plain = new RegExp(source, flags);
        const guarded = new EmailRegExp(source, flags);
        expect(s.match(guarded), s).toEqual(s.match(plain));
        expect(s.split(guarded), s).toEqual(s.split(plain));
        expect(guarded.test(s), s).toBe(new RegExp(source, flags).test(s));
      }
      // both kinds of string occur: the guard's two branches are both compared
      expect(withAt).toBeGreaterThan(300);
      expect(withAt).toBeLessThan(1400);
    }
  });

  it('leaves emails to wink: they are still one token of type email', () => {
    const t = tokenize('Write to press@state.gov or x1y2@z.org today.').tokens;
    expect(t.filter((x) => x.type === 'email').map((x) => x.text)).toEqual(['press@state.gov', 'x1y2@z.org']);
    // a long run of letters and digits is one word, as before (and now read in linear time)
    const long = tokenize(`${'x1'.repeat(20000)} end.`).tokens;
    expect(long.map((x) => x.type)).toEqual(['word', 'word', 'punctuation']);
  });
});
