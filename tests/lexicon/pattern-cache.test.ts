// Workers compile a dictionary from the main thread's pattern splits (knownSplits -> rememberSplits) instead of
// tokenizing every pattern again: the splits must be the main thread's own, and be used as given.
import { describe, expect, it } from 'vitest';
import { knownSplits, rememberSplits } from '../../src/lexicon/index.ts';
import { splitPattern } from '../../src/lexicon/pattern.ts';

describe('pattern splits shared between threads', () => {
  it('lists each split made, keyed by kind and pattern, and a remembered split is used as given', () => {
    expect(splitPattern("Russia's aggression*")).toEqual(['Russia', "'s", 'aggression*']);
    expect(knownSplits()).toContainEqual(["pRussia's aggression*", ['Russia', "'s", 'aggression*']]);
    // a split remembered from elsewhere wins over tokenizing (here a made-up one, to show it is read)
    rememberSplits([['pdouble standards', ['double', 'standards', 'X']]]);
    expect(splitPattern('double standards')).toEqual(['double', 'standards', 'X']);
    // glob patterns (`?` a wildcard) are kept apart from plain ones
    expect(splitPattern('double standards', true)).toEqual(['double', 'standards']);
  });
});
