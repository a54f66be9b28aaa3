// Static checks of the notebooks: format, kernel, cleared outputs, relative imports, outputs folder from the env var.
// Executing them needs Jupyter and the Deno kernel: that is `npm run notebooks`, run from .ci/run.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const dir = resolve(dirname(fileURLToPath(import.meta.url)), '../../notebooks');
const EXPECTED = ['01-overview.ipynb', '02-concordance.ipynb', '03-tone.ipynb', '04-explore.ipynb'];

interface Cell { cell_type: string; id?: string; source: string | string[]; outputs?: unknown[]; execution_count?: number | null; metadata: object }
interface Notebook { nbformat: number; nbformat_minor: number; metadata: { kernelspec?: { name?: string; language?: string } }; cells: Cell[] }

const text = (s: string | string[]) => (Array.isArray(s) ? s.join('') : s);
const load = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8')) as Notebook;
const codeOf = (nb: Notebook) => nb.cells.filter((c) => c.cell_type === 'code').map((c) => text(c.source));
const helper = readFileSync(join(dir, 'outputs.ts'), 'utf8');

/** Module specifiers of static and dynamic imports. */
function specifiers(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom\s+|\bimport\s*\(\s*|^\s*import\s+)(['"])([^'"]+)\1/gm)].map((m) => m[2]);
}

// A quote followed by a root, home or drive path: "/srv/...", '~/...', "C:\...".
const ABSOLUTE_PATH = /['"`](?:\/(?:[A-Za-z]|\.)|~\/|[A-Za-z]:\\)/;

describe('notebooks/', () => {
  it('holds the four notebooks', () => {
    const found = readdirSync(dir).filter((f) => f.endsWith('.ipynb')).sort();
    expect(found).toEqual(EXPECTED);
  });

  describe.each(EXPECTED)('%s', (name) => {
    const nb = load(name);

    it('is nbformat 4 JSON with well-formed cells and unique ids', () => {
      expect(nb.nbformat).toBe(4);
      expect(nb.nbformat_minor).toBeGreaterThanOrEqual(5);
      expect(nb.cells.length).toBeGreaterThan(3);
      for (const cell of nb.cells) {
        expect(['code', 'markdown', 'raw']).toContain(cell.cell_type);
        expect(typeof text(cell.source)).toBe('string');
        expect(typeof cell.metadata).toBe('object');
        expect(cell.id).toMatch(/^[a-zA-Z0-9-_]{1,64}$/); // nbformat 4.5 cell id pattern
      }
      const ids = nb.cells.map((c) => c.id);
      expect(new Set(ids).size).toBe(ids.length);
    });

    it('runs on the deno kernel', () => {
      expect(nb.metadata.kernelspec?.name).toBe('deno');
      expect(nb.metadata.kernelspec?.language).toBe('typescript');
    });

    it('is committed with outputs cleared', () => {
      for (const cell of nb.cells.filter((c) => c.cell_type === 'code')) {
        expect(cell.outputs).toEqual([]);
        expect(cell.execution_count).toBeNull();
      }
    });

    it('opens with a markdown title and explains its tables in markdown', () => {
      expect(nb.cells[0].cell_type).toBe('markdown');
      expect(text(nb.cells[0].source)).toMatch(/^# \S/);
      expect(nb.cells.filter((c) => c.cell_type === 'markdown').length).toBeGreaterThanOrEqual(4);
    });

    it('reads the outputs folder (or, 04-explore, the corpus) through outputs.ts, never from a path of its own', () => {
      const code = codeOf(nb).join('\n');
      expect(code).toMatch(name === '04-explore.ipynb' ? /corpusDir\(\)/ : /outputsDir\(\)/);
      // 04-explore's hits are the run's: its lexicons (npm run notebooks -- --lexicon F), read through outputs.ts
      if (name === '04-explore.ipynb') expect(code).toMatch(/readLexicons\(lexiconFiles\(\)\)[^]*analyze\(documents, \{ lexicon \}\)/);
      expect(code).not.toMatch(/['"`][./]*outputs\//);
      expect(code).not.toMatch(/readFileSync|Deno\.readTextFile|loadCSV/);
    });

    it('has no absolute paths', () => {
      for (const cell of nb.cells) expect(text(cell.source)).not.toMatch(ABSOLUTE_PATH);
    });

    it('imports project files relatively, with .ts extensions, and they exist', () => {
      const local = codeOf(nb).flatMap(specifiers).filter((s) => s.startsWith('.'));
      expect(local.length).toBeGreaterThan(0);
      for (const s of local) {
        expect(s).toMatch(/\.ts$/);
        expect(existsSync(resolve(dir, s)), s).toBe(true);
      }
    });

    it('reaches the library through its front door (src/index.ts), never a single src file', () => {
      const fromSrc = codeOf(nb).flatMap(specifiers).filter((s) => s.includes('src/'));
      expect(fromSrc.filter((s) => s !== '../src/index.ts')).toEqual([]);
    });

    it('ends with the chart count when it shows charts, so the run can check the PNGs', () => {
      const code = codeOf(nb);
      const showsCharts = code.some((c) => /\bshow(Saved)?Chart\(/.test(c));
      expect(code.at(-1)?.includes('showChartCount()')).toBe(showsCharts);
    });
  });

  it('the shared helper, too, imports only the front door of src/', () => {
    const helper = readFileSync(join(dir, 'outputs.ts'), 'utf8');
    expect(specifiers(helper).filter((s) => s.includes('src/'))).toEqual(['../src/index.ts']);
  });

  it('shows charts in 01-overview and 03-tone', () => {
    expect(codeOf(load('01-overview.ipynb')).join('\n')).toMatch(/showSavedChart\('rates'/);
    expect(codeOf(load('03-tone.ipynb')).join('\n')).toMatch(/showSavedChart\('frame_tone'/);
  });
});

describe('notebooks/outputs.ts', () => {
  it('takes the outputs folder from FRAMESCOPE_OUTPUTS, else ../outputs beside notebooks/', () => {
    expect(helper).toMatch(/OUTPUTS_ENV = 'FRAMESCOPE_OUTPUTS'/);
    expect(helper).toMatch(/Deno\.env\.get\(OUTPUTS_ENV\)/);
    expect(helper).toMatch(/new URL\('\.\.\/outputs', import\.meta\.url\)/);
  });

  it('shows each chart as a Vega-Lite v5 bundle with a PNG beside it', () => {
    expect(helper).toMatch(/'application\/vnd\.vegalite\.v5\+json'/);
    expect(helper).toMatch(/'image\/png': base64\(png\)/);
  });

  it('has no absolute paths and imports src/ with .ts extensions', () => {
    expect(helper).not.toMatch(ABSOLUTE_PATH);
    for (const s of specifiers(helper).filter((x) => x.startsWith('.'))) {
      expect(s).toMatch(/\.ts$/);
      expect(existsSync(resolve(dir, s)), s).toBe(true);
    }
  });
});
