import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';

import { activeKpis } from './guardrail.ts';

import { code, plural, withArticle } from './phrases.ts';
import { TEAMS_FILE } from '../names/file-names.ts';

/**
 * vital-few: a team owns fewer or more active KPIs than `policy.vital_few` allows for its level
 * (default enterprise 5–7, function 4–6, team 3–5). Only KPIs it owns (`team:`) count, not those
 * shared with it; a team that owns none is below the range too. Points at the team's id in
 * teams.yaml.
 */
export function vitalFew(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const counts = new Map<string, number>();
  for (const kpi of activeKpis(analysis)) {
    const team = kpi.record.def.team;
    counts.set(team, (counts.get(team) ?? 0) + 1);
  }
  const out: Diagnostic[] = [];
  project.teams.forEach((team, index) => {
    const [min, max] = project.strategy.policy.vital_few[team.level];
    const count = counts.get(team.id) ?? 0;
    if (count >= min && count <= max) return;
    const few = count < min;
    out.push(
      diagnostic(
        'vital-few',
        project.locate(TEAMS_FILE, [index, 'id']),
        `${team.name} (${code(team.id)}, ${withArticle(team.level)}) owns ${plural(count, 'active KPI')}; the vital few for ${withArticle(team.level)} is ${min}–${max}.`,
        few
          ? `Add KPIs (\`team: ${team.id}\`) until it owns at least ${min}: the few numbers that show whether it is succeeding.`
          : `Keep the ${max} that matter most and retire the others (\`status: retired\`), or move them to the team that acts on them.`,
      ),
    );
  });
  return out;
}
