import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { activeKpis } from './guardrail.ts';

import { code } from './phrases.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/**
 * objective-without-kpi: no active KPI lists the objective in its `objectives:`. Points at the
 * objective's id in strategy.yaml.
 */
export function objectiveWithoutKpi(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const measured = new Set(activeKpis(analysis).flatMap((k) => k.record.def.objectives));
  const out: Diagnostic[] = [];
  project.strategy.objectives.forEach((objective, index) => {
    if (measured.has(objective.id)) return;
    out.push(
      diagnostic(
        'objective-without-kpi',
        project.locate(STRATEGY_FILE, ['objectives', index, 'id']),
        `No active KPI measures objective ${code(objective.id)}, so nobody can see whether it is being met.`,
        `Add \`${objective.id}\` to the \`objectives:\` of the KPI that shows progress on it, or create such a KPI.`,
      ),
    );
  });
  return out;
}
