// CITATION.md of a run: how to cite the toolkit and this exact run.
import type { Manifest } from './manifest.ts';

export interface CorpusDescription { documents: number; issuers: string[]; dateFrom: string | null; dateTo: string | null }

export function describeCorpus(c: CorpusDescription): string {
  const dates = c.dateFrom ? `, ${c.dateFrom} to ${c.dateTo}` : ', undated';
  const issuers = c.issuers.length === 0 ? '' : `, ${c.issuers.length} issuer${c.issuers.length === 1 ? '' : 's'}`;
  return `${c.documents} document${c.documents === 1 ? '' : 's'}${issuers}${dates}`;
}

export function citationMarkdown(m: Omit<Manifest, 'outputs' | 'run'>, corpus: CorpusDescription): string {
  const short = m.run_fingerprint.slice(0, 12);
  return [
    '# How to cite this run',
    '',
    'Please cite the toolkit and this run:',
    '',
    `> framescope ${m.framescope.version} (${m.environment.node}; wink-nlp ${m.environment.libraries['wink-nlp']}). Analysis run ${short}: ${describeCorpus(corpus)}; lexicon "${m.lexicon.name}" version ${m.lexicon.version} (sha256 ${m.lexicon.sha256.slice(0, 12)}). Corpus fingerprint ${m.corpus.fingerprint.slice(0, 12)}.`,
    '',
    '| what | value |',
    '| --- | --- |',
    `| toolkit | framescope ${m.framescope.version} |`,
    `| code fingerprint | ${m.framescope.code} |`,
    `| run fingerprint | ${m.run_fingerprint} |`,
    `| corpus | ${describeCorpus(corpus)} |`,
    `| corpus fingerprint | ${m.corpus.fingerprint} |`,
    `| lexicon | ${m.lexicon.name} ${m.lexicon.version}, ${m.lexicon.categories} categories, ${m.lexicon.entries} entries |`,
    `| lexicon sha256 | ${m.lexicon.sha256} |`,
    `| negation model | ${m.lexicon.negation.name} ${m.lexicon.negation.version}, sha256 ${m.lexicon.negation.sha256} |`,
    ...(m.lexicon.validation ? [`| lexicon validation | ${m.lexicon.validation} |`] : []),
    `| issuers | ${corpus.issuers.join('; ') || '(none recorded)'} |`,
    '',
    'The run fingerprint covers the framescope version and code fingerprint (sha256 of every source file and the dependency lock), the Node.js major version, the versions of wink-nlp, its model, natural, arquero and vega-lite, the corpus fingerprint (sha256 over the sorted document fingerprints), the lexicon, negation-model and boilerplate-rule hashes and every option that shapes results. The same fingerprint means the same inputs; `npx tsx src/analyze.ts verify <dir>` checks that the files are the ones this run wrote.',
    '',
    'For the toolkit itself see CITATION.cff at the root of the framescope repository.',
    '',
  ].join('\n');
}
