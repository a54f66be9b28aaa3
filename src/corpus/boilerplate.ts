// Boilerplate rules: data (lexicons/boilerplate.yaml) saying which feed lines to strip, read once and compiled once.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { isMap, isScalar, isSeq, type Node, type Pair } from 'yaml';
import { parseLocatedYaml } from '../formats/yaml.ts';
import { CorpusError } from './document.ts';

/** Where a rule may strip a line: the leading run of lines, the trailing run, or any line. */
export type RulePlace = 'head' | 'tail' | 'anywhere';

export interface BoilerplateRule {
  name: string;
  description: string;
  where: RulePlace;
  /** Only among the first (head) / last (tail) `within` non-blank lines; undefined = no limit. */
  within?: number;
  /** The regex as written in the file (it must match the whole trimmed line). */
  match: string;
  ignoreCase: boolean;
  /** Compiled once: `^(?:match)$` with the `u` flag (and `i` if ignore_case). */
  pattern: RegExp;
  /** Line of the rule in the rules file. */
  line: number;
}

export interface BoilerplateRules {
  file: string;
  /** sha256 hex of the rules file bytes, for provenance. */
  sha256: string;
  rules: BoilerplateRule[];
}

/** Absolute path of the bundled rules file. */
export const DEFAULT_BOILERPLATE: string = fileURLToPath(new URL('../../lexicons/boilerplate.yaml', import.meta.url));

/** No rules: cleaning without stripping anything. */
export const NO_BOILERPLATE: BoilerplateRules = { file: '(none)', sha256: parseLocatedYaml('').sha256, rules: [] };

const TOP_KEYS = ['version', 'description', 'rules'];
const RULE_KEYS = ['name', 'description', 'where', 'within', 'match', 'ignore_case'];
const PLACES: RulePlace[] = ['head', 'tail', 'anywhere'];
const RULE_NAME = /^[a-z0-9]+(?:[-_][a-z0-9]+)*$/;

/** Reads and compiles a rules file; throws CorpusError naming the file and line on bad YAML, unknown key or bad regex. */
export function readBoilerplateRules(file: string): BoilerplateRules {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    throw new CorpusError(`boilerplate rules file not found: ${file}`);
  }
  return parseBoilerplateRules(bytes, file);
}

/** Parses rules YAML (bytes or text); `file` is used in error messages and kept in the result. */
export function parseBoilerplateRules(source: Uint8Array | string, file: string): BoilerplateRules {
  const { doc, sha256, lineOf, error } = parseLocatedYaml(source);
  const fail = (node: Node | null | undefined, detail: string): never => {
    throw new CorpusError(`${file} line ${lineOf(node)}: ${detail}`);
  };
  if (error) throw new CorpusError(`${file} line ${error.line}: invalid YAML: ${error.message}`);
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'a rules file must be a mapping with a `rules:` list');
  const top = pairsByKey(root.items as Pair[], TOP_KEYS, 'top level', fail);
  const list = top.get('rules')?.value as Node | null | undefined;
  if (!isSeq(list)) return fail(list ?? root, '`rules:` must be a list of rules');

  const rules: BoilerplateRule[] = [];
  const seen = new Map<string, number>();
  for (const item of list.items as Node[]) {
    if (!isMap(item)) return fail(item, 'each rule must be a mapping with name, description, where and match');
    const fields = pairsByKey(item.items as Pair[], RULE_KEYS, 'rule', fail);
    const str = (key: string): string => {
      const pair = fields.get(key);
      if (!pair) return fail(item, `rule is missing \`${key}\``);
      const v = pair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') return fail(v ?? (pair.key as Node), `\`${key}\` must be a non-empty text`);
      return v.value;
    };
    const name = str('name');
    if (!RULE_NAME.test(name)) fail(fields.get('name')!.value as Node, `rule name ${JSON.stringify(name)} must be lower-case words joined by - or _`);
    const first = seen.get(name);
    if (first !== undefined) fail(item, `duplicate rule name ${JSON.stringify(name)} (first at line ${first})`);
    const description = str('description');
    const where = str('where') as RulePlace;
    if (!PLACES.includes(where)) fail(fields.get('where')!.value as Node, `where must be one of ${PLACES.join(', ')}, not ${JSON.stringify(where)}`);
    let within: number | undefined;
    const withinPair = fields.get('within');
    if (withinPair) {
      const v = withinPair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 1) return fail(v ?? (withinPair.key as Node), '`within` must be a whole number of lines, 1 or more');
      if (where === 'anywhere') fail(withinPair.key as Node, '`within` only applies to head or tail rules');
      within = v.value;
    }
    let ignoreCase = false;
    const icPair = fields.get('ignore_case');
    if (icPair) {
      const v = icPair.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'boolean') return fail(v ?? (icPair.key as Node), '`ignore_case` must be true or false');
      ignoreCase = v.value;
    }
    const match = str('match');
    let pattern: RegExp;
    try {
      // Anchored so a rule strips a line only when the whole line is boilerplate, never because a fragment matched.
      pattern = new RegExp(`^(?:${match})$`, ignoreCase ? 'iu' : 'u');
    } catch (e) {
      return fail(fields.get('match')!.value as Node, `bad regex in rule ${name}: ${(e as Error).message}`);
    }
    if (pattern.test('')) fail(fields.get('match')!.value as Node, `rule ${name} matches an empty line; it must match some text`);
    const line = lineOf(item);
    seen.set(name, line);
    rules.push({ name, description, where, ...(within === undefined ? {} : { within }), match, ignoreCase, pattern, line });
  }
  return { file, sha256, rules };
}

type Fail = (node: Node | null | undefined, detail: string) => never;

/** The pairs of a mapping by key name; an unknown key is an error naming the allowed ones. */
function pairsByKey(items: Pair[], allowed: string[], where: string, fail: Fail): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const pair of items) {
    const keyNode = pair.key as Node;
    const key = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!allowed.includes(key)) fail(keyNode, `unknown key ${JSON.stringify(key)} in ${where} (expected ${allowed.join(', ')})`);
    out.set(key, pair);
  }
  return out;
}
