// The table catalogue: name checks, and a table registered once is written by a run, listed in the manifest.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { registerTable, registeredTables } from '../../src/outputs/tables.ts';
import { categoryRows } from '../../src/outputs/categories.ts';
import { run, tmp } from '../pipeline/helpers.ts';

const original = registeredTables('corpus').find((t) => t.table === 'categories')!;
afterEach(() => registerTable(original, { override: true }));

describe('table catalogue', () => {
  it('lists the tables in the order a run writes them, and refuses a taken name or a table without a schema', () => {
    expect(registeredTables('early').map((t) => t.table)).toEqual(['rejected', 'scorer_agreement']);
    expect(registeredTables('corpus').map((t) => t.table)).toEqual(['keyness', 'category_keyness', 'dispersion', 'collocations', 'trends', 'categories']);
    expect(registeredTables('resampled').map((t) => t.table)).toEqual(['frame_tone', 'rates_by_group']);
    expect(() => registerTable(original)).toThrow('table "categories" is already registered');
    expect(() => registerTable({ table: 'frames' as never, stage: 'corpus', rows: () => [] })).toThrow('table "frames" has no schema');
  });

  it('writes what a registered table gives, and lists it in the manifest', async () => {
    // categories.csv with its entry rows left out: 11 category rows, one per category of the bundled lexicon
    registerTable({ ...original, rows: (c) => [categoryRows(c.state, c.lexicon).filter((r) => r.level === 'category')] }, { override: true });
    const out = tmp('table-catalogue');
    await run(['--corpus', 'corpus', '--out', out, '--no-cache', '--workers', '1', '--bootstrap', '100', '--filter', 'speaker=Deputy Secretary']);
    const lines = readFileSync(join(out, 'categories.csv'), 'utf8').trim().split('\n');
    expect(lines.length).toBe(1 + 11);
    expect(lines.slice(1).every((l) => l.startsWith('category,'))).toBe(true);
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> };
    expect(Object.keys(manifest.outputs)).toContain('categories.csv');
  }, 120_000);
});
