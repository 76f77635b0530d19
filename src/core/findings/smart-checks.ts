import type { Project } from '../load/project.ts';
import { formatDay } from '../period/period.ts';
import type { Goal } from '../schema/strategy.ts';
import { listIds, listWords } from './phrases.ts';

/** The five parts of a SMART goal (SPEC §1 Goal). */
export type SmartPart = 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound';

/** One SMART part of a goal: met or not, what is there or missing, and how to fix it. */
export interface SmartCheck {
  readonly part: SmartPart;
  readonly ok: boolean;
  /** What is there (`deadline 2026-12-31`) or what is missing (`no \`deadline\``). */
  readonly detail: string;
  /** What to add, as the middle of a sentence. */
  readonly fix: string;
}

/**
 * Checks the SMART parts of a goal, in order. What each part needs:
 * - specific: a `statement` (what, how much, by when);
 * - measurable: a headline KPI in `kpis:` that exists and is not retired;
 * - achievable: an `owner` and a `priority` — the files cannot judge realism, but someone must
 *   answer for the goal (Doran's "assignable") and it must be ranked against the others, which is
 *   how effort is shared out;
 * - relevant: at least one objective serves it (`goals:` of an objective);
 * - time-bound: a `deadline`.
 */
export function smartChecks(project: Project, goal: Goal): SmartCheck[] {
  const statement = goal.statement?.trim() ?? '';
  const headline = goal.kpis.filter((id) => {
    const kpi = project.kpiById.get(id);
    return kpi !== undefined && kpi.def.status !== 'retired';
  });
  const unranked: string[] = [];
  if (goal.owner === undefined) unranked.push('no `owner`');
  if (goal.priority === undefined) unranked.push('no `priority`');
  const serving = project.strategy.objectives
    .filter((o) => o.goals.includes(goal.id))
    .map((o) => o.id);
  return [
    {
      part: 'specific',
      ok: statement !== '',
      detail: statement !== '' ? 'has a `statement`' : 'no `statement`',
      fix: 'write a `statement` saying what, how much and by when',
    },
    {
      part: 'measurable',
      ok: headline.length > 0,
      detail:
        headline.length > 0
          ? `headline KPI ${listIds(headline)}`
          : goal.kpis.length === 0
            ? 'no headline KPI in `kpis`'
            : goal.kpis.every((id) => project.kpiById.get(id)?.def.status === 'retired')
              ? 'its headline KPIs are retired'
              : 'its headline KPIs are retired or not defined',
      fix: 'list the KPI that measures it in `kpis:`',
    },
    {
      part: 'achievable',
      ok: unranked.length === 0,
      detail:
        unranked.length === 0
          ? `owner ${goal.owner}, priority ${goal.priority}`
          : listWords(unranked),
      fix: 'name the `owner` who answers for it and its `priority` among the goals',
    },
    {
      part: 'relevant',
      ok: serving.length > 0,
      detail: serving.length > 0 ? `served by ${listIds(serving)}` : 'no objective serves it',
      fix: `add \`${goal.id}\` to the \`goals:\` of the objectives that serve it`,
    },
    {
      part: 'time-bound',
      ok: goal.deadline !== undefined,
      detail:
        goal.deadline === undefined ? 'no `deadline`' : `deadline ${formatDay(goal.deadline)}`,
      fix: 'set a `deadline`',
    },
  ];
}
