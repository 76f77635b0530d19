import type { KpiAnalysis } from './analyze-project.ts';
import { executionRate } from './triggers.ts';

/** SPEC §3: handled ÷ fired over the last 365 days, summed over the active KPIs. */
export function executionTotals(
  kpis: readonly KpiAnalysis[],
  asOf: number,
): { fired: number; handled: number; rate: number | null } {
  let fired = 0;
  let handled = 0;
  for (const k of kpis) {
    if (k.record.def.status !== 'active') continue;
    const rate = executionRate(k.facts.triggers.events, k.facts.grain, asOf);
    fired += rate.fired;
    handled += rate.handled;
  }
  return { fired, handled, rate: fired === 0 ? null : handled / fired };
}
