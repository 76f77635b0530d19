import type { KpiAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code, listIds } from './phrases.ts';

/**
 * kpi-conflict: two active KPIs owned by different teams measure the same objective in the same
 * unit, one wanting it up and the other down — the teams may be pulling against each other. One
 * finding per pair, listing the objectives they share, at the `direction` of the first by id.
 */
export function kpiConflict(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const byObjective = new Map<string, KpiAnalysis[]>();
  for (const kpi of activeKpis(analysis)) {
    if (kpi.record.def.direction === 'target') continue;
    for (const objective of new Set(kpi.record.def.objectives)) {
      const list = byObjective.get(objective) ?? [];
      list.push(kpi);
      byObjective.set(objective, list);
    }
  }
  // Pair key (ids in order) → the shared objectives.
  const pairs = new Map<string, { a: KpiAnalysis; b: KpiAnalysis; objectives: string[] }>();
  for (const [objective, kpis] of byObjective) {
    const ups = kpis.filter((k) => k.record.def.direction === 'up');
    const downs = kpis.filter((k) => k.record.def.direction === 'down');
    for (const up of ups) {
      for (const down of downs) {
        if (up.record.def.team === down.record.def.team) continue;
        if (up.record.def.unit !== down.record.def.unit) continue;
        const [a, b] = up.record.id < down.record.id ? [up, down] : [down, up];
        const key = `${a.record.id}\u0000${b.record.id}`;
        const pair = pairs.get(key) ?? { a, b, objectives: [] };
        pair.objectives.push(objective);
        pairs.set(key, pair);
      }
    }
  }
  const out: Diagnostic[] = [];
  for (const { a, b, objectives } of pairs.values()) {
    const ta = a.record.def.team;
    const tb = b.record.def.team;
    out.push(
      diagnostic(
        'kpi-conflict',
        project.locate(a.record.file, ['direction']),
        `${code(a.record.id)} (${ta}) should go ${a.record.def.direction} while ${code(b.record.id)} (${tb}) should go ${b.record.def.direction}, yet both measure ${objectives.length === 1 ? 'objective' : 'objectives'} ${listIds(objectives.sort())} in ${a.record.def.unit}: the two teams may pull against each other.`,
        `If they count the same thing, agree on one KPI owned by one team and share it with the other (\`shared_with: [${tb}]\`); if they differ, say how in their names and descriptions.`,
      ),
    );
  }
  return out;
}
