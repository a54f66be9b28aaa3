// Placeholder until the chart builders land: writes no charts.
import type { Lexicon } from '../lexicon/index.ts';
import type { CorpusDescription } from '../provenance/citation.ts';
import type { ManifestInputs } from '../provenance/manifest.ts';
import type { CorpusState } from './corpus-state.ts';

export async function writeCharts(
  _out: string, _state: CorpusState, _lexicon: Lexicon,
  _ctx: { fingerprint: string; description: CorpusDescription; inputs: ManifestInputs },
): Promise<string[]> {
  return [];
}
