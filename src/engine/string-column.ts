// A corpus-long column of short strings (document ids, fingerprints) held as NUL-joined chunks: one string per
// 1,024 values instead of one each, which saves a header and a pointer a value (~40 bytes at every document).

const CHUNK = 1024;
const SEP = '\u0000';

export class StringColumn {
  private readonly chunks: string[] = [];
  private pending: string[] = [];
  length = 0;

  constructor(private readonly what: string) {}

  push(s: string): void {
    // Paths and hex digests hold no NUL; one that did would split into two values when read back.
    if (s.includes(SEP)) throw new Error(`internal error: ${this.what} ${JSON.stringify(s)} contains a NUL character`);
    this.pending.push(s);
    this.length++;
    if (this.pending.length === CHUNK) {
      this.chunks.push(this.pending.join(SEP));
      this.pending = [];
    }
  }

  clear(): void {
    this.chunks.length = 0;
    this.pending = [];
    this.length = 0;
  }

  /** Every value, in push order. */
  toArray(): string[] {
    const out: string[] = [];
    for (const c of this.chunks) for (const s of c.split(SEP)) out.push(s);
    for (const s of this.pending) out.push(s);
    return out;
  }
}
