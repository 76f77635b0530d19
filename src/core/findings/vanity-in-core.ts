import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code, listIds, listWords } from './phrases.ts';

/**
 * vanity-in-core: an active KPI audited `vanity` is reported as core — it is `primary`, a goal's
 * headline KPI, or owned by the enterprise (level 1). Points at its `audit` label.
 */
export function vanityInCore(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    if (def.audit !== 'vanity') continue;
    const goals = project.strategy.goals.filter((g) => g.kpis.includes(id)).map((g) => g.id);
    const reasons: string[] = [];
    const fixes: string[] = [];
    if (def.primary) {
      reasons.push('it is primary');
      fixes.push('set `primary: false`');
    }
    if (goals.length > 0) {
      reasons.push(`it is the headline KPI of goal ${listIds(goals)}`);
      fixes.push('measure the goal by an outcome KPI in its `kpis:` instead');
    }
    if (kpi.level === 1) {
      reasons.push(`the enterprise (${def.team}) owns it`);
      fixes.push('move it to the team that uses it');
    }
    if (reasons.length === 0) continue;
    out.push(
      diagnostic(
        'vanity-in-core',
        project.locate(file, ['audit']),
        `${code(id)} is audited as a vanity metric but is reported as core: ${listWords(reasons)}.`,
        `A vanity metric looks good without telling whether the strategy works: ${listWords(fixes)}, or retire it.`,
      ),
    );
  }
  return out;
}
