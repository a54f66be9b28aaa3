// The only module that imports wink-nlp: one model instance per process (loading costs ~0.2 s).
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// sbd, negation, sentiment and pos (pos is needed for lemmas); the costly entity pipes are skipped.
export const PIPES = ['sbd', 'negation', 'sentiment', 'pos'] as const;

const require = createRequire(import.meta.url);

interface WinkCache { lookup(text: string): number[] | null; intrinsicSize(): number }
interface DocData { cache: WinkCache }
interface DocDataMethods {
  _addTokenIfInCache(text: string, precedingSpaces: number, nbsp: unknown): number;
  isLexeme(text: string): number[] | null;
}

/**
 * wink-nlp's cache learns every out-of-vocabulary word it meets, and its tokenizer then consults
 * those learned words, so "Secretary’s" splits into two tokens or stays one depending on the
 * documents read before (3 of the 500 corpus-real documents). Results would depend on document
 * order, worker count and cache state. Before wink-nlp loads, the tokenizer's view of the cache
 * (the doc-data wrapper) is changed to treat learned words as unknown: every document is then
 * tokenized exactly as by a freshly loaded model. The cache itself is left as it is.
 */
function makeTokenizationHistoryFree(): void {
  const wrapperPath = join(dirname(require.resolve('wink-nlp')), 'dd-wrapper.js');
  require(wrapperPath);
  const entry = require.cache[wrapperPath]!;
  const factory = entry.exports as ((data: DocData) => DocDataMethods) & { historyFree?: boolean };
  if (factory.historyFree) return;
  const wrapped = (data: DocData): DocDataMethods => {
    const methods = factory(data);
    const { cache } = data;
    const intrinsic = cache.intrinsicSize();
    const learned = (text: string) => {
      const found = cache.lookup(text);
      return found !== null && found.length === 1 && found[0]! >= intrinsic;
    };
    const addIfInCache = methods._addTokenIfInCache;
    const isLexeme = methods.isLexeme;
    methods._addTokenIfInCache = (text, ps, nbsp) => (learned(text) ? 0 : addIfInCache(text, ps, nbsp));
    methods.isLexeme = (text) => (learned(text) ? null : isLexeme(text));
    return methods;
  };
  (wrapped as typeof factory).historyFree = true;
  entry.exports = wrapped;
}

let instance: WinkMethods | undefined;

export function nlp(): WinkMethods {
  if (!instance) {
    makeTokenizationHistoryFree();
    const winkNLP = require('wink-nlp') as (m: unknown, pipes: string[]) => WinkMethods;
    instance = winkNLP(model, [...PIPES]);
  }
  return instance;
}

// wink-nlp's typings declare these accessors with the wrong result types under strict (STACK.md).
export function accessors() {
  const its = nlp().its;
  return {
    value: its.value as unknown as ItsFunction<string>,
    type: its.type as unknown as ItsFunction<string>,
    lemma: its.lemma as unknown as ItsFunction<string>,
    negationFlag: its.negationFlag as unknown as ItsFunction<boolean>,
    precedingSpaces: its.precedingSpaces as unknown as ItsFunction<string>,
    span: its.span as unknown as ItsFunction<[number, number]>,
    sentiment: its.sentiment as unknown as ItsFunction<number>,
  };
}
