import type { KpiAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';

import { activeKpis } from './guardrail.ts';

import { code, listIds } from './phrases.ts';
import { STRATEGY_FILE, TEAMS_FILE } from '../names/file-names.ts';

/** What a group of primary KPIs shares. */
type Scope = 'goal' | 'objective' | 'team';

interface Group {
  readonly scope: Scope;
  readonly id: string;
  readonly owner: string;
  readonly kpis: string[];
}

/**
 * primary-overload: one owner has more active `primary: true` KPIs than
 * `policy.primary_per_owner` on one goal (KPIs whose line of sight ends at it), one objective
 * (KPIs measuring it) or one team (KPIs it owns). One finding per owner and scope, at the goal or
 * objective in strategy.yaml or the team in teams.yaml. KPIs without an owner are owner-missing.
 */
export function primaryOverload(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const limit = project.strategy.policy.primary_per_owner;
  const groups = new Map<string, Group>();
  const add = (scope: Scope, id: string, owner: string, kpi: string) => {
    const key = `${scope}\u0000${id}\u0000${owner}`;
    const group = groups.get(key) ?? { scope, id, owner, kpis: [] };
    group.kpis.push(kpi);
    groups.set(key, group);
  };
  for (const kpi of activeKpis(analysis)) {
    const { id, def } = kpi.record;
    if (!def.primary || def.owner === undefined) continue;
    const goal = goalOf(kpi);
    if (goal !== null) add('goal', goal, def.owner, id);
    for (const objective of new Set(def.objectives)) add('objective', objective, def.owner, id);
    add('team', def.team, def.owner, id);
  }
  const out: Diagnostic[] = [];
  for (const group of groups.values()) {
    if (group.kpis.length <= limit) continue;
    const at = locateScope(analysis, group.scope, group.id);
    if (at === null) continue;
    out.push(
      diagnostic(
        'primary-overload',
        at,
        `${group.owner} has ${group.kpis.length} primary KPIs on ${group.scope} ${code(group.id)}, more than ${limit}: ${listIds(group.kpis)}.`,
        `Keep the ${limit} that matter most as \`primary: true\` and set \`primary: false\` on the others, or give some another owner.`,
      ),
    );
  }
  return out;
}

/** The goal a KPI's line of sight ends at. */
function goalOf(kpi: KpiAnalysis): string | null {
  const sight = kpi.lineOfSight;
  return sight === null ? null : sight[sight.length - 1]!;
}

function locateScope(analysis: ProjectAnalysis, scope: Scope, id: string): Location | null {
  const { project } = analysis;
  const index =
    scope === 'goal'
      ? project.strategy.goals.findIndex((g) => g.id === id)
      : scope === 'objective'
        ? project.strategy.objectives.findIndex((o) => o.id === id)
        : project.teams.findIndex((t) => t.id === id);
  if (index < 0) return null;
  return scope === 'team'
    ? project.locate(TEAMS_FILE, [index, 'id'])
    : project.locate(STRATEGY_FILE, [scope === 'goal' ? 'goals' : 'objectives', index, 'id']);
}
