import type { Project } from '../load/project.ts';

/** A step on a line of sight. */
export interface SightStep {
  readonly kind: 'kpi' | 'objective' | 'goal';
  readonly id: string;
}

/**
 * The shortest chain from each KPI to a goal (SPEC §1 Line of sight): [kpi, goal] when it is a
 * goal's headline KPI, [kpi, objective, goal] when it measures an objective that serves a goal, or
 * [kpi, ...the chain of a KPI it supports]. Null when there is none. Ties go to the smaller ids,
 * so the result is stable. Cycles (already load errors) cannot loop.
 */
export function linesOfSight(project: Project): Map<string, SightStep[] | null> {
  const headline = new Map<string, string>();
  for (const goal of [...project.strategy.goals].sort((a, b) => compare(a.id, b.id))) {
    for (const kpi of goal.kpis) if (!headline.has(kpi)) headline.set(kpi, goal.id);
  }
  const memo = new Map<string, SightStep[] | null | 'visiting'>();
  const visit = (id: string): SightStep[] | null => {
    const known = memo.get(id);
    if (known === 'visiting') return null;
    if (known !== undefined) return known;
    memo.set(id, 'visiting');
    const kpi = project.kpiById.get(id);
    const self: SightStep = { kind: 'kpi', id };
    const options: SightStep[][] = [];
    const goal = headline.get(id);
    if (goal !== undefined) options.push([self, { kind: 'goal', id: goal }]);
    for (const objectiveId of kpi?.def.objectives ?? []) {
      const objective = project.objectiveById.get(objectiveId);
      const goals = (objective?.goals ?? []).filter((g) => project.goalById.has(g)).sort(compare);
      if (goals.length > 0)
        options.push([
          self,
          { kind: 'objective', id: objectiveId },
          { kind: 'goal', id: goals[0]! },
        ]);
    }
    for (const link of kpi?.def.supports ?? []) {
      const up = visit(link.kpi);
      if (up !== null) options.push([self, ...up]);
    }
    const key = (path: SightStep[]) => path.map((s) => s.id).join(' ');
    const best = options.sort((a, b) => a.length - b.length || compare(key(a), key(b)))[0] ?? null;
    memo.set(id, best);
    return best;
  };
  const out = new Map<string, SightStep[] | null>();
  for (const kpi of project.kpis) out.set(kpi.id, visit(kpi.id));
  return out;
}

function compare(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
