// quanteda's YAML dictionaries: category keys at the top, nested keys flattened as quanteda does (`parent.child`), glob values.
import { isMap, isScalar, isSeq, type Node, type YAMLMap } from 'yaml';
import { parseLocatedYaml } from '../../formats/yaml.ts';
import { DictionaryBuilder, type CountingRules } from './imported.ts';
import { isFramescopeYaml } from './framescope-yaml.ts';
import type { LexiconFormat, LexiconSourceText } from './registry.ts';

/** tokens_lookup's defaults: case-insensitive globs (`*` any run, `?` one character), longest match per key. */
const QUANTEDA_RULES: CountingRules = { anyChar: true, oncePerLexicon: false, oneEntryPerWord: false };

export const quantedaYaml: LexiconFormat = {
  name: 'quanteda-yaml',
  description: 'quanteda YAML dictionary: category keys (nested keys flattened to parent.child), glob values',
  extensions: ['.yaml', '.yml'],
  detect: (text) => !isFramescopeYaml(text) && /^[^\s#-][^:]*:/m.test(text),
  read: readQuantedaYaml,
};

function readQuantedaYaml(source: LexiconSourceText) {
  const b = new DictionaryBuilder(source, 'quanteda-yaml', QUANTEDA_RULES);
  const { doc, lineOf, error } = parseLocatedYaml(source.text);
  if (error) b.fail(error.line, `invalid YAML: ${error.message}`);
  const root = doc.contents;
  if (!isMap(root)) return b.fail(lineOf(root), 'a quanteda dictionary is a mapping of category keys to lists of values');
  const walk = (map: YAMLMap, prefix: string): void => {
    for (const pair of map.items) {
      const keyNode = pair.key as Node;
      const key = isScalar(keyNode) ? String(keyNode.value ?? '').trim() : '';
      if (key === '') b.fail(lineOf(keyNode), 'a category with no name');
      const name = prefix === '' ? key : `${prefix}.${key}`;
      const value = pair.value as Node | null;
      if (isMap(value)) {
        walk(value, name);
        continue;
      }
      b.category(name, lineOf(keyNode));
      // A single value may be written without a list.
      const items = isSeq(value) ? (value.items as Node[]) : value === null || (isScalar(value) && value.value === null) ? [] : [value];
      for (const item of items) {
        if (!isScalar(item) || item.value === null || typeof item.value === 'object') b.fail(lineOf(item), `category ${name}: a value must be a word, phrase or glob`);
        b.add(name, String((item as { value: unknown }).value), lineOf(item));
      }
    }
  };
  walk(root, '');
  return b.build();
}
