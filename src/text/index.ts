export { tokenize, patternTokens, patternTokensMany, sentenceSentiments } from './tokenize.ts';
export { PIPES } from './nlp.ts';
export { maskedSentiments } from './masked.ts';
export { isEnglishCode, looksNotEnglish } from './language.ts';
export type { Token, Sentence, TokenizedText } from './tokens.ts';
export { formId, formText, withRoom, withRoomFloat64 } from './forms.ts';
