import type { Metric } from '../schema/metric.ts';
import { periodIndexOf, type Grain } from '../period/period.ts';
import { DEFAULT_THRESHOLDS } from './status.ts';
import type { Trend } from './trend.ts';

/** Where the trend line lands at the target date (SPEC §3 Forecast). */
export interface Forecast {
  /** The target date (day number). */
  readonly day: number;
  /** The trend line's value in the target date's period; null without a trend line. */
  readonly value: number | null;
  /** Whether that meets the target; null when it cannot be said. */
  readonly meets: boolean | null;
}

/**
 * Extends the Theil–Sen line to the period holding the target date. Meeting the target means
 * reaching it for `up`, staying at or below it for `down`, and, for `target`, landing within the
 * warning threshold of it. Null without a target, or when the target date is already past.
 */
export function computeForecast(
  def: Pick<Metric, 'direction' | 'target' | 'thresholds'>,
  trend: Trend,
  grain: Grain,
  asOf: number,
): Forecast | null {
  const target = def.target;
  if (target === undefined || target.date < asOf) return null;
  if (trend.slope === null || trend.intercept === null)
    return { day: target.date, value: null, meets: null };
  const value = trend.intercept + trend.slope * periodIndexOf(target.date, grain);
  let meets: boolean;
  if (def.direction === 'up') meets = value >= target.value;
  else if (def.direction === 'down') meets = value <= target.value;
  else {
    const warning = (def.thresholds ?? DEFAULT_THRESHOLDS).warning;
    const tolerance =
      warning.kind === 'percent' ? Math.abs(warning.value * target.value) : Math.abs(warning.value);
    meets = Math.abs(value - target.value) <= tolerance;
  }
  return { day: target.date, value, meets };
}
