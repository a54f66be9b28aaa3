// The Markdown coding sheet that goes with a sample: how to code, and every category's own definition.
import type { Lexicon } from '../lexicon/index.ts';

export function codingSheet(lex: Lexicon, sample: { file: string; runFingerprint: string; seed: number }): string {
  const lines = [
    `# Coding sheet: ${lex.name} ${lex.version}`,
    '',
    `Items: \`${sample.file}\` (drawn with seed ${sample.seed} from run ${sample.runFingerprint.slice(0, 12)}). Code every row; write your`,
    'initials or coder id in `coder`. Read the sentence and the context, then judge the item against the category\'s',
    'definition below, not against your view of the event. Code what the text does, not whether it is true.',
    '',
    '## Rows of kind `hit` (one marker occurrence, `matched`, in `sentence`)',
    '',
    '- `code_frame`: `yes` when this occurrence expresses the frame as the category\'s definition states it; `no` when',
    '  it does not (another sense, a name, a bare mention the definition excludes, a policy-topic label); `unsure`',
    '  only when the context cannot decide. A frame that the text attributes to someone else and rejects still',
    '  counts as evoked (`yes`), and is then negated.',
    '- `code_negated`: `yes` when the text denies the framed proposition for this marker ("the strikes were **not**',
    '  illegal", "there are **no** sanctions", "**without** any aggression"); `no` otherwise. A verb of failure or',
    '  prevention does not deny the frame ("failed to condemn the war crimes": the war crimes are asserted, `no`);',
    '  a negation in another clause does not reach the marker ("No one should forget that they condemned the',
    '  aggression": `no`).',
    '- `note`: anything hard about the item.',
    '',
    '## Rows of kind `sentence` (a random sentence, for recall)',
    '',
    '- `code_categories`: the ids of every category whose frame the sentence expresses, by the definitions below,',
    '  separated by `;` (for example `illegality;sovereignty`); `none` when it expresses none. Judge the sentence as',
    '  a reader would, not by looking for the lexicon\'s words.',
    '',
    '## Categories',
    '',
  ];
  for (const c of lex.categories) {
    lines.push(`### \`${c.id}\`: ${c.label}`, '', c.definition.trim(), '');
  }
  return `${lines.join('\n')}\n`;
}
