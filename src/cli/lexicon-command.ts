// `lexicon show FILE` and `lexicon convert IN OUT.yaml`: a dictionary of any registered format, inspected or rewritten as framescope YAML.
import { inspectLexicon, lexiconReportText, lexiconYaml, parseLexicon, readLexicon } from '../lexicon/index.ts';
import { writeFileAtomic } from '../tables/atomic.ts';
import { UsageError } from './options.ts';

/** Runs the subcommand; returns what goes to stdout. Errors (LexiconError, UsageError) leave nothing written. */
export function lexiconCommand(positionals: string[]): string {
  const [sub, ...files] = positionals;
  if (sub === 'show') {
    if (files.length !== 1) throw new UsageError('lexicon show takes one dictionary file: npx tsx src/analyze.ts lexicon show FILE');
    const lex = readLexicon(files[0]!);
    return lexiconReportText(lex, inspectLexicon(lex));
  }
  if (sub === 'convert') {
    if (files.length !== 2) throw new UsageError('lexicon convert takes a dictionary and the YAML file to write: npx tsx src/analyze.ts lexicon convert IN OUT.yaml');
    const [input, out] = files as [string, string];
    if (!/\.ya?ml$/i.test(out)) throw new UsageError(`lexicon convert writes framescope YAML: name the output .yaml, got '${out}'`);
    const lex = readLexicon(input);
    const text = lexiconYaml(lex, out);
    // Read back before writing: a converted file that framescope would refuse is never written.
    const back = parseLexicon(text, out, { format: 'framescope-yaml' });
    writeFileAtomic(out, text);
    return `${out}: ${back.categories.length} categories, ${back.categories.reduce((n, c) => n + c.entries.length, 0)} entries from ${input} (${lex.format ?? 'framescope-yaml'})${lex.warnings?.length ? `; ${lex.warnings.length} warnings (lexicon show ${input})` : ''}`;
  }
  throw new UsageError(`lexicon takes show or convert, got '${sub ?? ''}' (see --help)`);
}
