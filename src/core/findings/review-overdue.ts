import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatDay } from '../period/period.ts';
import { REVIEW_CADENCES } from '../schema/metric.ts';
import { activeKpis } from './guardrail.ts';
import { code, plural } from './phrases.ts';

/** Days allowed between two reviews, by the KPI's `review` cadence. */
export const REVIEW_DAYS = {
  monthly: 31,
  quarterly: 92,
  yearly: 366,
} as const satisfies Record<(typeof REVIEW_CADENCES)[number], number>;

/**
 * review-overdue: an active KPI with `review:` whose latest journal decision — or, never reviewed,
 * its `introduced` date — is more than the cadence's days before the as-of date. A KPI with
 * neither has no review on record at all, so it is overdue too. Points at `review`.
 */
export function reviewOverdue(analysis: ProjectAnalysis): Diagnostic[] {
  const { project, asOf } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    if (def.review === undefined) continue;
    const days = REVIEW_DAYS[def.review];
    const since = kpi.lastReview ?? def.introduced ?? null;
    if (since !== null && asOf - since <= days) continue;
    const last =
      since === null
        ? 'it has no review in the journal and no `introduced` date'
        : kpi.lastReview === null
          ? `it has not been reviewed since it was introduced on ${formatDay(since)}, ${plural(asOf - since, 'day')} ago`
          : `its last review was on ${formatDay(since)}, ${plural(asOf - since, 'day')} ago`;
    out.push(
      diagnostic(
        'review-overdue',
        project.locate(file, ['review']),
        `${code(id)} is due a ${def.review} review (every ${days} days), but ${last}.`,
        `Review it at the next KPI meeting and record the decision (keep, modify or retire) under \`decisions:\` in a journal file, e.g. \`- { kpi: ${id}, decision: keep }\`.`,
      ),
    );
  }
  return out;
}
