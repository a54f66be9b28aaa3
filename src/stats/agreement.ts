// Inter-coder agreement on nominal codes.

// Cohen (1960), "A coefficient of agreement for nominal scales", Educational and Psychological Measurement 20:37-46.
/** Cohen's kappa of two coders' codes for the same units (pairs with a missing code are left out); null when undefined. */
export function cohenKappa(a: readonly (string | null)[], b: readonly (string | null)[]): number | null {
  const pairs: [string, string][] = [];
  for (let i = 0; i < a.length; i++) if (a[i] != null && b[i] != null) pairs.push([a[i]!, b[i]!]);
  const n = pairs.length;
  if (n === 0) return null;
  const ma = new Map<string, number>(), mb = new Map<string, number>();
  let agree = 0;
  for (const [x, y] of pairs) {
    if (x === y) agree++;
    ma.set(x, (ma.get(x) ?? 0) + 1);
    mb.set(y, (mb.get(y) ?? 0) + 1);
  }
  const po = agree / n;
  let pe = 0;
  for (const [k, v] of ma) pe += (v / n) * ((mb.get(k) ?? 0) / n);
  return pe === 1 ? null : (po - pe) / (1 - pe);
}

// Krippendorff (2011), "Computing Krippendorff's Alpha-Reliability", Annenberg School for Communication, Departmental
// Papers 43: alpha = 1 - D_o / D_e from the coincidence matrix, nominal metric; units with fewer than two codes are left out.
/** Krippendorff's alpha (nominal) for units[u][coder] = code or null (missing); null when there is no variation. */
export function krippendorffAlphaNominal(units: readonly (readonly (string | null)[])[]): number | null {
  const coincidence = new Map<string, Map<string, number>>();
  const add = (c: string, k: string, v: number) => {
    const row = coincidence.get(c) ?? coincidence.set(c, new Map()).get(c)!;
    row.set(k, (row.get(k) ?? 0) + v);
  };
  for (const unit of units) {
    const values = unit.filter((v): v is string => v != null);
    const m = values.length;
    if (m < 2) continue;
    for (let i = 0; i < m; i++) for (let j = 0; j < m; j++) if (i !== j) add(values[i]!, values[j]!, 1 / (m - 1));
  }
  const nc = new Map<string, number>();
  let n = 0;
  for (const [c, row] of coincidence) {
    let s = 0;
    for (const v of row.values()) s += v;
    nc.set(c, s);
    n += s;
  }
  if (n <= 1) return null;
  let observed = 0;
  for (const [c, row] of coincidence) for (const [k, v] of row) if (c !== k) observed += v;
  let expected = 0;
  for (const [c, x] of nc) for (const [k, y] of nc) if (c !== k) expected += x * y;
  if (expected === 0) return null;
  return 1 - ((n - 1) * observed) / expected;
}
