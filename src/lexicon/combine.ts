// Several lexicons in one run, as one Lexicon: the engine, workers and tables see one set of categories.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readLexicon } from './read.ts';
import { safeCategoryId } from './formats/imported.ts';
import { LexiconError, type Lexicon, type LexiconCategory, type LexiconSource } from './types.ts';

/** What the manifest records of one lexicon file. */
export function sourceOf(lex: Lexicon): LexiconSource {
  return { file: lex.file, format: lex.format ?? 'framescope-yaml', name: lex.name, version: lex.version, sha256: lex.sha256 };
}

/** The files of a run, read and combined (one file: that lexicon as read). Workers call this with the same list. */
export function readLexicons(files: readonly string[]): Lexicon {
  const seen = new Set<string>();
  for (const f of files) {
    if (seen.has(resolve(f))) throw new LexiconError(f, 1, 'this lexicon is given twice (--lexicon)');
    seen.add(resolve(f));
  }
  return combineLexicons(files.map((f) => readLexicon(f)));
}

/**
 * One lexicon from several. A category id found in more than one lexicon gets its lexicon's name in front
 * (`safeCategoryId(name)_id`, label `name: label`); other ids stay as they are. Each lexicon keeps its own
 * counting rules (a Lexicoder file's one count per token stays within that file). The negation model is the
 * first lexicon's. The hash covers every file's bytes.
 */
export function combineLexicons(lexicons: readonly Lexicon[]): Lexicon {
  if (lexicons.length === 0) throw new Error('no lexicon given');
  if (lexicons.length === 1) return lexicons[0]!;
  const owners = new Map<string, number>();
  for (const lex of lexicons) for (const c of lex.categories) owners.set(c.id, (owners.get(c.id) ?? 0) + 1);
  const used = new Set<string>();
  const categories: LexiconCategory[] = [];
  lexicons.forEach((lex, k) => {
    for (const c of lex.categories) {
      const clash = owners.get(c.id)! > 1;
      const base = clash ? `${safeCategoryId(lex.name)}_${c.id}` : c.id;
      let id = base;
      for (let n = 2; used.has(id); n++) id = `${base}_${n}`;
      used.add(id);
      categories.push({
        ...c, id, label: clash ? `${lex.name}: ${c.label}` : c.label,
        ...(c.group === undefined ? {} : { group: `${k}:${c.group}` }),
      });
    }
  });
  const sources = lexicons.map(sourceOf);
  const warnings = lexicons.flatMap((l) => l.warnings ?? []);
  return {
    file: sources.map((s) => s.file).join(' + '),
    format: 'combined',
    name: sources.map((s) => s.name).join(' + '),
    version: sources.map((s) => s.version).join(' + '),
    sha256: createHash('sha256').update(sources.map((s) => `${s.format} ${s.sha256}`).join('\n')).digest('hex'),
    categories,
    negation: lexicons[0]!.negation,
    ...(warnings.length === 0 ? {} : { warnings }),
    sources,
  };
}
