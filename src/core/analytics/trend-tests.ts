import type { KpiAnalysis } from './analyze-project.ts';
import { TREND_FDR } from './trend.ts';

/**
 * Over the active KPIs' trends (SPEC §3.1): how many were tested, how many the Benjamini–Hochberg
 * procedure flagged, and the largest p flagged (the threshold it came to), null when none.
 */
export function countTrendTests(kpis: readonly KpiAnalysis[]): {
  tested: number;
  flagged: number;
  threshold: number | null;
} {
  let tested = 0;
  let flagged = 0;
  let threshold: number | null = null;
  for (const k of kpis) {
    const t = k.facts.trend;
    if (k.record.def.status !== 'active' || t.q === null || t.p === null) continue;
    tested++;
    if (t.q < TREND_FDR) {
      flagged++;
      threshold = Math.max(threshold ?? 0, t.p);
    }
  }
  return { tested, flagged, threshold };
}
