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

// Arrays indexed by ids (form ids here, wink's lexeme indexes in tokenize.ts) grow to at least twice their
// length: amortised O(1), and a JS array filled to its length stays dense instead of turning into a dictionary.
const grownLength = (length: number, i: number) => Math.max(1024, i + 1, 2 * length);

/** `a` when it has room for index i, else a larger copy (zero-filled beyond). */
export function withRoomFloat64(a: Float64Array<ArrayBuffer>, i: number): Float64Array<ArrayBuffer> {
  if (i < a.length) return a;
  const next = new Float64Array(grownLength(a.length, i));
  next.set(a);
  return next;
}

/** `a` when it has room for index i, else a larger dense copy (undefined beyond). */
export function withRoom<T>(a: (T | undefined)[], i: number): (T | undefined)[] {
  if (i < a.length) return a;
  const next = new Array<T | undefined>(grownLength(a.length, i)).fill(undefined);
  for (let k = 0; k < a.length; k++) next[k] = a[k];
  return next;
}
