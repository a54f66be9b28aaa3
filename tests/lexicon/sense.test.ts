// Sense rules, one expression one count, and the negation model, each on a constructed sentence that a wrong rule miscounts.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { compileLexicon, LexiconError, matchTokens, parseLexicon, readLexicon } from '../../src/lexicon/index.ts';
import { readNegationModel } from '../../src/lexicon/negation.ts';
import { tokenize } from '../../src/text/index.ts';

function lexicon(entries: Record<string, string[]>): ReturnType<typeof compileLexicon> {
  const cats = Object.entries(entries).map(([id, es]) => `  ${id}:\n    label: ${id}\n    definition: test\n    entries:\n${es.map((e) => `      - ${e}`).join('\n')}`);
  return compileLexicon(parseLexicon(`name: t\nversion: "1"\ncategories:\n${cats.join('\n')}\n`, 'test.yaml'));
}

/** Hits as `category:covered text[:neg cue]`. */
function hits(lex: ReturnType<typeof compileLexicon>, text: string): string[] {
  const { tokens } = tokenize(text);
  return matchTokens(lex, tokens).map((m) => `${m.category}:${text.slice(tokens[m.tokenStart]!.start, tokens[m.tokenEnd - 1]!.end)}${m.negated ? `:neg ${m.negationCue}` : ''}`);
}

describe('sense rules', () => {
  it('except phrases cancel the entry wherever it stands in them', () => {
    const lex = lexicon({ h: ['{ word: humanitarian, except: [international humanitarian law, humanitarian cooperation] }'], s: ['{ phrase: "blockade*", except: [blockade of Leningrad, Leningrad blockade] }'] });
    expect(hits(lex, 'They violated international humanitarian law.')).toEqual([]);
    expect(hits(lex, 'We discussed humanitarian cooperation and humanitarian aid.')).toEqual(['h:humanitarian']);
    expect(hits(lex, 'The Leningrad blockade lasted long; the blockade of Leningrad ended; the blockade of Cuba goes on.')).toEqual(['s:blockade']);
  });

  it('not_after and not_before look `within` tokens of the same sentence, by form or lemma', () => {
    const lex = lexicon({ t: ['{ word: terrorism, not_after: [counter, combat], within: 3 }'], s: ['{ phrase: "sovereign*", not_before: [asset, fund], within: 2 }'] });
    expect(hits(lex, 'We will counter international terrorism. Terrorism struck Moscow.')).toEqual(['t:Terrorism']);
    // "combat" is four tokens before: outside the reach of 3
    expect(hits(lex, 'They combat the spread of terrorism.')).toEqual(['t:terrorism']);
    expect(hits(lex, 'Russian sovereign assets and a sovereign wealth fund; a sovereign state.')).toEqual(['s:sovereign']);
  });

  it('pos restricts the last token of the hit by part of speech', () => {
    const lex = lexicon({ c: ['{ lemma: sanction, pos: [NOUN] }'] });
    expect(hits(lex, 'The sanctions hurt.')).toEqual(['c:sanctions']);
    // wink tags the verb here as VERB: the permission sense of "sanction" is not counted
    expect(hits(lex, 'The council will sanction the plan.')).toEqual([]);
  });

  it('requires and not_with test the whole sentence', () => {
    const lex = lexicon({ s: ['{ lemma: designate, requires: [sanction, treasury] }', '{ word: brutal, not_with: [wehrmacht, "1943"] }'] });
    expect(hits(lex, 'Treasury designated five companies.')).toEqual(['s:designated']);
    expect(hits(lex, 'He was designated head of the team.')).toEqual([]);
    expect(hits(lex, 'In 1943 the Wehrmacht fought a brutal battle. It was a brutal crackdown.')).toEqual(['s:brutal']);
  });

  it('a gap (...) spans up to three tokens of one sentence', () => {
    const lex = lexicon({ b: ['"Russia\'s ... invasion"'] });
    expect(hits(lex, "Russia's brutal, unprovoked invasion began. Russia's invasion too.")).toEqual(["b:Russia's brutal, unprovoked invasion", "b:Russia's invasion"]);
    expect(hits(lex, "Russia's long and very costly invasion.")).toEqual([]);
  });

  it('one expression counts once: names joined by a slash, a parenthesis or a hyphen, or touching', () => {
    const lex = lexicon({ t: ['ISIS', 'Daesh'], l: ['{ word: UN, case_sensitive: true }', 'General Assembly'] });
    expect(hits(lex, 'Daesh/ISIS and ISIS (Daesh) attacked; ISIS and Daesh are one.')).toEqual(['t:Daesh/ISIS', 't:ISIS (Daesh', 't:ISIS', 't:Daesh']);
    expect(hits(lex, 'The UN General Assembly voted.')).toEqual(['l:UN General Assembly']);
  });

  it('refuses malformed sense rules with file and line', () => {
    const bad = (entry: string) => () => parseLexicon(`name: t\nversion: "1"\ncategories:\n  a:\n    label: a\n    definition: d\n    entries:\n      - ${entry}\n`, 'bad.yaml');
    expect(bad('{ word: war, pos: [NOUNS] }')).toThrow(/bad\.yaml:8: .*pos: unknown tag NOUNS/);
    expect(bad('{ word: war, within: 2 }')).toThrow(/bad\.yaml:8: .*within goes with not_after or not_before/);
    expect(bad('{ word: war, not_after: ["two words"] }')).toThrow(/bad\.yaml:8: .*not_after: each item must be one word/);
    expect(bad('{ word: war, except: [war of words, peace talks] }')).toThrow(/bad\.yaml:8: .*except "peace talks" must contain "war"/);
    expect(bad('"... war"')).toThrow(/bad\.yaml:8: .*a gap \(\.\.\.\) must stand between words/);
    expect(bad('{ word: war, not_with: [] }')).toThrow(/bad\.yaml:8: .*not_with must be a non-empty list/);
  });
});

describe('negation model (lexicons/negation.yaml)', () => {
  const lex = compileLexicon(readLexicon('lexicons/framing.yaml'));
  const neg = (text: string) => hits(lex, text).filter((h) => h.includes(':neg'));

  it('negates a marker the text denies', () => {
    expect(neg('The strikes were not illegal.')).toEqual(['illegality:illegal:neg not']);
    expect(neg('There are no sanctions.')).toEqual(['sanctions_coercion:sanctions:neg no']);
    expect(neg('Russia did not invade Ukraine.')).toEqual(['aggression_escalation:invade:neg not']);
    expect(neg('There is no evidence of war crimes.')).toEqual(['illegality:war crimes:neg no']);
    expect(neg("They don't commit war crimes.")).toEqual(["illegality:war crimes:neg n't"]);
  });

  it('does not negate through verbs of failure, opaque verbs, clause boundaries or another marker', () => {
    expect(neg('The PRC has failed to condemn Russian war crimes.')).toEqual([]);
    expect(neg("No one should forget that 141 countries voted to condemn Russia's aggression.")).toEqual([]);
    expect(neg('I will not even dwell on the sanctions of Western countries.')).toEqual([]);
    expect(neg('We will not tolerate aggression.')).toEqual([]);
    expect(neg('Nobody can deny the aggression.')).toEqual([]);
    expect(neg('It was not a violation of international law.')).toEqual(['illegality:violation:neg not']);
    expect(neg('They did not come, but the sanctions stayed.')).toEqual([]);
  });

  it('knows pseudo-negations and the end of its window', () => {
    expect(neg('It is not only illegal but immoral.')).toEqual([]);
    expect(neg('No fewer than 40 civilians were killed.')).toEqual([]);
    expect(neg('It was harsh, if not brutal.')).toEqual([]);
    expect(neg('There is no doubt this is aggression.')).toEqual([]);
    // "not" is the eighth token before the marker, outside the window of 6; at six it counts
    expect(neg('This is not what the many observers of this case call illegal.')).toEqual([]);
    expect(neg('This is not what observers call illegal.')).toEqual(['illegality:illegal:neg not']);
  });

  it('reads short scare quotes as a cited and rejected label', () => {
    expect(neg('They labelled peaceful groups as “extremist,” and banned them.')).toEqual(['terrorism_extremism:extremist:neg quotes']);
    expect(neg('They call remembrance "Kremlin propaganda".')).toEqual(['disinformation:propaganda:neg quotes']);
    expect(neg('The article “Russia is using monuments to peddle propaganda” appeared.')).toEqual([]);
  });

  it('refuses a malformed model with file and line', () => {
    const dir = mkdtempSync(join(tmpdir(), 'framescope-negation-'));
    const file = join(dir, 'n.yaml');
    writeFileSync(file, 'name: n\nversion: "1"\nwindow: 0\ncues: [not]\nstops: [","]\n');
    expect(() => readNegationModel(file)).toThrow(LexiconError);
    expect(() => readNegationModel(file)).toThrow(/n\.yaml:3: window must be a whole number from 1 to 20/);
    writeFileSync(file, 'name: n\nversion: "1"\nwindow: 4\ncues: [not]\nstops: [","]\nnot_cues: [fail, not]\n');
    expect(() => readNegationModel(file)).toThrow(/n\.yaml:6: not_cues: not is also a cue/);
    writeFileSync(file, 'name: n\nversion: "1"\nwindow: 4\ncues: [not]\nstops: [","]\nscope: 3\n');
    expect(() => readNegationModel(file)).toThrow(/n\.yaml:6: unknown key "scope"/);
  });
});

describe('anchoring of globs in later tokens', () => {
  it('matches a glob token as a whole token, wherever it stands in the phrase', () => {
    // An unanchored /standard\S*/ would find "standard" inside "substandard"; anchored, only tokens that start with it count.
    const lex = lexicon({ m: ['"double standard*"', '"*phobic"'] });
    expect(hits(lex, 'They apply double standards. It was a double substandard deal.')).toEqual(['m:double standards']);
    expect(hits(lex, 'Russophobic and phobics.')).toEqual(['m:Russophobic']);
  });

  it('compares case-sensitive entries as written, in every token', () => {
    const lex = lexicon({ w: ['{ phrase: Collective West, case_sensitive: true }'] });
    expect(hits(lex, 'The Collective West met; the collective west did not.')).toEqual(['w:Collective West']);
  });
});
