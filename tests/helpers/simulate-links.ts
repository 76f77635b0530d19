/**
 * Simulated KPI pairs for the calibration tests of the lead/lag evidence and the elasticity
 * (tests/core/analytics/evidence-calibration.test.ts): series built from a seeded generator, as
 * PeriodSeries at a grain, or as readings for the cross-grain case.
 */
import type { Readings } from '../../src/core/load/parse-readings.ts';
import type { PeriodSeries } from '../../src/core/analytics/series.ts';
import { GRAIN_RANK, periodEnd, periodIndexOf, type Grain } from '../../src/core/period/period.ts';
import type { prng } from './prng.ts';

type Random = ReturnType<typeof prng>;

/** The month index of January 2020, where monthly simulations start. */
export const JAN_2020 = 2020 * 12;

/** A series of `values` at `grain` whose first period is `first`. */
export function seriesOf(values: readonly number[], grain: Grain, first: number): PeriodSeries {
  return { grain, first, values: Float64Array.from(values) };
}

/** Cumulative sums from `start`: the level series whose first differences are `steps`. */
export function cumulate(steps: readonly number[], start = 1000): number[] {
  const out = [start];
  for (const d of steps) out.push(out[out.length - 1]! + d);
  return out;
}

/** n independent standard normal draws. */
export function draws(random: Random, n: number): number[] {
  return Array.from({ length: n }, () => random.normal());
}

/**
 * A seasonal pattern of 12 months with mean 0 and variance `variance` (a random shape, fixed per
 * simulation), as a function of the month index.
 */
export function seasonalPattern(random: Random, variance: number): (month: number) => number {
  const raw = draws(random, 12);
  const mean = raw.reduce((a, b) => a + b, 0) / 12;
  const sd = Math.sqrt(raw.reduce((a, b) => a + (b - mean) ** 2, 0) / 12);
  return (month) => ((raw[((month % 12) + 12) % 12]! - mean) / sd) * Math.sqrt(variance);
}

/** Readings at the given days (ascending), built without parsing text. */
export function readingsAt(days: readonly number[], values: readonly number[]): Readings {
  const n = days.length;
  return {
    length: n,
    days: Int32Array.from(days),
    grains: new Uint8Array(n).fill(GRAIN_RANK.day),
    values: Float64Array.from(values),
    lines: Int32Array.from({ length: n }, (_, i) => i + 2),
    notes: new Map(),
  };
}

/** The last day of each week from the week holding `fromDay`, `count` weeks. */
export function weekEnds(fromDay: number, count: number): number[] {
  const first = periodIndexOf(fromDay, 'week');
  return Array.from({ length: count }, (_, i) => periodEnd({ grain: 'week', index: first + i }));
}
