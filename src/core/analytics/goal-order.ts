/** The order goals are listed in everywhere: by priority (unprioritised last), then by id. Pure. */
import type { GoalJson } from '../model/model.ts';

/** The goals by priority, then id; a new array. */
export function goalsByPriority<G extends Pick<GoalJson, 'id' | 'priority'>>(
  goals: readonly G[],
): G[] {
  return [...goals].sort(
    (a, b) =>
      (a.priority ?? Infinity) - (b.priority ?? Infinity) ||
      (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}
