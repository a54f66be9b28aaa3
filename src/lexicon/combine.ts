// Several lexicons in one run, as one Lexicon: the engine, workers and tables see one set of categories.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import { readLexicon } from './read.ts';
import { safeCategoryId } from './formats/imported.ts';
import { DEFAULT_NEGATION } from './formats/framescope-yaml.ts';
import { LexiconError, type Lexicon, type LexiconCategory, type LexiconSource, type LexiconWarning, type NegationModel } from './types.ts';

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
 * (`safeCategoryId(name)_id`, label `name: label`; in a second lexicon of that name `name_id_2`, label
 * `name (2): label`); other ids stay as they are. Each lexicon keeps its own counting rules (a Lexicoder file's
 * one count per token stays within that file). A run has one negation model (sharedNegation). The hash covers
 * every file's bytes.
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
      let n = 1;
      while (used.has(id)) id = `${base}_${++n}`;
      used.add(id);
      // Two lexicons of one name (liwc_posemo, liwc_posemo_2): the label carries the number too, so charts tell them apart.
      const label = clash ? `${lex.name}${n > 1 ? ` (${n})` : ''}: ${c.label}` : `${c.label}${n > 1 ? ` (${n})` : ''}`;
      categories.push({
        ...c, id, label,
        ...(c.group === undefined ? {} : { group: `${k}:${c.group}` }),
      });
    }
  });
  const sources = lexicons.map(sourceOf);
  const negation = sharedNegation(lexicons);
  const warnings = [...lexicons.flatMap((l) => l.warnings ?? []), ...negation.warnings];
  return {
    file: sources.map((s) => s.file).join(' + '),
    format: 'combined',
    name: sources.map((s) => s.name).join(' + '),
    version: sources.map((s) => s.version).join(' + '),
    sha256: createHash('sha256').update(sources.map((s) => `${s.format} ${s.sha256}`).join('\n')).digest('hex'),
    categories,
    negation: negation.model,
    ...(warnings.length === 0 ? {} : { warnings }),
    sources,
  };
}

/**
 * The one negation model of a combined run. Lexicons that name their own model (framescope YAML's `negation:`)
 * must name the same one, or the run is refused: a hit's negated flag would depend on which file found it.
 * The others (imported formats, YAML without `negation:`) take that model, and a warning says so.
 */
function sharedNegation(lexicons: readonly Lexicon[]): { model: NegationModel; warnings: LexiconWarning[] } {
  const bundled = resolve(DEFAULT_NEGATION);
  const own = lexicons.filter((l) => resolve(l.negation.file) !== bundled);
  const first = own[0];
  if (first === undefined) return { model: lexicons[0]!.negation, warnings: [] };
  const other = own.find((l) => l.negation.sha256 !== first.negation.sha256);
  if (other) {
    throw new LexiconError(other.file, 1, `its negation model (${other.negation.file}) is not the one ${first.file} names (${first.negation.file}): a run applies one negation model to every hit; name the same file in both, or analyse them in separate runs`);
  }
  const name = `${first.negation.name} ${first.negation.version}`;
  const warnings = lexicons.filter((l) => resolve(l.negation.file) === bundled).map((l) => ({
    file: l.file, line: 1,
    detail: `its hits are flagged negated by the negation model ${first.file} names (${name}), the one model of this run, not by the bundled lexicons/negation.yaml`,
  }));
  return { model: first.negation, warnings };
}
