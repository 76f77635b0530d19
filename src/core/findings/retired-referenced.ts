import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { type KpiRecord } from '../load/project.ts';
import { formatDay } from '../period/period.ts';

import { activeKpis } from './guardrail.ts';

import { code } from './phrases.ts';
import { STRATEGY_FILE } from '../names/file-names.ts';

/**
 * retired-referenced: a retired KPI is still used — by an active KPI's `supports` or `drives`, by
 * a goal's headline `kpis`, or by a journal decision dated after its retirement (other than a
 * `retire` decision, which records it). Each finding points at the reference.
 */
export function retiredReferenced(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const retired = new Map<string, KpiRecord>();
  for (const kpi of analysis.kpis) {
    if (kpi.record.def.status === 'retired') retired.set(kpi.record.id, kpi.record);
  }
  if (retired.size === 0) return [];
  const out: Diagnostic[] = [];
  const since = (r: KpiRecord) =>
    r.def.retired === undefined ? 'retired' : `retired on ${formatDay(r.def.retired.date)}`;
  const instead = (r: KpiRecord, what: string) => {
    const next = r.def.retired?.replaced_by;
    return next === undefined
      ? `Remove ${what}, or point it at the KPI that took over.`
      : `Point ${what} at ${code(next)}, which replaced it, or remove it.`;
  };

  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    for (const field of ['supports', 'drives'] as const) {
      def[field].forEach((link, j) => {
        const old = retired.get(link.kpi);
        if (old === undefined) return;
        out.push(
          diagnostic(
            'retired-referenced',
            project.locate(file, [field, j, 'kpi']),
            `${code(id)} ${field === 'supports' ? 'supports' : 'drives'} ${code(old.id)}, which was ${since(old)}.`,
            instead(old, `this \`${field}\` link`),
          ),
        );
      });
    }
  }
  project.strategy.goals.forEach((goal, i) =>
    goal.kpis.forEach((id, j) => {
      const old = retired.get(id);
      if (old === undefined) return;
      out.push(
        diagnostic(
          'retired-referenced',
          project.locate(STRATEGY_FILE, ['goals', i, 'kpis', j]),
          `Goal ${code(goal.id)} is measured by ${code(old.id)}, which was ${since(old)}.`,
          instead(old, 'this headline KPI'),
        ),
      );
    }),
  );
  for (const { file, entry } of analysis.journal) {
    entry.decisions.forEach((decision, j) => {
      const old = retired.get(decision.kpi);
      if (old?.def.retired === undefined || decision.decision === 'retire') return;
      if (entry.date <= old.def.retired.date) return;
      out.push(
        diagnostic(
          'retired-referenced',
          project.locate(file, ['decisions', j, 'kpi']),
          `This review decides to ${decision.decision} ${code(old.id)} on ${formatDay(entry.date)}, but it was ${since(old)}.`,
          `If it is back in use, set \`status: active\` and remove \`retired:\` in ${old.file}; otherwise ${old.def.retired.replaced_by === undefined ? 'remove the decision' : `record the decision for ${code(old.def.retired.replaced_by)}, which replaced it`}.`,
        ),
      );
    });
  }
  return out;
}
