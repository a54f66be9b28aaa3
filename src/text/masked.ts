// wink's sentiment of sentences with some of their tokens blanked out (a frame's own markers: the unmarked tone).
import { sentenceSentiments } from './tokenize.ts';

/**
 * wink's sentiment of each text read alone; a text that wink splits gets the mean of its parts. The texts are read
 * together, a paragraph apart, and where wink runs a sentence across the break the texts it joins are read again
 * alone: "\n\n\n\n" (two breaks around a text that blanking emptied) is no sentence boundary to wink.
 */
export function maskedSentiments(texts: readonly string[]): number[] {
  if (texts.length === 0) return [];
  const read = (list: readonly string[]): (number | null)[] => {
    const regions: [number, number][] = [];
    let joined = '';
    for (const text of list) {
      if (joined !== '') joined += '\n\n';
      // Leading blanks (a marker at the start) would follow the paragraph break and keep wink from seeing it.
      const trimmed = text.trim();
      regions.push([joined.length, joined.length + trimmed.length]);
      joined += trimmed;
    }
    return meansIn(regions, sentenceSentiments(joined));
  };
  return read(texts).map((x, i) => x ?? read([texts[i]!])[0]!);
}

/**
 * The mean sentiment of the sentences within each region of a text (0 without any); null for a region that a
 * sentence runs into or out of. Regions and sentences in order, as character offsets (end exclusive).
 */
function meansIn(regions: readonly [number, number][], found: readonly { start: number; end: number; sentiment: number }[]): (number | null)[] {
  const sums = new Float64Array(regions.length), counts = new Int32Array(regions.length);
  const joined = new Uint8Array(regions.length);
  let k = 0;
  for (const { start, end, sentiment } of found) {
    while (k + 1 < regions.length && regions[k + 1]![0] <= start) k++;
    if (end > regions[k]![1]) {
      for (let j = k; j < regions.length && regions[j]![0] < end; j++) joined[j] = 1;
      continue;
    }
    sums[k]! += sentiment;
    counts[k]!++;
  }
  return Array.from(sums, (sum, i) => (joined[i] ? null : counts[i] === 0 ? 0 : sum / counts[i]!));
}
