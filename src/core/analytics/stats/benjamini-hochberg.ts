/**
 * Benjamini–Hochberg adjusted p-values, the q-values (Benjamini & Hochberg 1995, "Controlling the
 * false discovery rate", JRSS B 57(1)): with the m p-values sorted, q(i) = min over j ≥ i of
 * m·p(j)/j, capped at 1. Flagging every test with q < α keeps the expected share of false flags
 * among the flagged at most α (for independent or positively dependent tests). Null p-values
 * (tests that could not be run) are not counted in m and get a null q. The same as scipy's
 * `false_discovery_control(ps, method='bh')`.
 */
export function benjaminiHochberg(ps: readonly (number | null)[]): (number | null)[] {
  const order = ps
    .map((p, i) => ({ p, i }))
    .filter((e): e is { p: number; i: number } => e.p !== null && Number.isFinite(e.p))
    .sort((a, b) => a.p - b.p || a.i - b.i);
  const m = order.length;
  const q: (number | null)[] = ps.map(() => null);
  let running = 1;
  for (let rank = m; rank >= 1; rank--) {
    const e = order[rank - 1]!;
    running = Math.min(running, (m * e.p) / rank);
    q[e.i] = running;
  }
  return q;
}
