/**
 * Structural checks of an organisation, the load-time rules of SPEC §2–§4 that a generator must
 * never break: ids, references, the team tree, the cascade one level up, no cycles, line of sight,
 * readable readings. Returns problems as text; an empty list means the folder should load cleanly.
 */
import { GRAIN_OF, grainOfText, readingDay } from './calendar.ts';
import type { Organization } from './org-model.ts';
import { PERSPECTIVES } from './org-model.ts';
import { GRAIN_RANK } from '../../src/core/period/period.ts';

const KEBAB = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const DAY = /^\d{4}-\d{2}-\d{2}$/;
const LEVEL_RANK = { enterprise: 1, function: 2, team: 3 } as const;

/** Ids reachable in a cycle of a directed graph, or null. */
export function findCycle(edges: ReadonlyMap<string, readonly string[]>): string[] | null {
  const state = new Map<string, 'open' | 'done'>();
  const stack: string[] = [];
  const visit = (node: string): string[] | null => {
    if (state.get(node) === 'done') return null;
    if (state.get(node) === 'open') return [...stack.slice(stack.indexOf(node)), node];
    state.set(node, 'open');
    stack.push(node);
    for (const next of edges.get(node) ?? []) {
      const cycle = visit(next);
      if (cycle !== null) return cycle;
    }
    stack.pop();
    state.set(node, 'done');
    return null;
  };
  for (const node of edges.keys()) {
    const cycle = visit(node);
    if (cycle !== null) return cycle;
  }
  return null;
}

/** Every structural problem of an organisation. */
export function checkStructure(org: Organization): string[] {
  const problems: string[] = [];
  const { strategy, teams, metrics, readings, journal } = org;
  const teamById = new Map(teams.map((t) => [t.id, t]));
  const kpiById = new Map(metrics.map((m) => [m.id, m]));
  const goalIds = new Set(strategy.goals.map((g) => g.id));
  const objectiveById = new Map(strategy.objectives.map((o) => [o.id, o]));
  const ids = [...teamById.keys(), ...kpiById.keys(), ...goalIds, ...objectiveById.keys()];
  for (const id of ids) if (!KEBAB.test(id)) problems.push(`id "${id}" is not kebab-case`);
  for (const [kind, list] of [
    ['team', teams.map((t) => t.id)],
    ['goal', strategy.goals.map((g) => g.id)],
    ['objective', strategy.objectives.map((o) => o.id)],
  ] as const) {
    if (new Set(list).size !== list.length) problems.push(`duplicate ${kind} ids`);
  }

  // Team tree: one enterprise root, each other team one level under its parent.
  const roots = teams.filter((t) => t.level === 'enterprise');
  if (roots.length !== 1) problems.push(`${roots.length} enterprise teams`);
  for (const t of teams) {
    if (t.level === 'enterprise') {
      if (t.parent !== undefined) problems.push(`team ${t.id}: the enterprise has no parent`);
      continue;
    }
    const parent = t.parent === undefined ? undefined : teamById.get(t.parent);
    if (parent === undefined) problems.push(`team ${t.id}: unknown or missing parent`);
    else if (LEVEL_RANK[parent.level] !== LEVEL_RANK[t.level] - 1) {
      problems.push(`team ${t.id} (${t.level}) sits under ${parent.id} (${parent.level})`);
    }
  }

  // Goals and objectives.
  for (const g of strategy.goals) {
    for (const k of g.kpis) if (!kpiById.has(k)) problems.push(`goal ${g.id}: unknown KPI ${k}`);
    if (!DAY.test(g.deadline)) problems.push(`goal ${g.id}: deadline ${g.deadline}`);
  }
  const objectiveEdges = new Map<string, string[]>();
  for (const o of strategy.objectives) {
    if (!(PERSPECTIVES as readonly string[]).includes(o.perspective)) {
      problems.push(`objective ${o.id}: perspective ${o.perspective}`);
    }
    for (const g of o.goals)
      if (!goalIds.has(g)) problems.push(`objective ${o.id}: unknown goal ${g}`);
    for (const d of o.drives ?? []) {
      if (!objectiveById.has(d)) problems.push(`objective ${o.id}: drives unknown ${d}`);
    }
    objectiveEdges.set(o.id, o.drives ?? []);
  }
  const objectiveCycle = findCycle(objectiveEdges);
  if (objectiveCycle !== null) problems.push(`objectives cycle: ${objectiveCycle.join(' → ')}`);

  // KPIs.
  const supportEdges = new Map<string, string[]>();
  const driveEdges = new Map<string, string[]>();
  for (const m of metrics) {
    const where = `kpi ${m.id}`;
    const team = teamById.get(m.team);
    if (team === undefined) problems.push(`${where}: unknown team ${m.team}`);
    for (const t of m.sharedWith ?? [])
      if (!teamById.has(t)) problems.push(`${where}: unknown team ${t}`);
    for (const o of m.objectives)
      if (!objectiveById.has(o)) problems.push(`${where}: unknown objective ${o}`);
    for (const s of m.supports ?? []) {
      const parent = kpiById.get(s.kpi);
      if (parent === undefined) {
        problems.push(`${where}: supports unknown ${s.kpi}`);
        continue;
      }
      const parentTeam = teamById.get(parent.team);
      if (
        team !== undefined &&
        parentTeam !== undefined &&
        LEVEL_RANK[parentTeam.level] !== LEVEL_RANK[team.level] - 1
      ) {
        problems.push(`${where}: supports ${s.kpi}, which is not one level up`);
      }
    }
    for (const d of m.drives ?? [])
      if (!kpiById.has(d.kpi)) problems.push(`${where}: drives unknown ${d.kpi}`);
    supportEdges.set(
      m.id,
      (m.supports ?? []).map((s) => s.kpi),
    );
    driveEdges.set(
      m.id,
      (m.drives ?? []).map((d) => d.kpi),
    );
    if (m.status === 'retired' && m.retired === undefined)
      problems.push(`${where}: retired without a date`);
    if (m.retired?.replacedBy !== undefined && !kpiById.has(m.retired.replacedBy)) {
      problems.push(`${where}: replaced by unknown ${m.retired.replacedBy}`);
    }
    for (const p of [m.baseline, m.target, ...(m.milestones ?? [])]) {
      if (p !== undefined && !DAY.test(p.date)) problems.push(`${where}: plan date ${p.date}`);
    }
    // Line of sight: an objective that serves a goal, or a supported KPI that has it (checked below).
    const rows = readings.get(m.id);
    if (rows === undefined) {
      problems.push(`${where}: no readings file`);
      continue;
    }
    const seen = new Set<number>();
    const rank = GRAIN_RANK[GRAIN_OF[m.cadence]];
    for (const row of rows) {
      const grain = grainOfText(row.date);
      if (grain === null) {
        problems.push(`${where}: unreadable date ${row.date}`);
        continue;
      }
      if (GRAIN_RANK[grain] > rank)
        problems.push(`${where}: reading ${row.date} is coarser than ${m.cadence}`);
      const d = readingDay(row.date);
      if (seen.has(d) && grain === 'day') problems.push(`${where}: duplicate date ${row.date}`);
      seen.add(d);
      if (row.value !== null && !Number.isFinite(row.value))
        problems.push(`${where}: bad value on ${row.date}`);
    }
    if (new Set(rows.map((r) => r.date)).size !== rows.length)
      problems.push(`${where}: duplicate dates`);
  }
  const supportCycle = findCycle(supportEdges);
  if (supportCycle !== null) problems.push(`supports cycle: ${supportCycle.join(' → ')}`);
  const driveCycle = findCycle(driveEdges);
  if (driveCycle !== null) problems.push(`drives cycle: ${driveCycle.join(' → ')}`);

  const servesGoal = (o: string): boolean => (objectiveById.get(o)?.goals.length ?? 0) > 0;
  const sighted = new Map<string, boolean>();
  const hasSight = (id: string, path: Set<string>): boolean => {
    const known = sighted.get(id);
    if (known !== undefined) return known;
    const m = kpiById.get(id);
    if (m === undefined || path.has(id)) return false;
    path.add(id);
    const ok =
      m.objectives.some(servesGoal) ||
      strategy.goals.some((g) => g.kpis.includes(id)) ||
      (m.supports ?? []).some((s) => hasSight(s.kpi, path));
    sighted.set(id, ok);
    return ok;
  };
  for (const m of metrics)
    if (!hasSight(m.id, new Set())) problems.push(`kpi ${m.id}: no line of sight`);

  for (const j of journal) {
    if (!DAY.test(j.date)) problems.push(`journal ${j.file}: date ${j.date}`);
    for (const d of j.decisions ?? [])
      if (!kpiById.has(d.kpi)) problems.push(`journal ${j.file}: unknown ${d.kpi}`);
    for (const a of j.actions ?? [])
      if (!kpiById.has(a.kpi)) problems.push(`journal ${j.file}: unknown ${a.kpi}`);
  }
  return problems;
}
