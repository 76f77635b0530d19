import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/**
 * owner-missing: an active KPI names no `owner`. Points at the top of the KPI file, where the
 * field belongs; the hint proposes the owning team's lead when teams.yaml names one.
 */
export function ownerMissing(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    if (def.owner !== undefined) continue;
    const lead = project.teamById.get(def.team)?.lead;
    out.push(
      diagnostic(
        'owner-missing',
        project.locate(file),
        `${code(id)} has no owner.`,
        lead === undefined
          ? 'Add `owner: <name>` — the person who answers for this number.'
          : `Add \`owner: <name>\` — the person who answers for this number (the lead of ${def.team} is ${lead}).`,
      ),
    );
  }
  return out;
}
