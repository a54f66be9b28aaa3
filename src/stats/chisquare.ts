// Upper-tail p-value of the chi-square distribution, P(X ≥ x) = Q(df/2, x/2), the regularized
// upper incomplete gamma function, computed as in Numerical Recipes (Press et al. 2007, §6.2):
// a power series for x < a + 1 and a modified-Lentz continued fraction otherwise, both to
// double precision. For df = 1 this is erfc(√(x/2)); erfc() below uses the same Q(1/2, x²).
// ln Γ uses the Lanczos approximation (g = 7, 9 coefficients; relative error about 1e-15).

const LANCZOS = [
  0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
  12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7,
];
const LN_SQRT_2PI = 0.5 * Math.log(2 * Math.PI);
const EPS = 1e-16;
const TINY = 1e-300;
const MAX_ITER = 10000;

// Lanczos (1964), SIAM J. Numer. Anal. B 1; coefficients for g = 7 as in Godfrey's tables.
/** Natural log of the gamma function for x > 0. */
export function lnGamma(x: number): number {
  if (x < 0.5) return Math.log(Math.PI / Math.abs(Math.sin(Math.PI * x))) - lnGamma(1 - x); // reflection
  const z = x - 1;
  let s = LANCZOS[0];
  for (let i = 1; i < 9; i++) s += LANCZOS[i] / (z + i);
  const t = z + 7.5;
  return LN_SQRT_2PI + (z + 0.5) * Math.log(t) - t + Math.log(s);
}

// Numerical Recipes §6.2 (gser): P(a, x) = e^{−x} x^a / Γ(a) Σ x^n / (a(a+1)…(a+n)).
function gammaPSeries(a: number, x: number, lnGammaA: number): number {
  let ap = a;
  let del = 1 / a;
  let sum = del;
  for (let n = 0; n < MAX_ITER; n++) {
    ap += 1;
    del *= x / ap;
    sum += del;
    if (Math.abs(del) < Math.abs(sum) * EPS) break;
  }
  return sum * Math.exp(-x + a * Math.log(x) - lnGammaA);
}

// Numerical Recipes §6.2 (gcf): Q(a, x) by the continued fraction, evaluated with modified Lentz.
function gammaQContinuedFraction(a: number, x: number, lnGammaA: number): number {
  let b = x + 1 - a;
  let c = 1 / TINY;
  let d = 1 / b;
  let h = d;
  for (let i = 1; i < MAX_ITER; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < TINY) d = TINY;
    c = b + an / c;
    if (Math.abs(c) < TINY) c = TINY;
    d = 1 / d;
    const del = d * c;
    h *= del;
    if (Math.abs(del - 1) < EPS) break;
  }
  return Math.exp(-x + a * Math.log(x) - lnGammaA) * h;
}

/** Regularized upper incomplete gamma Q(a, x) = Γ(a, x)/Γ(a), for a > 0, x ≥ 0. */
export function gammaQ(a: number, x: number): number {
  if (!(a > 0) || Number.isNaN(x)) return NaN;
  if (x <= 0) return 1;
  if (x === Infinity) return 0;
  const lg = a === 0.5 ? 0.5 * Math.log(Math.PI) : lnGamma(a); // Γ(1/2) = √π exactly
  return x < a + 1 ? 1 - gammaPSeries(a, x, lg) : gammaQContinuedFraction(a, x, lg);
}

// erfc(x) = Q(1/2, x²) for x ≥ 0 (Numerical Recipes §6.2.1); erfc(−x) = 2 − erfc(x).
/** Complementary error function. */
export function erfc(x: number): number {
  if (Number.isNaN(x)) return NaN;
  return x >= 0 ? gammaQ(0.5, x * x) : 2 - gammaQ(0.5, x * x);
}

// Pearson (1900); chi-square upper tail P(χ²_df ≥ x) = Q(df/2, x/2); for df = 1 it is erfc(√(x/2)).
/** Upper-tail p-value of a chi-square (or G²) statistic x with df degrees of freedom. */
export function chiSquarePValue(x: number, df = 1): number {
  if (Number.isNaN(x) || !(df > 0)) return NaN;
  if (x <= 0) return 1;
  if (df === 1) return erfc(Math.sqrt(x / 2));
  return gammaQ(df / 2, x / 2);
}
