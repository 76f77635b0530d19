import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import type { KpiRecord } from '../load/project.ts';
import { formatPeriod, GRAIN_NOUN } from '../period/period.ts';
import { activeKpis } from './guardrail.ts';
import { code, plural } from './phrases.ts';

/**
 * stale-data: an active KPI's readings are `policy.stale_after_periods` or more periods overdue
 * (SPEC §3 Freshness). Points at the CSV row of its latest reading, where the next one goes.
 */
export function staleData(analysis: ProjectAnalysis): Diagnostic[] {
  const { project, asOf } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { freshness, latest, grain } = kpi.facts;
    if (!freshness.stale || latest === null || freshness.overdue === null) continue;
    const { id, file, csvFile } = kpi.record;
    const overdue = freshness.overdue;
    const last = formatPeriod({ grain, index: latest.index });
    const first = formatPeriod({ grain, index: latest.index + 1 });
    const through = formatPeriod({ grain, index: latest.index + overdue });
    const missing =
      overdue === 1 ? `the reading for ${first}` : `the readings for ${first} to ${through}`;
    out.push(
      diagnostic(
        'stale-data',
        csvFile === null ? project.locate(file, ['cadence']) : latestRow(kpi.record, csvFile, asOf),
        `${code(id)} is ${plural(overdue, GRAIN_NOUN[grain])} overdue: its latest reading is for ${last}.`,
        `Add ${missing} to ${csvFile ?? `metrics/${id}.csv`}; if it is measured less often, change \`cadence\`.`,
      ),
    );
  }
  return out;
}

/** The CSV line of the latest-dated reading with a value, up to the as-of date. */
function latestRow(record: KpiRecord, csvFile: string, asOf: number): Location {
  const { readings } = record;
  for (let i = readings.length - 1; i >= 0; i--) {
    if (readings.days[i]! <= asOf && !Number.isNaN(readings.values[i]!)) {
      return { file: csvFile, line: readings.lines[i]!, col: 1 };
    }
  }
  return { file: csvFile, line: 1, col: 1 };
}
