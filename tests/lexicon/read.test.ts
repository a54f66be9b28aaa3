import { describe, expect, it } from 'vitest';
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { LexiconError, readLexicon } from '../../src/lexicon/index.ts';
import { lexiconErrorOf } from './errors.ts';

const fx = (name: string): string => `tests/fixtures/lexicon/${name}`;

const errorOf = (name: string) => lexiconErrorOf(() => readLexicon(fx(name)), `loading ${name}`);

describe('readLexicon', () => {
  it('reads kinds, case rules, notes, except and lines', () => {
    const lex = readLexicon(fx('basic.yaml'));
    expect(lex.name).toBe('test lexicon');
    expect(lex.version).toBe('0.1.0');
    expect(lex.sha256).toBe(createHash('sha256').update(readFileSync(fx('basic.yaml'))).digest('hex'));
    expect(lex.categories.map((c) => c.id)).toEqual(['illegality', 'armed', 'places', 'west', 'sanctions', 'coercion', 'sovereignty']);
    const illegality = lex.categories[0]!;
    expect(illegality.entries).toEqual([
      { pattern: 'illegal', kind: 'word', caseSensitive: false, line: 10 },
      { pattern: 'illegal armed groups', kind: 'phrase', caseSensitive: false, line: 11 },
    ]);
    const west = lex.categories.find((c) => c.id === 'west')!;
    expect(west.entries[0]).toEqual({ pattern: 'West', kind: 'word', caseSensitive: true, line: 27, note: 'the bloc', except: ['West Bank'] });
    const sanctions = lex.categories.find((c) => c.id === 'sanctions')!;
    expect(sanctions.entries[0]!.kind).toBe('lemma');
    const sov = lex.categories.find((c) => c.id === 'sovereignty')!;
    expect(sov.entries.map((e) => e.kind)).toEqual(['glob', 'phrase', 'glob']);
  });

  it('keeps look-alike entries that differ in kind, case rule or category', () => {
    const lex = readLexicon(fx('not-duplicates.yaml'));
    expect(lex.categories[0]!.entries.map((e) => `${e.kind}:${e.pattern}:${e.caseSensitive}`)).toEqual([
      'word:sanction:false',
      'lemma:sanction:false',
      'word:west:false',
      'word:West:true',
    ]);
  });

  // Each line number below was read off the fixture with `grep -n`.
  const cases: [string, number, string][] = [
    ['invalid-yaml.yaml', 8, 'invalid YAML'], // the "[" opened on line 7 is found unclosed at line 8
    ['unknown-top-key.yaml', 3, 'unknown key "author"'],
    ['unknown-category-key.yaml', 7, 'unknown key "examples"'],
    ['unknown-entry-key.yaml', 9, 'unknown key "casesensitive"'],
    ['missing-label.yaml', 8, 'category b: missing label'],
    ['missing-definition.yaml', 4, 'category a: missing definition'],
    ['missing-version.yaml', 2, 'missing version'], // the top-level mapping starts on line 2
    ['version-number.yaml', 2, 'version must be a string'],
    ['empty-pattern.yaml', 9, 'empty pattern'],
    ['no-tokens.yaml', 10, 'has no tokens'],
    ['duplicate.yaml', 10, 'duplicate entry "Illegal" in category illegality (first at line 8)'],
    ['bad-glob.yaml', 9, 'bad glob "illegal *"'],
    ['bad-except.yaml', 12, 'except "East Bank" must contain "West" and be longer'],
    ['lemma-not-base.yaml', 8, 'is not a base form'],
  ];
  for (const [file, line, text] of cases) {
    it(`${file}: line ${line}`, () => {
      const err = errorOf(file);
      expect(err.line).toBe(line);
      expect(err.message.startsWith(`tests/fixtures/lexicon/${file}:${line}: `)).toBe(true);
      expect(err.message).toContain(text);
    });
  }

  it('loads the shipped framing lexicon', () => {
    const lex = readLexicon('lexicons/framing.yaml');
    expect(lex.version).toBe('1.2.0');
    expect(lex.categories.length).toBeGreaterThanOrEqual(10);
    const entries = lex.categories.flatMap((c) => c.entries);
    expect(entries.length).toBeGreaterThanOrEqual(150);
    const has = (cat: string, pattern: string, kind: string, cs = false): boolean =>
      lex.categories.find((c) => c.id === cat)!.entries.some((e) => e.pattern === pattern && e.kind === kind && e.caseSensitive === cs);
    expect(has('sovereignty', 'sovereign*', 'glob')).toBe(true);
    expect(has('illegality', 'illegal', 'word')).toBe(true);
    expect(has('illegality', 'illegal armed groups', 'phrase')).toBe(true);
    expect(has('moral_condemnation', 'hypocrisy', 'word')).toBe(true);
    expect(has('humanitarian_return', 'humanitarian', 'word')).toBe(true);
    expect(has('sanctions_coercion', 'sanction', 'lemma')).toBe(true);
    expect(has('foreign_blame', 'West', 'word', true)).toBe(true);
    expect(has('international_legitimacy', 'international law', 'phrase')).toBe(true);
    expect(has('international_legitimacy', 'UN Charter', 'phrase', true)).toBe(true);
    for (const c of lex.categories) expect(c.definition).toMatch(/Exclude/);
  });
});
