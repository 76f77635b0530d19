import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { RECENT_PERIODS } from '../analytics/lead-lag.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { GRAIN_NOUN } from '../period/period.ts';
import { activeKpis } from './guardrail.ts';
import { code, formatCorrelation } from './phrases.ts';

/**
 * leading-decorrelated: a `drives` link of an active KPI was validated over the whole history but
 * not over the last 12 periods (SPEC §3 Lead/lag evidence). Points at the link, `drives[i]`.
 */
export function leadingDecorrelated(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file } = kpi.record;
    for (const link of kpi.links) {
      const { evidence } = link;
      if (link.type !== 'drives' || !evidence.decorrelated || evidence.recent === null) continue;
      out.push(
        diagnostic(
          'leading-decorrelated',
          project.locate(file, ['drives', link.index]),
          `${code(id)} no longer moves with ${code(link.to)}: the link holds over the whole history (${formatCorrelation(evidence)}) but not over the last ${RECENT_PERIODS} ${GRAIN_NOUN[link.grain]}s (${formatCorrelation(evidence.recent)}).`,
          'Find out what changed — how either is measured, or the business itself — then fix the measure, set a new `lag`, or remove the `drives` link.',
        ),
      );
    }
  }
  return out;
}
