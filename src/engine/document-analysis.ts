// The result of analysing one document: plain, serialisable data (workers, caches and shards pass it around).

export interface HitRecord {
  sentence: number;
  /** character offsets into the cleaned text, end exclusive */
  start: number;
  end: number;
  category: string;
  /** the lexicon entry as written in the lexicon */
  entry: string;
  /** the text as written in the document */
  matched: string;
  negated: boolean;
  /** the negation cue as written, or '' */
  negationCue: string;
  left: string;
  right: string;
}

export interface SentenceRecord {
  index: number;
  start: number;
  end: number;
  text: string;
  nWords: number;
  /** one value per score column of the chosen scorers, e.g. { wink: 0.2, vader_compound: -0.3, ... } */
  scores: Record<string, number>;
  /** framing categories with at least one hit in the sentence, sorted */
  categories: string[];
  negatedHit: boolean;
  /** per category of the sentence: the scores of the sentence with that category's marker tokens left out */
  unmarked?: Record<string, Record<string, number>>;
}

export interface DocumentAnalysis {
  id: string;
  path: string;
  meta: Record<string, string>;
  fingerprint: string;
  boilerplateLines: number;
  nWords: number;
  nSentences: number;
  /** the script of most of the text's letters (src/corpus/script.ts) */
  script: string;
  /** its words look like another language than English (src/text/language.ts) */
  notEnglish: boolean;
  hits: HitRecord[];
  sentences: SentenceRecord[];
  /** lowercase word-form frequencies (word tokens only) */
  words: Record<string, number>;
  /** lemma frequencies (word tokens only) */
  lemmas: Record<string, number>;
  /** lowercase word forms tagged as proper nouns (wink-nlp PROPN), with how often */
  names: Record<string, number>;
  /** per category: word-form frequencies of the words within the collocation window of its hits */
  collocates: Record<string, Record<string, number>>;
}

// A cache entry or a shard line is data from disk: its shape is checked before any of it is used.
type Check = (x: unknown) => boolean;
const isString: Check = (x) => typeof x === 'string';
const isNumber: Check = (x) => typeof x === 'number';
const isBoolean: Check = (x) => typeof x === 'boolean';
const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const arrayOf = (item: Check): Check => (x) => Array.isArray(x) && x.every(item);
const recordOf = (value: Check): Check => (x) => isObject(x) && Object.values(x).every(value);
const counts = recordOf(isNumber);

/** Fields and their checks; `?` marks an optional field. */
function shape(fields: Record<string, Check>): Check {
  return (x) => isObject(x) && Object.entries(fields).every(([k, check]) => {
    const optional = k.endsWith('?');
    const v = x[optional ? k.slice(0, -1) : k];
    return (optional && v === undefined) || check(v);
  });
}

const HIT = shape({
  sentence: isNumber, start: isNumber, end: isNumber, category: isString, entry: isString, matched: isString,
  negated: isBoolean, negationCue: isString, left: isString, right: isString,
});
const SENTENCE = shape({
  index: isNumber, start: isNumber, end: isNumber, text: isString, nWords: isNumber, scores: counts,
  categories: arrayOf(isString), negatedHit: isBoolean, 'unmarked?': recordOf(counts),
});
const TEXT_FIELDS: Record<string, Check> = {
  fingerprint: isString, boilerplateLines: isNumber, nWords: isNumber, nSentences: isNumber, script: isString, notEnglish: isBoolean,
  hits: arrayOf(HIT), sentences: arrayOf(SENTENCE), words: counts, lemmas: counts, names: counts, collocates: recordOf(counts),
};

/** The first field of `x` that does not have the shape of a DocumentAnalysis (without id, path and meta when `textOnly`), or null. */
export function analysisShapeProblem(x: unknown, textOnly = false): string | null {
  if (!isObject(x)) return 'not a JSON object';
  const fields: Record<string, Check> = textOnly ? TEXT_FIELDS : { id: isString, path: isString, meta: recordOf(isString), ...TEXT_FIELDS };
  for (const [k, check] of Object.entries(fields)) if (!check(x[k])) return `field "${k}" missing or of the wrong type`;
  return null;
}
