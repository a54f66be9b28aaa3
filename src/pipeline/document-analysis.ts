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
