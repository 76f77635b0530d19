import { periodIndexOf } from '../period/period.ts';
import type { KpiAnalysis } from './analyze-project.ts';

/** KPIs introduced and retired in one quarter (its period index). */
export interface QuarterNoise {
  quarter: number;
  introduced: string[];
  retired: string[];
}

/**
 * KPI churn by quarter up to the as-of date, oldest quarter first: which KPIs were introduced and
 * which retired (dates after the as-of date do not count yet).
 */
export function noiseByQuarter(kpis: readonly KpiAnalysis[], asOf: number): QuarterNoise[] {
  const byQuarter = new Map<number, QuarterNoise>();
  const add = (day: number, key: 'introduced' | 'retired', id: string) => {
    if (day > asOf) return;
    const q = periodIndexOf(day, 'quarter');
    const entry = byQuarter.get(q) ?? { quarter: q, introduced: [], retired: [] };
    entry[key].push(id);
    byQuarter.set(q, entry);
  };
  for (const k of kpis) {
    const def = k.record.def;
    if (def.introduced !== undefined) add(def.introduced, 'introduced', k.record.id);
    if (def.retired !== undefined) add(def.retired.date, 'retired', k.record.id);
  }
  return [...byQuarter.values()].sort((a, b) => a.quarter - b.quarter);
}
