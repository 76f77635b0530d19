import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/**
 * trigger-missing: an active KPI has no trigger. The schema requires every trigger to name an
 * action, so "no trigger with an action" is "no trigger". Points at `triggers:` when the file has
 * it (an empty list), else at the top of the file.
 */
export function triggerMissing(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    if (def.triggers.length > 0) continue;
    out.push(
      diagnostic(
        'trigger-missing',
        project.locate(file, ['triggers'], { key: true }),
        `${code(id)} has no trigger, so nobody knows what to do when it goes wrong.`,
        'Add a trigger under `triggers:`, e.g. `- { when: { change: -20%, periods: 1 }, action: <what to do> }`.',
      ),
    );
  }
  return out;
}
