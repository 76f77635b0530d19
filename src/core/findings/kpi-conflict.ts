import type { KpiAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { activeKpis } from './guardrail.ts';
import { code } from './phrases.ts';

/** KPIs named in one finding before "and N more". */
const NAMED = 4;

/**
 * kpi-conflict: on one objective, active KPIs of different teams in the same unit pull in
 * opposite directions (one `up`, another `down`) — the teams may be working against each other.
 * One finding per objective and unit, not per pair, so the cost and the noise grow linearly with
 * the KPIs; it points at the `direction` of the first KPI by id.
 */
export function kpiConflict(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const groups = new Map<
    string,
    { objective: string; unit: string; up: KpiAnalysis[]; down: KpiAnalysis[] }
  >();
  for (const kpi of activeKpis(analysis)) {
    const { direction, unit } = kpi.record.def;
    if (direction === 'target') continue;
    for (const objective of new Set(kpi.record.def.objectives)) {
      const key = `${objective}\u0000${unit}`;
      const group = groups.get(key) ?? { objective, unit, up: [], down: [] };
      group[direction].push(kpi);
      groups.set(key, group);
    }
  }
  const out: Diagnostic[] = [];
  for (const { objective, unit, up, down } of [...groups.values()].sort((a, b) =>
    a.objective < b.objective ? -1 : a.objective > b.objective ? 1 : a.unit < b.unit ? -1 : 1,
  )) {
    if (up.length === 0 || down.length === 0) continue;
    const teams = new Set([...up, ...down].map((k) => k.record.def.team));
    if (teams.size < 2) continue;
    const all = [...up, ...down].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
    const first = all[0]!;
    const [named, others] = first.record.def.direction === 'down' ? [down, up] : [up, down];
    const otherTeam =
      others.find((k) => k.record.def.team !== first.record.def.team)?.record.def.team ??
      others[0]!.record.def.team;
    out.push(
      diagnostic(
        'kpi-conflict',
        project.locate(first.record.file, ['direction']),
        `${list(named)} should go ${named[0]!.record.def.direction} while ${list(others)} should go ${others[0]!.record.def.direction}, yet ${all.length === 2 ? 'both' : 'all'} measure objective ${code(objective)} in ${unit}: the ${teams.size === 2 ? 'two teams' : 'teams'} may pull against each other.`,
        `If they count the same thing, agree on one KPI owned by one team and share it with the other (\`shared_with: [${otherTeam}]\`); if they differ, say how in their names and descriptions.`,
      ),
    );
  }
  return out;
}

function list(kpis: readonly KpiAnalysis[]): string {
  const sorted = [...kpis].sort((a, b) => (a.record.id < b.record.id ? -1 : 1));
  const named = sorted.slice(0, NAMED).map((k) => `${code(k.record.id)} (${k.record.def.team})`);
  const more = sorted.length - named.length;
  return more > 0
    ? `${named.join(', ')} and ${more} more`
    : named.join(sorted.length === 2 ? ' and ' : ', ');
}
