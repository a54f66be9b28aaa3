// --format csv,arrow: every table also as Arrow IPC, read back and compared cell by cell with its CSV.
import { parse } from 'csv-parse/sync';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { tableFromIPC } from '@uwdata/flechette';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { TABLES } from '../../src/tables/schema.ts';
import { analyze, analyzeOk, BASE_ARGS, cleanUp } from '../e2e/cli.ts';

let out = '';
beforeAll(async () => {
  out = await analyzeOk([...BASE_ARGS, '--format', 'csv,arrow']);
}, 120_000);
afterAll(cleanUp);

// flechette's type ids: Utf8 5, Int 2, Float 3, Bool 6 (Apache Arrow's Type enum).
const TYPE_ID = { string: 5, date: 5, integer: 2, number: 3, boolean: 6 } as const;

describe('Arrow copies of the tables', () => {
  for (const t of Object.values(TABLES)) {
    it(`${t.file}: same columns, rows and cells as the CSV, typed by the schema`, () => {
      const csv = parse(readFileSync(join(out, t.file)), { columns: true }) as Record<string, string>[];
      const header = (readFileSync(join(out, t.file), 'utf8').split('\n')[0] ?? '').split(',');
      const arrow = tableFromIPC(readFileSync(join(out, t.file.replace(/\.csv$/, '.arrow'))));
      expect(arrow.schema.fields.map((f) => f.name)).toEqual(header);
      expect(arrow.numRows).toBe(csv.length);
      for (const f of arrow.schema.fields) {
        const type = t.columns.find((c) => c.name === f.name)?.type ?? 'string';
        expect(f.type.typeId, `${t.file} ${f.name}`).toBe(TYPE_ID[type]);
        const values = arrow.getChild(f.name)!.toArray() as unknown[];
        csv.forEach((row, i) => {
          const cell = row[f.name]!;
          const want = cell === '' ? null : type === 'integer' || type === 'number' ? Number(cell) : type === 'boolean' ? cell === 'true' : cell;
          expect(values[i], `${t.file} row ${i + 1} ${f.name}`).toBe(want);
        });
      }
    });
  }

  it('are listed in the manifest with their hashes, and verify checks them', async () => {
    const manifest = JSON.parse(readFileSync(join(out, 'manifest.json'), 'utf8')) as { outputs: Record<string, string> };
    for (const t of Object.values(TABLES)) expect(manifest.outputs[t.file.replace(/\.csv$/, '.arrow')]).toMatch(/^[0-9a-f]{64}$/);
    const ok = spawnSync(process.execPath, ['--import', 'tsx', 'src/analyze.ts', 'verify', out], { encoding: 'utf8' });
    expect(ok.status).toBe(0);
    writeFileSync(join(out, 'hits.arrow'), Buffer.from([0, 1, 2]));
    const bad = spawnSync(process.execPath, ['--import', 'tsx', 'src/analyze.ts', 'verify', out], { encoding: 'utf8' });
    expect(bad.status).toBe(1);
    expect(bad.stdout + bad.stderr).toContain('hits.arrow');
  }, 60_000);

  it('refuses an unknown format with exit 2', async () => {
    const r = await analyze([...BASE_ARGS, '--format', 'csv,parquet']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--format: unknown format 'parquet' (choose from csv, arrow)");
  });
});
