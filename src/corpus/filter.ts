// --filter field=value: a subset of a corpus chosen by its metadata.csv, before anything is read.
import { documentId, METADATA_FILE, type Corpus } from './open.ts';

export interface Filter { field: string; value: string }

export class FilterError extends Error {}

/** Parses `field=value`; the value may hold '=' and is compared exactly. */
export function parseFilter(raw: string): Filter {
  const at = raw.indexOf('=');
  if (at <= 0) throw new FilterError(`--filter takes field=value, got '${raw}'`);
  return { field: raw.slice(0, at).trim(), value: raw.slice(at + 1).trim() };
}

/**
 * Keeps the files whose metadata.csv row matches every filtered field (one of the values, when a field is
 * given more than once); returns how many were left out. Fields come from metadata.csv only: a file's
 * front matter is not read until it is analysed.
 */
export function filterCorpus(corpus: Corpus, filters: readonly Filter[]): number {
  if (filters.length === 0) return 0;
  const wanted = new Map<string, Set<string>>();
  for (const f of filters) (wanted.get(f.field) ?? wanted.set(f.field, new Set()).get(f.field)!).add(f.value);
  for (const field of wanted.keys()) {
    if (field !== 'id' && !corpus.metadataFields.includes(field)) {
      throw new FilterError(`--filter ${field}: not a column of ${corpus.dir}/${METADATA_FILE} (columns: ${corpus.metadataFields.join(', ') || 'no metadata.csv'})`);
    }
  }
  const before = corpus.files.length;
  corpus.files = corpus.files.filter((file) => {
    const id = documentId(file);
    const row = corpus.metadata.get(id)?.fields ?? {};
    for (const [field, values] of wanted) if (!values.has(field === 'id' ? id : (row[field] ?? '').trim())) return false;
    return true;
  });
  return before - corpus.files.length;
}
