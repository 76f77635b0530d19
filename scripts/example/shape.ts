/**
 * The time axis and the building blocks of Northwind's series: growth, retail seasonality with a
 * Q4 peak, weekday patterns and rounding. Every series is modelled from 2022 so trailing and lagged
 * values exist when the readings start in January 2023.
 */
import {
  day,
  formatReadingDate,
  periodEnd,
  periodIndexOf,
  periodsThrough,
  periodStart,
  ymdFromDay,
  type DateForm,
  type Grain,
  type Period,
} from '../lib/calendar.ts';
import { periodValues, type PeriodValues } from '../lib/inspect-kpi.ts';
import type { Aggregate, Reading } from '../lib/org-model.ts';

/** First modelled day: a year before the first reading. */
export const MODEL_START = day('2022-01-01');
/** The first reading of most KPIs. */
export const FIRST_READING = day('2023-01-01');
/** The last day with data: the day before the as-of date. */
export const LAST_DAY = day('2026-11-23');
/** The date the example is meant to be read at (SPEC §3: every computation takes one). */
export const AS_OF_TEXT = '2026-11-24';
export const AS_OF = day(AS_OF_TEXT);

/** One modelled value of a KPI: a period (or a day, for KPIs read several times a period). */
export interface Point {
  period: Period;
  value: number | null;
  note?: string;
}

/** Monthly demand factors, January first: outdoor retail peaks in November and December. */
export const ONLINE_SEASON = [0.8, 0.74, 0.86, 0.94, 1.01, 1.0, 0.95, 0.94, 0.92, 1.0, 1.36, 1.58];
export const STORE_SEASON = [0.8, 0.76, 0.9, 0.97, 1.04, 1.1, 1.06, 1.02, 0.94, 0.97, 1.2, 1.45];
/** B2B buys ahead of the seasons: outfitters in late winter, schools and clubs in late summer. */
export const B2B_SEASON = [0.85, 1.12, 1.25, 1.1, 0.95, 0.88, 0.9, 1.12, 1.15, 0.98, 0.9, 0.72];

/** A monthly profile read smoothly on a day: linear between mid-month points. */
export function season(profile: readonly number[], d: number): number {
  const { month, day: dom } = ymdFromDay(d);
  const x = month - 1 + (dom - 15) / 30.4;
  const lo = Math.floor(x);
  const f = x - lo;
  const at = (i: number): number => profile[((i % 12) + 12) % 12]!;
  return at(lo) * (1 - f) + at(lo + 1) * f;
}

/** Compound growth at `rate` a year since the model start. */
export function grown(d: number, rate: number): number {
  return Math.pow(1 + rate, (d - MODEL_START) / 365.25);
}

/** Years since the model start. */
export function years(d: number): number {
  return (d - MODEL_START) / 365.25;
}

/** A smooth step from 0 to 1 between two days (a rollout, a ramp). */
export function ramp(d: number, from: number, to: number): number {
  if (d <= from) return 0;
  if (d >= to) return 1;
  const x = (d - from) / (to - from);
  return x * x * (3 - 2 * x);
}

/** Rounds to a number of decimals; a negative number rounds to tens, hundreds… */
export function round(x: number, decimals = 0): number {
  if (decimals < 0) {
    const step = 10 ** -decimals;
    return Math.round(x / step) * step;
  }
  const f = 10 ** decimals;
  return Math.round(x * f) / f;
}

/** Every day from `from` to `to`, both included. */
export function eachDay(from: number, to: number): number[] {
  const out: number[] = [];
  for (let d = from; d <= to; d++) out.push(d);
  return out;
}

/** Periods of a grain over the model, up to the last day with data. */
export function modelPeriods(grain: Grain, to = LAST_DAY): Period[] {
  return periodsThrough(grain, MODEL_START, to);
}

/** A period's mid-day, where a period-level model is evaluated. */
export function midDay(p: Period): number {
  return Math.floor((periodStart(p) + periodEnd(p)) / 2);
}

/** Combines a daily model into periods of `grain` (only whole periods that ended by LAST_DAY). */
export function rollUp(
  daily: ReadonlyMap<number, number>,
  grain: Grain,
  combine: 'sum' | 'mean',
): Map<number, number> {
  const out = new Map<number, number>();
  for (const p of modelPeriods(grain)) {
    let total = 0;
    let count = 0;
    for (let d = periodStart(p); d <= periodEnd(p); d++) {
      const v = daily.get(d);
      if (v === undefined) continue;
      total += v;
      count++;
    }
    if (count > 0) out.set(p.index, combine === 'sum' ? total : total / count);
  }
  return out;
}

/** The readings of a list of points in a date form. */
export function toReadings(points: readonly Point[], form: DateForm): Reading[] {
  return points.map((p) => ({
    date: formatReadingDate(p.period, form),
    value: p.value,
    ...(p.note === undefined ? {} : { note: p.note }),
  }));
}

/**
 * A KPI's values at some grain exactly as Plumbline will combine them from the written readings:
 * what a lagging series must be built on for the lead/lag evidence to show in the files.
 */
export function valuesAt(
  points: readonly Point[],
  form: DateForm,
  grain: Grain,
  aggregate: Aggregate,
): PeriodValues {
  return periodValues(toReadings(points, form), grain, aggregate, AS_OF);
}

/** The period index of a day at a grain. */
export function indexOf(d: number, grain: Grain): number {
  return periodIndexOf(d, grain);
}
