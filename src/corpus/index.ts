// The corpus stage: reading a corpus folder into cleaned, fingerprinted documents with metadata.
export { CorpusError, KNOWN_FIELDS, type Document, type Rejection } from './document.ts';
export { openCorpus, compareCodePoints, documentId, isDocumentPath, METADATA_FILE, type Corpus } from './open.ts';
export { fileContext, loadDocument, loadFile, releaseFileContexts, type FileContext, type LoadResult } from './load.ts';
export { cleanText, joinBlock, WRAP_MAX, type CleanResult } from './clean.ts';
export {
  readBoilerplateRules, parseBoilerplateRules, DEFAULT_BOILERPLATE, NO_BOILERPLATE,
  type BoilerplateRules, type BoilerplateRule, type RulePlace,
} from './boilerplate.ts';
export { parseMetadataCsv, splitFrontMatter, isIsoDate, type MetadataRow, type MetadataTable, type FrontMatter, type FrontMatterResult } from './metadata.ts';
