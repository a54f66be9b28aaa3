// Every sentence's value of each polarity column, in output order, for scorer agreement and the sentiment
// distribution: 8 bytes per sentence and column, the largest per-sentence state of a run (21 MB at 20 M
// words), so a run spools it to a file while documents are folded and reads one column back at a time.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';

const BUFFER_VALUES = 1 << 16;

/** Reads into `bytes` from `position` until it is full or the file ends; returns the bytes read. */
function readFully(fd: number, bytes: Uint8Array, position: number): number {
  let got = 0;
  while (got < bytes.length) {
    const r = readSync(fd, bytes, got, bytes.length - got, position + got);
    if (r === 0) break;
    got += r;
  }
  return got;
}

export class SentenceScores {
  /** sentences pushed */
  n = 0;
  private readonly buffer: Float64Array;
  private used = 0;
  private fd: number | null = null;
  /** in memory when there is no spool file: every pushed buffer, in order */
  private readonly chunks: Float64Array[] = [];
  private disposed = false;

  /** `spool`: the file to write (removed by dispose); null keeps the values in memory. */
  constructor(readonly nCol: number, private readonly spool: string | null) {
    // A whole number of sentences per buffer, so a chunk never splits one.
    this.buffer = new Float64Array(Math.max(1, Math.floor(BUFFER_VALUES / Math.max(1, nCol))) * Math.max(1, nCol));
    if (spool !== null) this.fd = openSync(spool, 'w+');
  }

  /** Appends sentences: `values` holds nCol values per sentence, sentence after sentence. */
  push(values: Float64Array): void {
    if (values.length % Math.max(1, this.nCol) !== 0) throw new Error(`internal error: ${values.length} sentence scores for ${this.nCol} columns`);
    this.n += this.nCol === 0 ? 0 : values.length / this.nCol;
    for (let x = 0; x < values.length; ) {
      const take = Math.min(values.length - x, this.buffer.length - this.used);
      this.buffer.set(values.subarray(x, x + take), this.used);
      this.used += take;
      x += take;
      if (this.used === this.buffer.length) this.flush();
    }
  }

  private flush(): void {
    if (this.used === 0) return;
    const full = this.buffer.subarray(0, this.used);
    if (this.fd === null) this.chunks.push(full.slice());
    else writeSync(this.fd, full);
    this.used = 0;
  }

  /** Column c of every sentence (read back chunk by chunk from the spool: one column in memory, not all). */
  column(c: number): Float64Array {
    const out = new Float64Array(this.n);
    this.each(c, (x, k) => { out[k] = x; });
    return out;
  }

  /** Calls fn with column c of each sentence and the sentence's index, in order, reading the spool chunk by chunk. */
  each(c: number, fn: (value: number, sentence: number) => void): void {
    if (c < 0 || c >= this.nCol) throw new Error(`internal error: no score column ${c} of ${this.nCol}`);
    if (this.disposed) throw new Error('internal error: sentence scores read after dispose');
    this.flush();
    let k = 0;
    const take = (chunk: Float64Array) => { for (let x = c; x < chunk.length; x += this.nCol) fn(chunk[x]!, k++); };
    if (this.fd === null) {
      for (const chunk of this.chunks) take(chunk);
    } else {
      const bytes = new Uint8Array(this.buffer.buffer, this.buffer.byteOffset, this.buffer.byteLength);
      for (let pos = 0; ; ) {
        const got = readFully(this.fd, bytes, pos);
        if (got === 0) break;
        if (got % (8 * this.nCol) !== 0) throw new Error(`${this.spool}: truncated sentence scores`);
        take(this.buffer.subarray(0, got / 8));
        pos += got;
        if (got < bytes.length) break;
      }
      // The buffer was used for reading: nothing is pending in it.
    }
    if (k !== this.n) throw new Error(`internal error: read ${k} sentence scores, expected ${this.n}`);
  }

  /** Closes and removes the spool file (or drops the values kept in memory). */
  dispose(): void {
    this.disposed = true;
    this.chunks.length = 0;
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
      rmSync(this.spool!, { force: true });
    }
  }
}

const RANK_CHUNK = 1 << 16;

/**
 * Columns of n ranks (scorer agreement), each written as it is computed and read back two at a time in
 * chunks: at 20 M words the three rank columns (3.5 MB each) were held at once, at the run's peak. With a
 * file they go to disk (8 bytes a rank, removed by dispose); with null they stay in memory.
 */
export class RankColumns {
  private fd: number | null = null;
  private readonly memory: Float64Array[] = [];
  private columns = 0;
  private readonly a = new Float64Array(RANK_CHUNK);
  private readonly b = new Float64Array(RANK_CHUNK);

  constructor(readonly n: number, private readonly file: string | null) {
    if (file !== null) this.fd = openSync(file, 'w+');
  }

  /** Adds the next column: `fill` calls put(rank) once per sentence, in order. */
  add(fill: (put: (rank: number) => void) => void): number {
    const column = this.columns++;
    if (this.fd === null) {
      const values = new Float64Array(this.n);
      let k = 0;
      fill((x) => { values[k++] = x; });
      if (k !== this.n) throw new Error(`internal error: ${k} ranks for ${this.n} sentences`);
      this.memory.push(values);
      return column;
    }
    const fd = this.fd;
    const buf = this.a;
    let used = 0;
    let written = 0;
    const flush = () => {
      writeSync(fd, buf, 0, used * 8, (column * this.n + written) * 8);
      written += used;
      used = 0;
    };
    fill((x) => {
      buf[used++] = x;
      if (used === buf.length) flush();
    });
    if (used > 0) flush();
    if (written !== this.n) throw new Error(`internal error: ${written} ranks for ${this.n} sentences`);
    return column;
  }

  /** Calls fn with the ranks of columns i and j of each sentence, in order. */
  eachPair(i: number, j: number, fn: (x: number, y: number) => void): void {
    if (this.fd === null) {
      const x = this.memory[i]!, y = this.memory[j]!;
      for (let k = 0; k < this.n; k++) fn(x[k]!, y[k]!);
      return;
    }
    for (let start = 0; start < this.n; start += RANK_CHUNK) {
      const size = Math.min(RANK_CHUNK, this.n - start);
      this.read(i, start, size, this.a);
      this.read(j, start, size, this.b);
      for (let k = 0; k < size; k++) fn(this.a[k]!, this.b[k]!);
    }
  }

  private read(column: number, start: number, size: number, into: Float64Array): void {
    const bytes = new Uint8Array(into.buffer, 0, size * 8);
    if (readFully(this.fd!, bytes, (column * this.n + start) * 8) < bytes.length) throw new Error(`${this.file}: truncated rank column`);
  }

  dispose(): void {
    this.memory.length = 0;
    if (this.fd !== null) {
      closeSync(this.fd);
      this.fd = null;
      rmSync(this.file!, { force: true });
    }
  }
}
