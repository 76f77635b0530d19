import type { JournalRecord } from '../load/project.ts';
import { periodEnd, periodStart, type Grain } from '../period/period.ts';
import type { Trigger } from '../schema/metric.ts';
import { latestOf, valueAt, type PeriodSeries } from './series.ts';

/** One firing of a trigger (SPEC §3 Triggers). */
export interface TriggerEvent {
  /** Index of the trigger in the KPI file. */
  readonly trigger: number;
  /** Period index at the series' grain. */
  readonly period: number;
  /** Whether a journal action answered it in time. */
  readonly handled: boolean;
  /** The journal action that answered it, if any. */
  readonly response: {
    readonly file: string;
    readonly day: number;
    readonly action: string;
    readonly owner: string | null;
  } | null;
}

/** A trigger whose condition holds at the latest period. */
export interface ActiveAlert {
  readonly trigger: number;
  /** The period the current run of the condition started (its firing). */
  readonly since: number;
  readonly action: string;
  readonly owner: string | null;
}

/** All firings, the active alerts, and the response figures of one KPI. */
export interface TriggerResult {
  readonly events: TriggerEvent[];
  readonly alerts: ActiveAlert[];
}

/** A journal action about one KPI. */
export interface KpiAction {
  readonly file: string;
  readonly day: number;
  readonly action: string;
  readonly owner: string | null;
}

/** The journal actions about a KPI dated up to the as-of date, by date. */
export function actionsFor(
  kpi: string,
  journal: readonly JournalRecord[],
  asOf: number,
): KpiAction[] {
  const out: KpiAction[] = [];
  for (const { file, entry } of journal) {
    if (entry.date > asOf) continue;
    for (const a of entry.actions) {
      if (a.kpi === kpi && a.date <= asOf)
        out.push({ file, day: a.date, action: a.action, owner: a.owner ?? null });
    }
  }
  return out.sort((a, b) => a.day - b.day || (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Whether a trigger's condition holds at period t. */
export function conditionHolds(when: Trigger['when'], series: PeriodSeries, t: number): boolean {
  const v = valueAt(series, t);
  if (Number.isNaN(v)) return false;
  const k = when.periods;
  if (when.change !== undefined) {
    const before = valueAt(series, t - k);
    if (Number.isNaN(before) || before === 0) return false;
    const change = (v - before) / Math.abs(before);
    return when.change < 0 ? change <= when.change : change >= when.change;
  }
  const limit = when.below ?? when.above;
  if (limit === undefined) return false;
  for (let i = 0; i < k; i++) {
    const x = valueAt(series, t - i);
    if (Number.isNaN(x) || (when.below !== undefined ? !(x < limit) : !(x > limit))) return false;
  }
  return true;
}

/**
 * Evaluates every trigger at every period with a value. A trigger fires — one event — where its
 * condition holds and did not hold at the previous calendar period; it is an active alert while
 * it holds at the latest period. An event is handled when the journal has an action for the KPI
 * dated from the period's first day to `responseDays` days after its last.
 */
export function evaluateTriggers(
  triggers: readonly Trigger[],
  series: PeriodSeries,
  actions: readonly KpiAction[],
  responseDays: number,
  defaultOwner: string | null,
): TriggerResult {
  const events: TriggerEvent[] = [];
  const alerts: ActiveAlert[] = [];
  const latest = latestOf(series);
  triggers.forEach((trigger, index) => {
    let previous = false;
    let since = -1;
    for (let k = 0; k < series.values.length; k++) {
      const t = series.first + k;
      const holds = conditionHolds(trigger.when, series, t);
      if (holds && !previous) {
        since = t;
        events.push({
          trigger: index,
          period: t,
          ...respond(series.grain, t, actions, responseDays),
        });
      }
      previous = holds;
    }
    // The series ends at its latest value, so `previous` is the condition at the latest period.
    if (latest !== null && previous) {
      alerts.push({
        trigger: index,
        since,
        action: trigger.action,
        owner: trigger.owner ?? defaultOwner,
      });
    }
  });
  events.sort((a, b) => a.period - b.period || a.trigger - b.trigger);
  return { events, alerts };
}

function respond(
  grain: Grain,
  t: number,
  actions: readonly KpiAction[],
  responseDays: number,
): Pick<TriggerEvent, 'handled' | 'response'> {
  const from = periodStart({ grain, index: t });
  const to = periodEnd({ grain, index: t }) + responseDays;
  const hit = actions.find((a) => a.day >= from && a.day <= to);
  return hit === undefined ? { handled: false, response: null } : { handled: true, response: hit };
}

/** Whether a period ended in the 365 days up to the as-of date: the window of the execution rate (SPEC §3). */
export function endedInLastYear(end: number, asOf: number): boolean {
  return end <= asOf && end > asOf - 365;
}

/** Handled ÷ fired over events whose period ended in the 365 days up to the as-of date; null when none fired. */
export function executionRate(
  events: readonly { period: number; handled: boolean }[],
  grain: Grain,
  asOf: number,
): { fired: number; handled: number; rate: number | null } {
  let fired = 0;
  let handled = 0;
  for (const e of events) {
    if (endedInLastYear(periodEnd({ grain, index: e.period }), asOf)) {
      fired++;
      if (e.handled) handled++;
    }
  }
  return { fired, handled, rate: fired === 0 ? null : handled / fired };
}
