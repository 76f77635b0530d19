import type { KpiAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import type { Diagnostic } from '../diagnostics/diagnostic.ts';

/**
 * A guardrail rule (SPEC §4): reads a project's analysis and reports what it finds, each finding
 * at the file, line and column of the thing it is about, with the rule's default severity.
 */
export type Guardrail = (analysis: ProjectAnalysis) => Diagnostic[];

/** The KPIs with `status: active`, by id: most guardrails judge only these. */
export function activeKpis(analysis: ProjectAnalysis): KpiAnalysis[] {
  return analysis.kpis.filter((k) => k.record.def.status === 'active');
}
