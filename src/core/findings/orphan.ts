import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/**
 * orphan: an active KPI has no line of sight (SPEC §1): it measures no objective that serves a
 * goal, is no goal's headline KPI, and supports no KPI that reaches a goal. Points at
 * `objectives:` when the file has it, else at the top of the file.
 */
export function orphan(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    if (kpi.lineOfSight !== null) continue;
    const { id, file } = kpi.record;
    out.push(
      diagnostic(
        'orphan',
        project.locate(file, ['objectives'], { key: true }),
        `${code(id)} does not lead to any goal: it measures no objective that serves a goal, and supports no KPI that does.`,
        'Add `objectives: [<objective id>]` naming the objective it shows progress on, or `supports:` a KPI one level up; if it serves no goal, retire it.',
      ),
    );
  }
  return out;
}
