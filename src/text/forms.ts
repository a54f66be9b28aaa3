// This thread's table of word forms (lowercase forms and lemmas): each distinct string gets a dense integer id,
// so per-token lookups and counts index arrays instead of hashing strings. Ids are per thread: equal ids mean
// equal strings within one thread, and nothing outside the thread that made them.

const ids = new Map<string, number>();
const forms: string[] = [];

/** The id of a form, given one the first time it is seen. */
export function formId(form: string): number {
  let id = ids.get(form);
  if (id === undefined) {
    id = forms.length;
    forms.push(form);
    ids.set(form, id);
  }
  return id;
}

/** The form of an id made by formId on this thread. */
export function formText(id: number): string {
  const s = forms[id];
  if (s === undefined) throw new Error(`internal error: no word form ${id} on this thread`);
  return s;
}

/** Ids given so far: every id is below this. */
export function formCount(): number {
  return forms.length;
}
