export { readLexicon, parseLexicon } from './read.ts';
export { compileLexicon } from './compile.ts';
export { matchTokens } from './match.ts';
export { LexiconError } from './types.ts';
export type { Lexicon, LexiconCategory, LexiconEntry, EntryKind } from './types.ts';
export type { CompiledLexicon, CompiledEntry, CompiledCategory, TokenTest } from './compile.ts';
export type { Match } from './match.ts';
