import type { Grain } from '../period/period.ts';
import type { Trigger } from '../schema/metric.ts';

/** A trigger condition in words: "falls 20 % or more against 1 week earlier". */
export function describeCondition(when: Trigger['when'], grain: Grain): string {
  const k = when.periods;
  const span = `${k} ${grain}${k === 1 ? '' : 's'}`;
  if (when.change !== undefined) {
    const pct = `${Math.abs(Math.round(when.change * 1000) / 10)} %`;
    return `${when.change < 0 ? 'falls' : 'rises'} ${pct} or more against ${span} earlier`;
  }
  if (when.below !== undefined)
    return k === 1 ? `below ${when.below}` : `below ${when.below} for ${span} in a row`;
  return k === 1 ? `above ${when.above}` : `above ${when.above} for ${span} in a row`;
}
