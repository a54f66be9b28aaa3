// The bundled stop word list (lexicons/stopwords.txt): read by the keyword tables and by the charts' labels alike.
import { readFileSync } from 'node:fs';
import { sha256 } from '../provenance/hash.ts';
import { PROJECT_ROOT } from '../provenance/versions.ts';

export const STOPWORDS_FILE = `${PROJECT_ROOT}lexicons/stopwords.txt`;

export interface StopWords { file: string; sha256: string; words: Set<string> }

/** One lowercase word a line, # comments. */
export function readStopWords(file = STOPWORDS_FILE): StopWords {
  const bytes = readFileSync(file);
  const words = new Set(bytes.toString('utf8').split('\n').map((l) => l.trim()).filter((l) => l !== '' && !l.startsWith('#')));
  return { file, sha256: sha256(bytes), words };
}
