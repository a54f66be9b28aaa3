// The switch that runs stock wink-nlp, without framescope's replacements: for checking readings against it.
// Kept apart from nlp.ts so provenance can record it without loading wink-nlp.

/** Set to 1 to read texts with stock wink-nlp (slower; tokenization then depends on the documents read before). */
export const STOCK_WINK_ENV = 'FRAMESCOPE_STOCK_WINK';

export function stockWink(): boolean {
  return process.env[STOCK_WINK_ENV] === '1';
}

/** The wink-nlp and model versions whose internals framescope's replacements were written and tested against. */
export const TESTED_WINK: Readonly<Record<string, string>> = { 'wink-nlp': '2.4.0', 'wink-eng-lite-web-model': '1.8.1' };

/** Why the installed versions cannot take the replacements, or null when they are the tested ones. */
export function winkVersionProblem(installed: Readonly<Record<string, string>>): string | null {
  const wrong = Object.entries(TESTED_WINK).filter(([name, v]) => installed[name] !== v);
  if (wrong.length === 0) return null;
  const list = wrong.map(([name, v]) => `${name} ${installed[name] ?? '(missing)'} (tested: ${v})`).join(', ');
  return `framescope replaces parts of wink-nlp's internals and was tested with other versions: ${list}. ` +
    `Install the tested versions (npm ci), or set ${STOCK_WINK_ENV}=1 to run stock wink-nlp.`;
}
