import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatDay } from '../period/period.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/**
 * target-past (info): an active KPI's target date is before the as-of date. The plan stays flat
 * at the target after its date (SPEC §3 Plan), so the KPI is judged against an aim already due.
 */
export function targetPast(analysis: ProjectAnalysis): Diagnostic[] {
  const { project, asOf } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    if (def.target === undefined || def.target.date >= asOf) continue;
    out.push(
      diagnostic(
        'target-past',
        project.locate(file, ['target', 'date']),
        `The target of ${code(id)} (${def.target.value} by ${formatDay(def.target.date)}) has passed, but the KPI is still active.`,
        'Set the next target and its date, or retire the KPI (`status: retired`) if it has done its job.',
      ),
    );
  }
  return out;
}
