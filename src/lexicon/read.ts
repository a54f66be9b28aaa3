// Reading a framing lexicon from YAML, with the file and line of every problem (format: src/lexicon/README.md).
import { readFileSync } from 'node:fs';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseLocatedYaml } from '../formats/yaml.ts';
import { globMatches, isGlobToken, splitLemmaPattern, splitPattern } from './pattern.ts';
import { LexiconError, type EntryKind, type Lexicon, type LexiconCategory, type LexiconEntry } from './types.ts';

const TOP_KEYS = ['name', 'version', 'description', 'categories'];
const CATEGORY_KEYS = ['label', 'definition', 'entries'];
const ENTRY_KEYS = ['word', 'phrase', 'lemma', 'case_sensitive', 'note', 'except'];
const FORM_KEYS = ['word', 'phrase', 'lemma'];
const CATEGORY_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

/** Reads and validates a lexicon file; throws LexiconError naming the file and line. */
export function readLexicon(file: string): Lexicon {
  return parseLexicon(readFileSync(file), file);
}

/** Parses lexicon YAML (bytes or text); `file` is used in error messages and kept in the result. */
export function parseLexicon(source: Uint8Array | string, file: string): Lexicon {
  const { doc, sha256, lineOf, error } = parseLocatedYaml(source);
  const fail = (node: Node | null | undefined, detail: string): never => {
    throw new LexiconError(file, lineOf(node), detail);
  };
  if (error) throw new LexiconError(file, error.line, `invalid YAML: ${error.message}`);
  const root = doc.contents;
  if (!isMap(root)) return fail(root, 'a lexicon must be a mapping with name, version, description and categories');

  const top = keyedPairs(root, TOP_KEYS, 'top-level', fail);
  const name = requireString(top, 'name', root, 'lexicon', fail);
  const version = requireString(top, 'version', root, 'lexicon', fail);
  const description = top.has('description') ? requireString(top, 'description', root, 'lexicon', fail) : undefined;
  const catsPair = top.get('categories');
  if (!catsPair) return fail(root, 'lexicon: missing categories');
  const catsNode = catsPair.value as Node | null;
  if (!isMap(catsNode) || catsNode.items.length === 0) return fail((catsNode ?? catsPair.key) as Node, 'categories must be a non-empty mapping of category id to { label, definition, entries }');

  const categories: LexiconCategory[] = [];
  for (const pair of catsNode.items) {
    const keyNode = pair.key as Node;
    const id = isScalar(keyNode) ? String(keyNode.value) : '';
    if (!CATEGORY_ID.test(id)) fail(keyNode, `category id ${JSON.stringify(id)} must be snake_case (a-z, 0-9, _)`);
    const body = pair.value as Node | null;
    if (!isMap(body)) return fail(body ?? keyNode, `category ${id} must be a mapping with label, definition and entries`);
    const fields = keyedPairs(body, CATEGORY_KEYS, `category ${id}`, fail);
    const label = requireString(fields, 'label', keyNode, `category ${id}`, fail);
    const definition = requireString(fields, 'definition', keyNode, `category ${id}`, fail);
    const entriesPair = fields.get('entries');
    if (!entriesPair) return fail(keyNode, `category ${id}: missing entries`);
    const list = entriesPair.value as Node | null;
    if (!isSeq(list) || list.items.length === 0) return fail((list ?? entriesPair.key) as Node, `category ${id}: entries must be a non-empty list`);

    const entries: LexiconEntry[] = [];
    const seen = new Map<string, number>();
    for (const item of list.items as Node[]) {
      const { entry, form } = readEntry(item, id, lineOf(item), fail);
      const first = seen.get(form);
      if (first !== undefined) fail(item, `duplicate entry ${JSON.stringify(entry.pattern)} in category ${id} (first at line ${first})`);
      seen.set(form, entry.line);
      entries.push(entry);
    }
    categories.push({ id, label, definition, line: lineOf(keyNode), entries });
  }
  return { file, name, version, ...(description === undefined ? {} : { description }), sha256, categories };
}

type Fail = (node: Node | null | undefined, detail: string) => never;

/** The pairs of a mapping by key name; an unknown key is an error. */
function keyedPairs(map: YAMLMap, allowed: string[], where: string, fail: Fail): Map<string, Pair> {
  const out = new Map<string, Pair>();
  for (const pair of map.items) {
    const key = isScalar(pair.key) ? String(pair.key.value) : '';
    if (!allowed.includes(key)) fail(pair.key as Node, `${where}: unknown key ${JSON.stringify(key)} (expected ${allowed.join(', ')})`);
    out.set(key, pair);
  }
  return out;
}

function requireString(pairs: Map<string, Pair>, key: string, owner: Node, where: string, fail: Fail): string {
  const pair = pairs.get(key);
  if (!pair) return fail(owner, `${where}: missing ${key}`);
  const node = pair.value as Node | null;
  if (!isScalar(node) || typeof node.value !== 'string') {
    return fail(node ?? (pair.key as Node), `${where}: ${key} must be a string${key === 'version' ? ' (quote it: "1.0")' : ''}`);
  }
  if (node.value.trim() === '') return fail(node, `${where}: ${key} is empty`);
  return node.value;
}

/**
 * One entry and its duplicate key. Two entries of a category are duplicates when they have the same
 * tokens (lowercased unless case-sensitive), both are lemma entries or both are not, and the same case rule.
 */
function readEntry(item: Node, category: string, line: number, fail: Fail): { entry: LexiconEntry; form: string } {
  let pattern: string;
  let formKey: string;
  let caseSensitive = false;
  let note: string | undefined;
  let exceptNodes: Node[] = [];
  if (isScalar(item)) {
    if (item.value === null || item.value === '') fail(item, `category ${category}: empty pattern`);
    if (typeof item.value !== 'string') fail(item, `category ${category}: entry ${String(item.value)} is not text (quote it)`);
    pattern = item.value as string;
    formKey = 'plain';
  } else if (isMap(item)) {
    const fields = keyedPairs(item, ENTRY_KEYS, `category ${category} entry`, fail);
    const forms = FORM_KEYS.filter((k) => fields.has(k));
    if (forms.length !== 1) fail(item, `category ${category}: an entry mapping needs exactly one of ${FORM_KEYS.join(', ')}`);
    formKey = forms[0]!;
    const valueNode = fields.get(formKey)!.value as Node | null;
    if (!isScalar(valueNode) || valueNode.value === null || valueNode.value === '') return fail(valueNode ?? item, `category ${category}: empty pattern`);
    if (typeof valueNode.value !== 'string') return fail(valueNode, `category ${category}: ${formKey} ${String(valueNode.value)} is not text (quote it)`);
    pattern = valueNode.value;
    const cs = fields.get('case_sensitive');
    if (cs) {
      const v = cs.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'boolean') fail(v ?? item, `category ${category}: case_sensitive must be true or false`);
      caseSensitive = (v as { value: boolean }).value;
      if (caseSensitive && formKey === 'lemma') fail(v, `category ${category}: lemma entries cannot be case_sensitive (lemmas are lowercase)`);
    }
    const n = fields.get('note');
    if (n) {
      const v = n.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'string' || v.value.trim() === '') fail(v ?? item, `category ${category}: note must be non-empty text`);
      note = (v as { value: string }).value;
    }
    const ex = fields.get('except');
    if (ex) {
      const v = ex.value as Node | null;
      if (!isSeq(v) || v.items.length === 0) return fail(v ?? item, `category ${category}: except must be a non-empty list of phrases`);
      if (formKey === 'lemma') fail(v, `category ${category}: except is for word and phrase entries, not lemma entries`);
      exceptNodes = v.items as Node[];
    }
  } else {
    return fail(item, `category ${category}: an entry is a string or a mapping like { lemma: sanction }`);
  }

  let tokens: string[];
  let kind: EntryKind;
  try {
    if (formKey === 'lemma') {
      tokens = splitLemmaPattern(pattern);
      kind = 'lemma';
    } else {
      tokens = splitPattern(pattern);
      kind = tokens.some(isGlobToken) ? 'glob' : tokens.length === 1 ? 'word' : 'phrase';
      if (formKey === 'word' && tokens.length > 1) {
        throw new Error(`word ${JSON.stringify(pattern)} is ${tokens.length} tokens (${tokens.join(' | ')}); write it as a phrase`);
      }
    }
  } catch (err) {
    return fail(item, `category ${category}: ${(err as Error).message}`);
  }
  const except: string[] = [];
  for (const node of exceptNodes) {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') fail(node, `category ${category}: an except item must be a phrase`);
    const phrase = (node as { value: string }).value;
    try {
      if (!beginsWith(splitPattern(phrase), tokens, caseSensitive)) {
        throw new Error(`except ${JSON.stringify(phrase)} must begin with ${JSON.stringify(pattern)} and be longer`);
      }
    } catch (err) {
      return fail(node, `category ${category}: ${(err as Error).message}`);
    }
    except.push(phrase);
  }
  const shown = tokens.join(' ');
  const form = `${kind === 'lemma' ? 'lemma' : 'form'}|${caseSensitive ? 'cs' : 'ci'}|${caseSensitive ? shown : shown.toLowerCase()}`;
  const entry: LexiconEntry = {
    pattern,
    kind,
    caseSensitive,
    line,
    ...(note === undefined ? {} : { note }),
    ...(except.length === 0 ? {} : { except }),
  };
  return { entry, form };
}

/** Whether `longer` is longer than `entry` and starts with its tokens (a glob token matches as in documents). */
function beginsWith(longer: string[], entry: string[], caseSensitive: boolean): boolean {
  if (longer.length <= entry.length) return false;
  return entry.every((tok, k) => {
    const other = longer[k]!;
    if (isGlobToken(tok)) return globMatches(tok, other, caseSensitive);
    return caseSensitive ? tok === other : tok.toLowerCase() === other.toLowerCase();
  });
}
