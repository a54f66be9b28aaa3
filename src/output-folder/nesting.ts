// --out and --corpus must not nest: outputs inside the corpus would be read as documents next time, and a corpus
// inside OUT sits among the files a run replaces.
import { realpathSync } from 'node:fs';
import { basename, dirname, join, resolve, sep } from 'node:path';

/** The real path of `p`, or of its deepest existing ancestor joined with the rest (--out need not exist yet). */
export function realPathOf(p: string): string {
  let at = resolve(p);
  const rest: string[] = [];
  for (;;) {
    try {
      return join(realpathSync(at), ...rest);
    } catch {
      const up = dirname(at);
      if (up === at) return resolve(p);
      rest.unshift(basename(at));
      at = up;
    }
  }
}

const within = (a: string, b: string) => a === b || a.startsWith(b.endsWith(sep) ? b : b + sep);

/** Why OUT and CORPUS cannot be used together, or null when they are apart. */
export function nestingProblem(corpus: string, out: string): string | null {
  const c = realPathOf(corpus);
  const o = realPathOf(out);
  if (o === c) return `--out ${out} is the corpus folder --corpus ${corpus}: a run would write among the documents; choose an --out outside the corpus`;
  if (within(o, c)) return `--out ${out} is inside the corpus folder --corpus ${corpus}: its files would be read as documents next time; choose an --out outside the corpus`;
  if (within(c, o)) return `--corpus ${corpus} is inside the output folder --out ${out}: a run replaces files there; move the corpus or choose another --out`;
  return null;
}
