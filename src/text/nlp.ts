// The only module that imports wink-nlp: one model instance per process (loading costs ~0.2 s).
import winkNLP from 'wink-nlp';
import type { ItsFunction, WinkMethods } from 'wink-nlp';
import model from 'wink-eng-lite-web-model';

// sbd, negation, sentiment and pos (pos is needed for lemmas); the costly entity pipes are skipped.
export const PIPES = ['sbd', 'negation', 'sentiment', 'pos'] as const;

let instance: WinkMethods | undefined;

export function nlp(): WinkMethods {
  instance ??= winkNLP(model, [...PIPES]);
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
