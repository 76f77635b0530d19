import { STRATEGY_FILE } from '../../names/file-names.ts';
import { cycles, duplicates, KPI_WHERE, type ReferenceCheck } from './reference-check.ts';

/** strategy.yaml: duplicate goal and objective ids, the KPIs, goals and objectives it names, cycles. */
export function checkStrategyReferences(check: ReferenceCheck): void {
  const { project, ctx, goals, objectives, out, unknown } = check;
  const { strategy } = project;
  const sf = STRATEGY_FILE;
  duplicates(
    strategy.goals.map((g, i) => ({ id: g.id, at: project.locate(sf, ['goals', i, 'id']) })),
    'goal',
    out,
  );
  duplicates(
    strategy.objectives.map((o, i) => ({
      id: o.id,
      at: project.locate(sf, ['objectives', i, 'id']),
    })),
    'objective',
    out,
  );
  strategy.goals.forEach((goal, i) =>
    goal.kpis.forEach((id, j) => {
      if (!ctx.declaredKpis.has(id))
        unknown(
          project.locate(sf, ['goals', i, 'kpis', j]),
          'kpis',
          id,
          'a KPI',
          ctx.declaredKpis,
          KPI_WHERE,
        );
    }),
  );
  strategy.objectives.forEach((objective, i) => {
    objective.goals.forEach((id, j) => {
      if (!goals.has(id))
        unknown(
          project.locate(sf, ['objectives', i, 'goals', j]),
          'goals',
          id,
          'a goal',
          goals,
          'strategy.yaml `goals:`',
        );
    });
    objective.drives.forEach((id, j) => {
      if (!objectives.has(id))
        unknown(
          project.locate(sf, ['objectives', i, 'drives', j]),
          'drives',
          id,
          'an objective',
          objectives,
          'strategy.yaml `objectives:`',
        );
    });
  });
  cycles(
    'cycle-objectives',
    objectives,
    (id) => project.objectiveById.get(id)?.drives.filter((d) => objectives.has(d)) ?? [],
    (id) =>
      project.locate(sf, [
        'objectives',
        strategy.objectives.findIndex((o) => o.id === id),
        'drives',
      ]),
    'objectives drive each other in a circle',
    'A cause-and-effect chain runs one way (learning-growth → internal-process → customer → financial): remove one `drives` link of the circle.',
    out,
  );
}
