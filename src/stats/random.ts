// Seeded pseudo-random numbers for reproducible resampling.
// mulberry32: Tommy Ettinger's 32-bit generator (2017, public domain), in the JavaScript form
// popularised by bryc's "PRNGs" notes: one 32-bit state, period 2^32, floats in [0, 1) with
// 32-bit resolution. Good enough for bootstrap draws; not for cryptography.

// Ettinger (2017), Mulberry32; JavaScript version as in github.com/bryc/code/blob/master/jshash/PRNGs.md.
const INCREMENT = 0x6d2b79f5;

/** Mulberry32's output for a state (after its increment), as an unsigned 32-bit integer. */
function mix(a: number): number {
  let t = Math.imul(a ^ (a >>> 15), a | 1);
  t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
  return (t ^ (t >>> 14)) >>> 0;
}

/** A mulberry32 stream: next() gives the floats mulberry32(seed) gives, in the same order. */
export class Mulberry32 {
  private a: number;
  constructor(seed: number) {
    this.a = seed >>> 0;
  }
  next(): number {
    this.a = (this.a + INCREMENT) >>> 0;
    return mix(this.a) / 4294967296;
  }
  /** Draws n indexes floor(next() * m) and counts them into `counts`: the same draws, without a call per draw. */
  countDraws(counts: Int32Array, n: number, m: number): void {
    let a = this.a;
    for (let d = 0; d < n; d++) {
      a = (a + INCREMENT) >>> 0;
      counts[Math.floor((mix(a) / 4294967296) * m)]!++;
    }
    this.a = a;
  }
}

/** A generator of floats in [0, 1); the same seed always gives the same sequence. */
export function mulberry32(seed: number): () => number {
  const stream = new Mulberry32(seed);
  return () => stream.next();
}

// splitmix32-style mixing (Steele, Lea & Flood 2014, "Fast splittable pseudorandom number generators"): one seed per stream.
/** The seed of stream `index` of a run seeded with `seed`: streams are independent, and each is the same wherever it is drawn. */
export function streamSeed(seed: number, index: number): number {
  let z = (seed + Math.imul(index + 1, 0x9e3779b9)) >>> 0;
  z = Math.imul(z ^ (z >>> 16), 0x85ebca6b) >>> 0;
  z = Math.imul(z ^ (z >>> 13), 0xc2b2ae35) >>> 0;
  return (z ^ (z >>> 16)) >>> 0;
}
