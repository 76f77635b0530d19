import { diagnostic } from '../../diagnostics/diagnostic.ts';
import type { RuleId } from '../../diagnostics/rules.ts';
import { LEVEL_NUMBER } from '../../schema/teams.ts';
import { cycles, KPI_WHERE, type ReferenceCheck } from './reference-check.ts';

/**
 * metrics/*.yaml: the teams, objectives and KPIs each KPI names, each supports link one level up
 * the cascade, cycles of supports and of drives.
 */
export function checkKpiReferences(check: ReferenceCheck): void {
  const { project, ctx, objectives, teams, out, unknown } = check;
  for (const kpi of project.kpis) {
    const f = kpi.file;
    const d = kpi.def;
    const teamRef = (field: string, path: PropertyKey[], id: string) => {
      if (ctx.teamsLoaded && !teams.has(id))
        unknown(project.locate(f, path), field, id, 'a team', teams, 'teams.yaml');
    };
    teamRef('team', ['team'], d.team);
    d.shared_with.forEach((id, j) => teamRef('shared_with', ['shared_with', j], id));
    if (ctx.strategyLoaded) {
      d.objectives.forEach((id, j) => {
        if (!objectives.has(id))
          unknown(
            project.locate(f, ['objectives', j]),
            'objectives',
            id,
            'an objective',
            objectives,
            'strategy.yaml `objectives:`',
          );
      });
    }
    const kpiRef = (field: string, path: PropertyKey[], id: string) => {
      if (!ctx.declaredKpis.has(id))
        unknown(project.locate(f, path), field, id, 'a KPI', ctx.declaredKpis, KPI_WHERE);
    };
    d.supports.forEach((link, j) => {
      kpiRef('supports', ['supports', j, 'kpi'], link.kpi);
      const parent = project.kpiById.get(link.kpi);
      const own = project.teamById.get(d.team);
      const theirs = parent === undefined ? undefined : project.teamById.get(parent.def.team);
      if (
        own !== undefined &&
        theirs !== undefined &&
        LEVEL_NUMBER[theirs.level] !== LEVEL_NUMBER[own.level] - 1
      ) {
        out.push(
          diagnostic(
            'ref-level',
            project.locate(f, ['supports', j, 'kpi']),
            `\`${kpi.id}\` (owned by ${own.id}, a ${own.level}) supports \`${link.kpi}\` (owned by ${theirs.id}, a ${theirs.level}); a KPI supports KPIs exactly one level up.`,
            own.level === 'enterprise'
              ? 'An enterprise KPI is the top of the cascade: remove `supports`.'
              : `Link it to a KPI owned by a ${own.level === 'team' ? 'function' : 'the enterprise'} instead.`,
          ),
        );
      }
    });
    d.drives.forEach((link, j) => kpiRef('drives', ['drives', j, 'kpi'], link.kpi));
    if (d.retired?.replaced_by !== undefined)
      kpiRef('replaced_by', ['retired', 'replaced_by'], d.retired.replaced_by);
  }
  const kpiIds = new Set(project.kpis.map((k) => k.id));
  const linkCycles = (rule: RuleId, field: 'supports' | 'drives', words: string, hint: string) =>
    cycles(
      rule,
      kpiIds,
      (id) =>
        project.kpiById
          .get(id)
          ?.def[field].map((l) => l.kpi)
          .filter((k) => kpiIds.has(k)) ?? [],
      (id) => project.locate(project.kpiById.get(id)!.file, [field]),
      words,
      hint,
      out,
    );
  linkCycles(
    'cycle-supports',
    'supports',
    'KPIs support each other in a circle',
    'The cascade runs up one way (team → function → enterprise): remove one `supports` link of the circle.',
  );
  linkCycles(
    'cycle-drives',
    'drives',
    'KPIs drive each other in a circle',
    'A leading indicator drives a lagging one, not back: remove one `drives` link of the circle.',
  );
}
