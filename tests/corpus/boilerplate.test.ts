import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { cleanText, CorpusError, DEFAULT_BOILERPLATE, parseBoilerplateRules, readBoilerplateRules } from '../../src/corpus/index.ts';

const rulesDir = fileURLToPath(new URL('../fixtures/corpus/rules/', import.meta.url));
const SEED = fileURLToPath(new URL('../../corpus/interagency-hq-syria-2021-11-16.txt', import.meta.url));
const defaults = readBoilerplateRules(DEFAULT_BOILERPLATE);
const rule = (name: string) => defaults.rules.find((r) => r.name === name)!;

describe('readBoilerplateRules', () => {
  it('reads the bundled rules file', () => {
    expect(existsSync(DEFAULT_BOILERPLATE)).toBe(true);
    expect(defaults.rules.map((r) => [r.name, r.where])).toEqual([
      ['milosi-sponsor', 'head'], ['milosi-translation-region', 'head'], ['milosi-pager', 'tail'], ['milosi-editors-note', 'tail'], ['milosi-footer', 'tail'],
    ]);
    expect(defaults.sha256).toMatch(/^[0-9a-f]{64}$/);
  });

  const errors: [string, RegExp][] = [
    ['bad-yaml.yaml', /bad-yaml\.yaml line 8: invalid YAML/],
    ['unknown-key.yaml', /unknown-key\.yaml line 9: unknown key "regex"/],
    ['bad-regex.yaml', /bad-regex\.yaml line 5: bad regex in rule a/],
    ['bad-where.yaml', /bad-where\.yaml line 4: where must be one of head, tail, anywhere/],
  ];
  it.each(errors)('%s is a CorpusError naming file and line', (file, message) => {
    expect(() => readBoilerplateRules(rulesDir + file)).toThrow(CorpusError);
    expect(() => readBoilerplateRules(rulesDir + file)).toThrow(message);
  });

  it('refuses a rule that matches an empty line, and a duplicate rule name', () => {
    const r = (match: string, name2 = 'b') => `rules:\n  - name: a\n    description: d\n    where: head\n    match: 'x'\n  - name: ${name2}\n    description: d\n    where: tail\n    match: '${match}'\n`;
    expect(() => parseBoilerplateRules(r('.*'), 'r.yaml')).toThrow(/r\.yaml line 9: rule b matches an empty line/);
    expect(() => parseBoilerplateRules(r('y', 'a'), 'r.yaml')).toThrow(/r\.yaml line 6: duplicate rule name "a" \(first at line 2\)/);
  });
});

describe('MIL OSI rules on the seed', () => {
  const raw = readFileSync(SEED, 'utf8');
  const cleaned = cleanText(raw, defaults);

  it('starts with the first title line and ends with the signature', () => {
    expect(cleaned.text.startsWith('interagency coordination headquarters\n\nRussian Federation and Syrian Arab Republic\n\n')).toBe(true);
    expect(cleaned.text.endsWith('Minister of Municipal Administration and Environment of the Syrian Arab Republic\n\nH. Mahluf')).toBe(true);
  });

  it('strips the five feed lines counted by hand: 2 header lines, pager, editor’s note, footer', () => {
    expect(cleaned.boilerplateLines).toBe(5);
    expect(cleaned.byRule).toEqual({ 'milosi-sponsor': 1, 'milosi-translation-region': 1, 'milosi-pager': 1, 'milosi-editors-note': 1, 'milosi-footer': 1 });
    for (const gone of ['Post sponsored by', 'MIL OSI Translation', '1 2 3 4 5', 'EDITOR’S NOTE', 'MIL OSI Russia News']) expect(cleaned.text).not.toContain(gone);
  });

  it('keeps the other 30 of the 35 non-blank lines, each as its own paragraph', () => {
    const lines = raw.split('\n').filter((l) => l.trim() !== '');
    expect(lines).toHaveLength(35);
    expect(cleaned.text.split('\n\n')).toEqual(lines.slice(2, 32));
  });

  it('matches each feed line with exactly its own rule and no content line with any rule', () => {
    const lines = raw.split('\n').map((l) => l.trim()).filter((l) => l !== '');
    const hits = lines.map((l) => defaults.rules.filter((r) => r.pattern.test(l)).map((r) => r.name));
    expect(hits.slice(0, 2)).toEqual([['milosi-sponsor'], ['milosi-translation-region']]);
    expect(hits.slice(32)).toEqual([['milosi-pager'], ['milosi-editors-note'], ['milosi-footer']]);
    expect(hits.slice(2, 32).every((h) => h.length === 0)).toBe(true);
  });
});

describe('rule safety', () => {
  it('takes only ascending page numbers from 1 for a pager', () => {
    const pager = rule('milosi-pager').pattern;
    for (const yes of ['1 2', '1 2 3 4 5', '1  2  3', '1 2 3 4 5 6 7 8 9 10']) expect(pager.test(yes), yes).toBe(true);
    for (const no of ['1', '1 3 5', '2 3 4', '2021 2022', '10 20 30', '1 2 3 4 5 tanks', '1 2 3 4 5 6 7 8 9 10 11', '5 4 3 2 1']) expect(pager.test(no), no).toBe(false);
  });

  it('matches whole lines only: a sentence that contains the words is kept', () => {
    expect(rule('milosi-sponsor').pattern.test('The post sponsored by the ministry was closed.')).toBe(false);
    expect(rule('milosi-footer').pattern.test('According to MIL OSI Russia News, the talks went well.')).toBe(false);
  });

  it('strips head and tail rules only at the edges, not in the middle of a text', () => {
    const out = cleanText('Real first line.\n\nPost sponsored by\n\nMIL OSI Russia News\n\nReal last line.', defaults);
    expect(out.boilerplateLines).toBe(0);
    expect(out.text).toBe('Real first line.\n\nPost sponsored by\n\nMIL OSI Russia News\n\nReal last line.');
  });

  it('stops a head run at `within` lines from the edge', () => {
    const rules = readBoilerplateRules(rulesDir + 'anywhere.yaml');
    const out = cleanText('Post sponsored by\nPost sponsored by\nPost sponsored by\nPost sponsored by\n\nText.', rules);
    expect(out.byRule).toEqual({ sponsor: 3 });
    expect(out.text).toBe('Post sponsored by\n\nText.');
  });

  it('strips an `anywhere` rule in mid-text and leaves a paragraph boundary where the line was', () => {
    const rules = readBoilerplateRules(rulesDir + 'anywhere.yaml');
    const out = cleanText('Paragraph one.\nAdvertisement\nParagraph two.', rules);
    expect(out).toEqual({ text: 'Paragraph one.\n\nParagraph two.', boilerplateLines: 1, byRule: { advert: 1 } });
  });

  it('anchors a rule whose regex is an alternation as a whole: a content line ending in one of its words is kept', () => {
    // `Read more|Ruptly` anchored without grouping would be ^Read more|Ruptly$: any line ending in "Ruptly" or starting
    // with "Read more" would go. Grouped, only a line that is exactly one of them goes.
    const rules = parseBoilerplateRules(['version: 1', 'description: d', 'rules:', '  - name: prompt', '    description: d', '    where: anywhere', "    match: 'Read more|Ruptly'", ''].join('\n'), 'alt.yaml');
    const out = cleanText('Footage was provided by Ruptly\nRead more about the talks in our archive.\nRead more\nRuptly\nEnd.', rules);
    expect(out.boilerplateLines).toBe(2);
    expect(out.text).toBe('Footage was provided by Ruptly\n\nRead more about the talks in our archive.\n\nEnd.');
  });
});
