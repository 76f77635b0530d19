import { plural } from '../words/plural.ts';
import { formatDelta, formatScore } from './describe-value.ts';
import type { Status } from '../analytics/status.ts';
import type { ModelDiff, Verdict } from './model-diff.ts';

/** The line a diff report starts with when nothing changed. */
export const NO_CHANGES = '✅ No changes to KPIs, findings or alignment scores.';

/**
 * The one-line verdict: new errors (❌), else new warnings or a KPI whose status got worse (⚠️),
 * else ✅; then KPIs worse and better (status against plan), findings resolved,
 * the organisation's alignment score before → after, and the KPI counts. E.g.
 * `✅ No new errors; alignment 94 → 96 (+2); 1 KPI added, 2 changed`.
 */
export function verdictOf(diff: Omit<ModelDiff, 'verdict'>): Verdict {
  if (!diff.changed) return { level: 'ok', text: NO_CHANGES };
  const { introduced, resolved } = diff.findings;
  const errors = introduced.filter((f) => f.severity === 'error').length;
  const warnings = introduced.filter((f) => f.severity === 'warning').length;
  const moves = statusMoves(diff);
  const worse = moves.filter((m) => m.after > m.before);
  const better = moves.filter((m) => m.after < m.before);
  // One KPI worse: say how (`on-track → at-risk`); ids and names stay out of the headline.
  const worseText =
    worse.length === 1
      ? `1 KPI worse (${worse[0]!.from} → ${worse[0]!.to})`
      : `${plural(worse.length, 'KPI')} worse`;
  const parts: string[] = [];
  if (errors > 0)
    parts.push(
      `❌ ${plural(errors, 'new error')}${warnings > 0 ? `, ${plural(warnings, 'new warning')}` : ''}`,
    );
  else if (warnings > 0) parts.push(`⚠️ ${plural(warnings, 'new warning')}`);
  else if (worse.length > 0) parts.push(`⚠️ No new errors, but ${worseText}`);
  else parts.push('✅ No new errors');
  if (worse.length > 0 && (errors > 0 || warnings > 0)) parts.push(worseText);
  if (better.length > 0) parts.push(`${plural(better.length, 'KPI')} better`);
  if (resolved.length > 0) parts.push(`${plural(resolved.length, 'finding')} resolved`);
  const org = diff.scores?.[0];
  if (org === undefined) parts.push('alignment not compared');
  else if (org.before !== null && org.after !== null)
    parts.push(
      `alignment ${formatScore(org.before)} → ${formatScore(org.after)} (${formatDelta(org.before, org.after)})`,
    );
  const { kpis } = diff;
  const counts = (
    [
      [kpis.added.length, 'added'],
      [kpis.removed.length, 'removed'],
      [kpis.retired.length, 'retired'],
      [kpis.activated.length, 'activated'],
      [kpis.broken.length, 'unreadable'],
      [kpis.repaired.length, 'readable again'],
      [kpis.changed.length, 'changed'],
    ] as const
  ).filter(([n]) => n > 0);
  if (counts.length > 0)
    parts.push(
      counts
        .map(([n, what], i) => (i === 0 ? `${plural(n, 'KPI')} ${what}` : `${n} ${what}`))
        .join(', '),
    );
  return {
    level: errors > 0 ? 'error' : warnings > 0 || worse.length > 0 ? 'warning' : 'ok',
    text: parts.join('; '),
  };
}

/** How bad a status is; statuses without a judgement (no target, no data) are not ranked. */
const RANK: Partial<Record<Status, number>> = { 'on-track': 0, 'at-risk': 1, 'off-track': 2 };

/** The KPIs whose status moved between two ranked statuses. */
function statusMoves(diff: Omit<ModelDiff, 'verdict'>) {
  return diff.kpis.changed.flatMap((kpi) =>
    kpi.changes.flatMap((c) => {
      if (c.field !== 'status') return [];
      const before = RANK[c.before];
      const after = RANK[c.after];
      return before === undefined || after === undefined
        ? []
        : [{ before, after, from: c.before, to: c.after }];
    }),
  );
}
