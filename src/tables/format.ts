// Cell formatting shared by every table: fixed number format and OWASP CSV-injection neutralising.

/** Decimal places kept for non-integer numbers; trailing zeros are dropped. */
export const DECIMALS = 6;

/**
 * Numbers: integers as written; other finite values with |x| >= 0.0001 rounded to 6 decimals without
 * trailing zeros; smaller non-zero values (p-values) with 6 significant digits in exponent form
 * (1.23457e-30); -0 as 0; NaN, null and undefined as an empty cell (NA); ±Infinity as Inf / -Inf.
 */
export function formatNumber(x: number | null | undefined): string {
  if (x === null || x === undefined || Number.isNaN(x)) return '';
  if (x === Infinity) return 'Inf';
  if (x === -Infinity) return '-Inf';
  if (Number.isInteger(x)) return Object.is(x, -0) ? '0' : String(x);
  if (Math.abs(x) < 1e-4) return x.toExponential(DECIMALS - 1).replace(/\.?0+e/, 'e');
  const s = x.toFixed(DECIMALS);
  // toFixed always writes the decimal point here (|x| < 1e21): drop trailing zeros, then a bare point.
  let end = s.length;
  while (s.charCodeAt(end - 1) === 48) end--;
  if (s.charCodeAt(end - 1) === 46) end--;
  const t = end === s.length ? s : s.slice(0, end);
  return t === '-0' ? '0' : t;
}

const FORMULA_START = /^[=+\-@\t\r]/;

/**
 * OWASP CSV injection: a text cell starting with = + - @ tab or carriage return gets a leading
 * single quote so spreadsheets show it as text instead of evaluating it.
 */
export function neutralizeText(s: string): string {
  return FORMULA_START.test(s) ? `'${s}` : s;
}

export function formatBoolean(b: boolean | null | undefined): string {
  return b === null || b === undefined ? '' : b ? 'true' : 'false';
}
