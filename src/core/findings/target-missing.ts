import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/**
 * target-missing: an active KPI has no target. The schema requires a target to have both a value
 * and a date, so a target that is there is always time-bound; a passed date is target-past.
 */
export function targetMissing(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    if (def.target !== undefined) continue;
    out.push(
      diagnostic(
        'target-missing',
        project.locate(file),
        `${code(id)} has no target, so nobody can tell whether it is on track.`,
        'Add `target: { value: <number>, date: <YYYY-MM-DD> }` — the value you aim for and when.',
      ),
    );
  }
  return out;
}
