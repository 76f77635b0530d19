import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatPeriod, periodEnd } from '../period/period.ts';
import { endedInLastYear } from '../analytics/triggers.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/**
 * trigger-unhandled: a trigger of an active KPI fired in the last 365 days (its period ended in
 * them, as for the execution rate) and no journal action answered it, though the response window
 * — the period's end + `policy.response_days` — has closed. One finding per trigger, at
 * `triggers[i]`, with the count and the latest such period; events whose window is still open are
 * not late yet.
 */
export function triggerUnhandled(analysis: ProjectAnalysis): Diagnostic[] {
  const { project, asOf } = analysis;
  const days = project.strategy.policy.response_days;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    const { grain, triggers } = kpi.facts;
    const late = new Map<number, number[]>();
    for (const event of triggers.events) {
      const end = periodEnd({ grain, index: event.period });
      if (event.handled || !endedInLastYear(end, asOf) || end + days >= asOf) continue;
      const periods = late.get(event.trigger) ?? [];
      periods.push(event.period);
      late.set(event.trigger, periods);
    }
    for (const [index, periods] of [...late].sort((a, b) => a[0] - b[0])) {
      const trigger = def.triggers[index];
      if (trigger === undefined) continue;
      const latest = formatPeriod({ grain, index: Math.max(...periods) });
      const times = periods.length === 1 ? 'once' : `${periods.length} times`;
      out.push(
        diagnostic(
          'trigger-unhandled',
          project.locate(file, ['triggers', index]),
          `The trigger “${trigger.action}” of ${code(id)} fired ${times} in the last 365 days with no action recorded within ${days} days; the latest was ${latest}.`,
          `Record what was done in a journal file under \`actions:\` (\`kpi: ${id}\`, the date and the action); if no action was needed, change the trigger's \`when\` so it fires only when one is.`,
        ),
      );
    }
  }
  return out;
}
