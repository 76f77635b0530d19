import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { RECENT_PERIODS } from '../analytics/lead-lag.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { GRAIN_NOUN } from '../period/period.ts';
import { activeKpis } from './guardrail.ts';
import { code, formatCorrelation, formatP } from './phrases.ts';

/**
 * leading-decorrelated: a `drives` link of an active KPI is validated over the whole history, but
 * its correlation over the last 12 periods is weaker than over the periods before them by a
 * one-sided Fisher z test (SPEC §3.1). Points at the link, `drives[i]`.
 */
export function leadingDecorrelated(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file } = kpi.record;
    for (const link of kpi.links) {
      const { evidence } = link;
      if (
        link.type !== 'drives' ||
        !evidence.decorrelated ||
        evidence.recent === null ||
        evidence.earlier === null ||
        evidence.pWeaker === null
      )
        continue;
      out.push(
        diagnostic(
          'leading-decorrelated',
          project.locate(file, ['drives', link.index]),
          `${code(id)} no longer moves with ${code(link.to)} as it did: the link holds over the whole history (${formatCorrelation(evidence)}), but over the last ${RECENT_PERIODS} ${GRAIN_NOUN[link.grain]}s (${formatCorrelation(evidence.recent)}) it is weaker than before them (${formatCorrelation(evidence.earlier)}; Fisher z test, one-sided ${formatP(evidence.pWeaker)}).`,
          'Find out what changed — how either is measured, or the business itself — then fix the measure, set a new `lag`, or remove the `drives` link.',
        ),
      );
    }
  }
  return out;
}
