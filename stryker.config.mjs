// StrykerJS mutation testing: `npm run mutate` (long: see docs/mutation.md for timings, scores and how to
// run one folder at a time). Not part of CI's default run.
//
// Versions: @stryker-mutator/core and @stryker-mutator/vitest-runner 9.6.x, the last line that runs on
// Node 20 (10.x requires Node >= 22); the vitest runner supports vitest >= 2, so vitest 4.1.
//
// No TypeScript checker (@stryker-mutator/typescript-checker): it drives the TypeScript JS compiler API
// (ts.createSolutionBuilderWithWatch, ts.sys, ts.createSourceFile), and the project's TypeScript 7 is the
// native compiler, whose `typescript` package exports only its version (lib/version.cjs), no compiler API.
// Without the checker, mutants that would not type-check are still run: vitest strips types, so each is
// either killed by a test or survives and is reviewed by hand (docs/mutation.md).

// One run per folder: `MUTATE=stats npm run mutate` (names: see FOLDERS; several: MUTATE=stats,tables).
// Plain `npm run mutate` runs them all in one go. Each folder is tested with its own tests only
// (`testFiles`), which keeps runs short: a mutant whose code runs outside a test (at import time or in a
// beforeAll hook, a "static" mutant) is run against every selected test file, and the pipeline tests that
// run a whole analysis in beforeAll take about a minute each time.
//
// Left out of every selection, since they cannot kill a mutant or would only slow every run: tests that run
// the CLI in a child process (tests/e2e, tests/cli, tests/pipeline/reproducible.test.ts,
// tests/provenance/code.test.ts) run the code without the active mutant; tests/pipeline/reference.test.ts
// compares a whole run byte for byte with outputs/ and fails whenever outputs/ lags behind src/ (Stryker
// refuses to start unless every selected test passes). The 500-document tests skip without
// FRAMESCOPE_REAL_CORPUS: leave it unset.
const FOLDERS = {
  stats: { mutate: ['src/stats/**/*.ts', '!src/stats/index.ts'], tests: ['tests/stats/**/*.test.ts'] },
  lexicon: { mutate: ['src/lexicon/**/*.ts', '!src/lexicon/index.ts'], tests: ['tests/lexicon/**/*.test.ts'] },
  // src/sentiment/index.ts has code (SCORERS, scorersByName), so it is mutated.
  sentiment: { mutate: ['src/sentiment/**/*.ts'], tests: ['tests/sentiment/**/*.test.ts'] },
  corpus: { mutate: ['src/corpus/**/*.ts', '!src/corpus/index.ts'], tests: ['tests/corpus/**/*.test.ts'] },
  tables: { mutate: ['src/tables/**/*.ts'], tests: ['tests/tables/**/*.test.ts'] },
  // The corpus tables' row builders (one file per table in src/outputs), with the hand-computed tables made in
  // process (tests/outputs/hand-computed.test.ts and mutation-edges.test.ts: the builders run inside the tests) and
  // scorer agreement's test. Not tests/pipeline/item-filter.test.ts: each of its tests is a whole run, which every
  // mutant would then wait for.
  outputs: {
    mutate: ['src/outputs/*.ts', '!src/outputs/charts.ts', '!src/outputs/tables.ts'],
    tests: ['tests/outputs/hand-computed.test.ts', 'tests/outputs/mutation-edges.test.ts', 'tests/pipeline/tone-tables.test.ts'],
  },
};
const selected = (process.env.MUTATE ?? Object.keys(FOLDERS).join(','))
  .split(',')
  .map((s) => s.trim())
  .filter(Boolean);
for (const name of selected) {
  if (!(name in FOLDERS)) throw new Error(`MUTATE: unknown folder "${name}"; known: ${Object.keys(FOLDERS).join(', ')}`);
}
const reportName = process.env.MUTATE ? selected.join('+') : 'mutation';

/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  $schema: './node_modules/@stryker-mutator/core/schema/stryker-schema.json',
  packageManager: 'npm',
  testRunner: 'vitest',
  vitest: {
    // The project's own config (tests/**/*.test.ts, its timeouts).
    configFile: 'vitest.config.ts',
    related: true,
  },
  testFiles: selected.flatMap((name) => FOLDERS[name].tests),
  mutate: selected.flatMap((name) => FOLDERS[name].mutate),
  coverageAnalysis: 'perTest',
  // Mutants in module-level code are never activated by the vitest runner 9.6 with vitest 4.1 (docs/mutation.md,
  // "Static mutants are not activated"): they would all survive whatever the tests check, so they are left out.
  ignoreStatic: true,
  // The machine has 2 cores.
  concurrency: 2,
  timeoutMS: 10000,
  reporters: ['clear-text', 'json', 'html', 'progress-append-only'],
  jsonReporter: { fileName: `reports/mutation/${reportName}.json` },
  htmlReporter: { fileName: `reports/mutation/${reportName}.html` },
  clearTextReporter: { allowColor: false, reportTests: false, maxTestsToLog: 0 },
  // Target per folder: 85% of mutants killed (docs/mutation.md). Stryker checks only the total; no break.
  thresholds: { high: 90, low: 85, break: null },
  // Stryker copies the project into a sandbox and, by default, rewrites tsconfig.json's `extends` and
  // `references` there with the TypeScript compiler API (ts.parseConfigFileTextToJson), which TypeScript 7
  // does not have: it crashes. tsconfig.json has neither field, so point that step at a file that does not
  // exist and it is skipped (tsconfig.json is copied unchanged).
  tsconfigFile: 'tsconfig.stryker-none.json',
  tempDirName: '.stryker-tmp',
  cleanTempDir: true,
  ignorePatterns: ['reports', 'notebooks/.ipynb_checkpoints', '.framescope-cache', '.cache'],
};
