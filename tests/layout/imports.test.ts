// The layout's rules that code can check: src has no import cycle (data flows one way), and one place knows wink-nlp.
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, normalize, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (readdirSync('src', { recursive: true }) as string[]).filter((f) => /\.(ts|mjs)$/.test(f)).map((f) => join('src', f));
const SPECIFIER = /(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm;

/** Each file's imports: relative ones resolved to project paths, bare ones as written. */
function importsOf(file: string): string[] {
  return [...readFileSync(file, 'utf8').matchAll(SPECIFIER)].map((m) => (m[2]!.startsWith('.') ? normalize(join(dirname(file), m[2]!)) : m[2]!));
}

/** The first import cycle found among the files (as a list of files), or null. */
export function findCycle(graph: Map<string, string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (f: string): string[] | null => {
    if (state.get(f) === 'done') return null;
    if (state.get(f) === 'open') return [...stack.slice(stack.indexOf(f)), f];
    state.set(f, 'open');
    stack.push(f);
    for (const g of graph.get(f) ?? []) {
      const c = visit(g);
      if (c) return c;
    }
    stack.pop();
    state.set(f, 'done');
    return null;
  };
  for (const f of graph.keys()) {
    const c = visit(f);
    if (c) return c;
  }
  return null;
}

describe('src/ layout', () => {
  const graph = new Map(files.map((f) => [f, importsOf(f).filter((i) => files.includes(i))]));

  it('finds a cycle when there is one (the check itself)', () => {
    expect(findCycle(new Map([['a', ['b']], ['b', ['c']], ['c', ['a']]]))).toEqual(['a', 'b', 'c', 'a']);
    expect(findCycle(new Map([['a', ['b']], ['b', []], ['c', ['a', 'b']]]))).toBeNull();
  });

  it('has no import cycle, type-only imports included', () => {
    expect(findCycle(graph)).toBeNull();
  });

  it('imports wink-nlp only in src/text/', () => {
    const users = files.filter((f) => importsOf(f).some((i) => i.startsWith('wink-')));
    expect(users.filter((f) => !relative('src/text', f).match(/^[^.]/))).toEqual([]);
    expect(users.length).toBeGreaterThan(0);
  });
});
