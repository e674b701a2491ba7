import jstat from 'jstat';

const { jStat } = jstat;

// Tests of independence for a groups × outcomes table of counts. Pure.

export interface TestResult {
  method: string;
  statistic?: number;
  df?: number;
  pValue: number;
  /** A caveat when the approximation is weak (expected counts under 5). */
  note?: string;
}

/** Pearson's chi-square test of independence (no continuity correction). */
export function chiSquareTest(table: number[][]): TestResult | undefined {
  const rows = table.filter((r) => r.reduce((a, b) => a + b, 0) > 0);
  if (rows.length < 2) return undefined;
  const cols = rows[0].length;
  const colSums = Array.from({ length: cols }, (_, j) => rows.reduce((a, r) => a + r[j], 0));
  const used = colSums.map((s, j) => [s, j] as const).filter(([s]) => s > 0).map(([, j]) => j);
  if (used.length < 2) return undefined;
  const n = rows.reduce((a, r) => a + used.reduce((b, j) => b + r[j], 0), 0);
  let statistic = 0;
  let small = 0;
  for (const r of rows) {
    const rowSum = used.reduce((b, j) => b + r[j], 0);
    for (const j of used) {
      const expected = (rowSum * colSums[j]) / n;
      if (expected < 5) small++;
      statistic += (r[j] - expected) ** 2 / expected;
    }
  }
  const df = (rows.length - 1) * (used.length - 1);
  const pValue = Math.max(0, 1 - jStat.chisquare.cdf(statistic, df));
  const cells = rows.length * used.length;
  return {
    method: "Pearson's chi-square test",
    statistic,
    df,
    pValue,
    note: small / cells > 0.2 ? `${small} of ${cells} expected counts are below 5: the chi-square approximation is rough` : undefined,
  };
}

/** Fisher's exact test for a 2 × 2 table (two-sided: tables no more likely than the observed one). */
export function fisherExact2x2([[a, b], [c, d]]: number[][]): TestResult {
  const lnFact = (k: number) => jStat.gammaln(k + 1);
  const r1 = a + b;
  const r2 = c + d;
  const c1 = a + c;
  const n = r1 + r2;
  const lnP = (x: number) => lnFact(r1) + lnFact(r2) + lnFact(c1) + lnFact(n - c1) - lnFact(n) - lnFact(x) - lnFact(r1 - x) - lnFact(c1 - x) - lnFact(r2 - c1 + x);
  const observed = lnP(a);
  let p = 0;
  for (let x = Math.max(0, c1 - r2); x <= Math.min(r1, c1); x++) {
    const lp = lnP(x);
    if (lp <= observed + 1e-7) p += Math.exp(lp);
  }
  return { method: "Fisher's exact test", pValue: Math.min(1, p) };
}

/** The test to report: Fisher's exact for 2 × 2 tables, chi-square otherwise. */
export function independenceTest(table: number[][]): TestResult | undefined {
  const rows = table.filter((r) => r.reduce((x, y) => x + y, 0) > 0);
  if (rows.length === 2 && rows[0].length === 2) return fisherExact2x2(rows);
  return chiSquareTest(rows);
}

export function formatP(p: number): string {
  if (p < 0.001) return 'p < 0.001';
  return `p = ${p.toFixed(3)}`;
}
