// A Lexicon written as framescope YAML (`lexicon convert`): reading it back gives the same hits.
import { basename, dirname, relative } from 'node:path';
import { stringify } from 'yaml';
import { DEFAULT_NEGATION } from './formats/framescope-yaml.ts';
import type { Lexicon, LexiconEntry } from './types.ts';

const RULE_KEYS: [keyof LexiconEntry, string][] = [
  ['except', 'except'], ['notAfter', 'not_after'], ['notBefore', 'not_before'], ['within', 'within'],
  ['pos', 'pos'], ['requires', 'requires'], ['notWith', 'not_with'], ['unless', 'unless'],
];

/** An entry as a plain string when that reads back the same, else as a mapping naming its form. */
function entryYaml(e: LexiconEntry): unknown {
  const rules = RULE_KEYS.filter(([k]) => e[k] !== undefined);
  if (e.kind !== 'lemma' && !e.caseSensitive && !e.anyChar && e.note === undefined && rules.length === 0) return e.pattern;
  const form = e.kind === 'lemma' ? 'lemma' : e.anyChar ? 'glob' : e.kind === 'word' ? 'word' : 'phrase';
  return {
    [form]: e.pattern,
    ...(e.caseSensitive ? { case_sensitive: true } : {}),
    ...(e.note === undefined ? {} : { note: e.note }),
    ...Object.fromEntries(rules.map(([k, key]) => [key, e[k]])),
  };
}

/** framescope YAML for a lexicon read from any format; `out` is where it will be written (the negation file is named relative to it). */
export function lexiconYaml(lex: Lexicon, out: string): string {
  const groups = new Set(lex.categories.map((c) => c.group ?? ''));
  const joins = new Set(lex.categories.map((c) => c.joinExpressions !== false));
  if (groups.size > 1 || joins.size > 1) throw new Error(`${lex.file}: its categories count by different rules (several lexicons combined?): convert one lexicon at a time`);
  const doc = {
    name: lex.name,
    version: lex.version,
    ...(lex.description === undefined ? {} : { description: lex.description }),
    ...(lex.validation === undefined ? {} : { validation: lex.validation }),
    ...(lex.negation.file === DEFAULT_NEGATION ? {} : { negation: relative(dirname(out), lex.negation.file) }),
    ...(groups.has('') ? {} : { nested_scope: 'lexicon' }),
    ...(joins.has(true) ? {} : { join_expressions: false }),
    categories: Object.fromEntries(lex.categories.map((c) => [c.id, { label: c.label, definition: c.definition, entries: c.entries.map(entryYaml) }])),
  };
  // The file's name, not its path: the same dictionary converted anywhere gives the same bytes.
  const head = `# Converted by framescope from ${basename(lex.file)} (${lex.format ?? 'framescope-yaml'}, sha256 ${lex.sha256}).\n`;
  return head + stringify(doc, { lineWidth: 0 });
}
