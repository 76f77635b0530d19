import type { Metric } from '../schema/metric.ts';

/**
 * The sign a link's correlation must have (SPEC §3.1): positive when both KPIs are better the same
 * way (both `up`, or both `down`), negative when one is `down` and the other not — an improvement
 * here should show as an improvement there — and reversed once more by `effect: inverse` (better
 * here, worse there). A `target` KPI counts as `up`: nearer the target is not a direction of change.
 */
export function expectedSign(
  from: Metric['direction'],
  to: Metric['direction'],
  effect: 'direct' | 'inverse',
): 1 | -1 {
  const way = (d: Metric['direction']) => (d === 'down' ? -1 : 1);
  return (way(from) * way(to) * (effect === 'inverse' ? -1 : 1)) as 1 | -1;
}
