// framescope's own lexicon format: YAML with definitions, sense rules and the file and line of every problem (src/lexicon/README.md).
import { existsSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { PROJECT_ROOT } from '../../provenance/versions.ts';
import { readNegationModel } from '../negation.ts';
import { isMap, isScalar, isSeq, type Node, type Pair, type YAMLMap } from 'yaml';
import { parseLocatedYaml } from '../../formats/yaml.ts';
import { globMatches, isGlobToken, primeSplits, splitLemmaPattern, splitPattern } from '../pattern.ts';
import { LexiconError, type EntryKind, type Lexicon, type LexiconCategory, type LexiconEntry } from '../types.ts';
import type { LexiconFormat } from './registry.ts';

const TOP_KEYS = ['name', 'version', 'description', 'validation', 'negation', 'nested_scope', 'join_expressions', 'categories'];
const CATEGORY_KEYS = ['label', 'definition', 'entries'];
const ENTRY_KEYS = ['word', 'phrase', 'lemma', 'glob', 'case_sensitive', 'unless', 'note', 'except', 'not_after', 'not_before', 'within', 'pos', 'requires', 'not_with'];
// wink-nlp's universal part-of-speech tags.
export const POS_TAGS = ['ADJ', 'ADP', 'ADV', 'AUX', 'CCONJ', 'DET', 'INTJ', 'NOUN', 'NUM', 'PART', 'PRON', 'PROPN', 'PUNCT', 'SCONJ', 'SYM', 'VERB', 'X', 'SPACE'];
const FORM_KEYS = ['word', 'phrase', 'lemma', 'glob'];
export const DEFAULT_NEGATION = `${PROJECT_ROOT}lexicons/negation.yaml`;
const CATEGORY_ID = /^[a-z][a-z0-9]*(_[a-z0-9]+)*$/;

// framescope's top-level settings, which hold one value each; a quanteda category holds a list of values.
const SETTING_LINE = /^(name|version|description|validation|negation|nested_scope|join_expressions)[ \t]*:[ \t]*[^\s#[{]/gm;

/**
 * Whether a text is framescope YAML rather than another YAML dictionary. Either a top-level `categories:` with a
 * name, or with a category's own keys under it (a framescope file missing its name is then refused for that, not
 * read as a quanteda dictionary whose categories are "version" and "categories.x.label"); or two of framescope's
 * settings written as single values (`name: …`, `version: …`), so a misspelt `categories:` is refused as an
 * unknown key, not read as a quanteda dictionary whose categories are "name" and "version".
 */
export const isFramescopeYaml = (text: string): boolean =>
  (/^categories\s*:/m.test(text) && (/^name\s*:/m.test(text) || /^\s+(label|definition|entries)\s*:/m.test(text))) ||
  new Set([...text.matchAll(SETTING_LINE)].map((m) => m[1])).size >= 2;

export const framescopeYaml: LexiconFormat = {
  name: 'framescope-yaml',
  description: 'framescope YAML: categories with label, definition, entries and sense rules',
  extensions: ['.yaml', '.yml'],
  detect: isFramescopeYaml,
  read: (source) => parseFramescopeYaml(source.bytes, source.file),
};

/** Parses lexicon YAML (bytes or text); `file` is used in error messages and kept in the result. */
export function parseFramescopeYaml(source: Uint8Array | string, file: string): Lexicon {
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
  const validation = top.has('validation') ? requireString(top, 'validation', root, 'lexicon', fail) : undefined;
  // The negation model is named relative to the lexicon file; without one, the bundled model applies.
  const negationFile = top.has('negation') ? resolve(dirname(file), requireString(top, 'negation', root, 'lexicon', fail)) : DEFAULT_NEGATION;
  if (!existsSync(negationFile)) fail(top.get('negation')?.value as Node, `negation: no such file ${negationFile}`);
  const negation = readNegationModel(negationFile);
  // How imported formats count (src/lexicon/README.md): one count per token in the whole lexicon, hits never joined.
  const scopeNode = top.get('nested_scope')?.value as Node | undefined;
  if (scopeNode !== undefined && !(isScalar(scopeNode) && (scopeNode.value === 'category' || scopeNode.value === 'lexicon'))) fail(scopeNode, 'nested_scope must be category or lexicon');
  const joinNode = top.get('join_expressions')?.value as Node | undefined;
  if (joinNode !== undefined && !(isScalar(joinNode) && typeof joinNode.value === 'boolean')) fail(joinNode, 'join_expressions must be true or false');
  const counting = {
    ...(isScalar(scopeNode) && scopeNode.value === 'lexicon' ? { group: 'lexicon' } : {}),
    ...(isScalar(joinNode) && joinNode.value === false ? { joinExpressions: false } : {}),
  };
  const catsPair = top.get('categories');
  if (!catsPair) return fail(root, 'lexicon: missing categories');
  const catsNode = catsPair.value as Node | null;
  if (!isMap(catsNode) || catsNode.items.length === 0) return fail((catsNode ?? catsPair.key) as Node, 'categories must be a non-empty mapping of category id to { label, definition, entries }');

  // Every entry's pattern split in one go (a big lexicon's cost); the entries are then read, and refused, one by one.
  primeSplits(entryPatterns(catsNode, false), false);
  primeSplits(entryPatterns(catsNode, true), true);
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
    categories.push({ id, label, definition, line: lineOf(keyNode), entries, ...counting });
  }
  return { file, format: 'framescope-yaml', name, version, ...(description === undefined ? {} : { description }), ...(validation === undefined ? {} : { validation }), sha256, categories, negation };
}

type Fail = (node: Node | null | undefined, detail: string) => never;

/** The word and phrase patterns (glob: false) or the `glob:` patterns (true) of well-formed entries, for primeSplits. */
function entryPatterns(cats: YAMLMap, glob: boolean): string[] {
  const out: string[] = [];
  for (const pair of cats.items) {
    const entries = isMap(pair.value) ? pair.value.get('entries') : undefined;
    if (!isSeq(entries)) continue;
    for (const item of entries.items) {
      if (isScalar(item)) {
        if (!glob && typeof item.value === 'string') out.push(item.value);
        continue;
      }
      if (!isMap(item)) continue;
      for (const key of glob ? ['glob'] : ['word', 'phrase']) {
        const value = item.get(key);
        if (typeof value === 'string') out.push(value);
      }
    }
  }
  return out;
}

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
 * tokens (lowercased unless case-sensitive), the same kind among lemma, `glob:` and the rest (a `?` is a
 * wildcard only in `glob:`), and the same case rule.
 */
function readEntry(item: Node, category: string, line: number, fail: Fail): { entry: LexiconEntry; form: string } {
  let pattern: string;
  let formKey: string;
  let caseSensitive = false;
  let note: string | undefined;
  let exceptNodes: Node[] = [];
  let unlessNodes: Node[] = [];
  const context: Pick<LexiconEntry, 'notAfter' | 'notBefore' | 'within' | 'pos' | 'requires' | 'notWith'> = {};
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
      exceptNodes = v.items as Node[];
    }
    const un = fields.get('unless');
    if (un) {
      const v = un.value as Node | null;
      if (!isSeq(v) || v.items.length === 0) return fail(v ?? item, `category ${category}: unless must be a non-empty list of words or globs`);
      unlessNodes = v.items as Node[];
    }
    const words = (key: string): string[] | undefined => {
      const p = fields.get(key);
      if (!p) return undefined;
      const v = p.value as Node | null;
      if (!isSeq(v) || v.items.length === 0) return fail(v ?? item, `category ${category}: ${key} must be a non-empty list of words`);
      return (v.items as Node[]).map((n) => {
        if (!isScalar(n) || typeof n.value !== 'string' || n.value.trim() === '' || /\s/.test(n.value.trim())) return fail(n, `category ${category}: ${key}: each item must be one word`);
        return n.value.trim().toLowerCase();
      });
    };
    context.notAfter = words('not_after');
    context.notBefore = words('not_before');
    context.requires = words('requires');
    context.notWith = words('not_with');
    const pos = words('pos');
    if (pos) {
      for (const t of pos) if (!POS_TAGS.includes(t.toUpperCase())) fail(fields.get('pos')!.value as Node, `category ${category}: pos: unknown tag ${t.toUpperCase()} (one of ${POS_TAGS.join(', ')})`);
      context.pos = pos.map((t) => t.toUpperCase());
    }
    const w = fields.get('within');
    if (w) {
      const v = w.value as Node | null;
      if (!isScalar(v) || typeof v.value !== 'number' || !Number.isInteger(v.value) || v.value < 1 || v.value > 10) fail(v ?? item, `category ${category}: within must be a whole number from 1 to 10`);
      if (!context.notAfter && !context.notBefore) fail(v, `category ${category}: within goes with not_after or not_before`);
      context.within = (v as { value: number }).value;
    }
  } else {
    return fail(item, `category ${category}: an entry is a string or a mapping like { lemma: sanction }`);
  }

  let tokens: string[];
  let kind: EntryKind;
  // A `glob:` entry reads `?` as one character (quanteda's and the shell's globs); elsewhere `?` is literal.
  const anyChar = formKey === 'glob';
  try {
    if (formKey === 'lemma') {
      tokens = splitLemmaPattern(pattern);
      kind = 'lemma';
    } else {
      tokens = splitPattern(pattern, anyChar);
      kind = tokens.some((t) => isGlobToken(t, anyChar)) ? 'glob' : tokens.length === 1 ? 'word' : 'phrase';
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
      const longer = splitPattern(phrase, anyChar);
      if (kind === 'lemma' ? longer.length <= tokens.length : !contains(longer, tokens, caseSensitive, anyChar)) {
        throw new Error(`except ${JSON.stringify(phrase)} must contain ${JSON.stringify(pattern)} and be longer`);
      }
    } catch (err) {
      return fail(node, `category ${category}: ${(err as Error).message}`);
    }
    except.push(phrase);
  }
  const unless: string[] = [];
  for (const node of unlessNodes) {
    if (!isScalar(node) || typeof node.value !== 'string' || node.value.trim() === '') fail(node, `category ${category}: an unless item must be a word or glob`);
    const word = (node as { value: string }).value.trim();
    if (kind === 'lemma' || tokens.length !== 1) fail(node, `category ${category}: unless goes with one-token word or glob entries`);
    let parts: string[] = [];
    try {
      parts = splitPattern(word, anyChar);
    } catch (err) {
      fail(node, `category ${category}: unless: ${(err as Error).message}`);
    }
    if (parts.length !== 1) fail(node, `category ${category}: unless item ${JSON.stringify(word)} is ${parts.length} tokens; it must be one`);
    unless.push(word);
  }
  const shown = tokens.join(' ');
  const form = `${kind === 'lemma' ? 'lemma' : anyChar ? 'glob' : 'form'}|${caseSensitive ? 'cs' : 'ci'}|${caseSensitive ? shown : shown.toLowerCase()}`;
  const entry: LexiconEntry = {
    pattern,
    kind,
    caseSensitive,
    line,
    ...(note === undefined ? {} : { note }),
    ...(except.length === 0 ? {} : { except }),
    ...(unless.length === 0 ? {} : { unless }),
    ...(anyChar ? { anyChar: true } : {}),
    ...Object.fromEntries(Object.entries(context).filter(([, v]) => v !== undefined)),
  };
  return { entry, form };
}

/** Whether `longer` is longer than `entry` and holds its tokens in a row somewhere (a glob token matches as in documents). */
function contains(longer: string[], entry: string[], caseSensitive: boolean, anyChar: boolean): boolean {
  if (longer.length <= entry.length) return false;
  for (let at = 0; at + entry.length <= longer.length; at++) {
    const here = entry.every((tok, k) => {
      const other = longer[at + k]!;
      if (isGlobToken(tok, anyChar)) return globMatches(tok, other, caseSensitive, anyChar);
      return caseSensitive ? tok === other : tok.toLowerCase() === other.toLowerCase();
    });
    if (here) return true;
  }
  return false;
}
