// The built-in lexicon readers, registered in the order ambiguous extensions are tried (.yaml: framescope first; .csv: dicx first).
import { registerLexiconFormat } from './registry.ts';
import { framescopeYaml } from './framescope-yaml.ts';
import { liwcDic } from './liwc-dic.ts';
import { liwcDicx } from './liwc-dicx.ts';
import { quantedaYaml } from './quanteda-yaml.ts';
import { lexicoder } from './lexicoder.ts';
import { wordstat } from './wordstat.ts';
import { plainCsv } from './csv.ts';

for (const f of [framescopeYaml, liwcDic, liwcDicx, quantedaYaml, lexicoder, wordstat, plainCsv]) registerLexiconFormat(f);

export { registerLexiconFormat, lexiconFormats, lexiconFormat, formatFor, type LexiconFormat, type LexiconSourceText } from './registry.ts';
export { DictionaryBuilder, safeCategoryId, type CountingRules } from './imported.ts';
