/**
 * What needs someone's attention as of a day (SPEC §5 `plumbline alerts`): the active alerts, the
 * firings nobody answered within `policy.response_days`, the reviews that are overdue, and every
 * firing of the last 90 days (the Atom feed). Pure: computed from an analysis.
 */
import type { KpiAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import { actionsFor, endedInLastYear } from '../analytics/triggers.ts';

import { REVIEW_DAYS } from '../findings/review-overdue.ts';
import { describeCondition } from '../model/describe-condition.ts';
import { formatDay, formatPeriod, parseDay, periodEnd, periodStart } from '../period/period.ts';

import type { Person } from '../schema/people.ts';
import { personKey } from '../names/person-key.ts';

/** A person as alerts show them: the name, and the GitHub login and e-mail from people.yaml. */
export interface AlertOwner {
  readonly name: string;
  readonly github: string | null;
  readonly email: string | null;
}

/** The KPI an alert is about. */
export interface AlertKpi {
  readonly id: string;
  readonly name: string;
  readonly team: string;
  readonly sharedWith: readonly string[];
}

/** A journal action about a KPI. */
export interface AlertResponse {
  readonly file: string;
  readonly date: string;
  readonly action: string;
  readonly owner: string | null;
}

/** One firing of a trigger: the period where its condition started to hold. */
export interface Firing {
  /** Stable across runs and builds: `<kpi>/<trigger index>/<period>`. */
  readonly key: string;
  readonly kpi: AlertKpi;
  readonly trigger: number;
  /** The condition in words: "below 100 for 2 months in a row". */
  readonly condition: string;
  /** The period it fired at, as CSV dates are written (`2026-W09`). */
  readonly period: string;
  /** The period's first and last days. */
  readonly start: string;
  readonly end: string;
  /** The last day an action answers it in time: the period's end + response_days. */
  readonly due: string;
  readonly action: string;
  readonly owner: AlertOwner | null;
  /** A journal action dated within the period and the response window. */
  readonly handled: boolean;
  /** The action that answered it in time, else the first one since the period began (late). */
  readonly response: AlertResponse | null;
  /** The latest period's value, for the verdict. */
  readonly latest: { readonly period: string; readonly value: number } | null;
  /** Whether the condition still holds at the latest period (an active alert). */
  readonly active: boolean;
}

/** A KPI whose review is overdue, or its next review (the calendar). */
export interface ReviewDue {
  readonly kpi: AlertKpi;
  readonly cadence: 'monthly' | 'quarterly' | 'yearly';
  /** The latest journal decision about it, else its `introduced` date; null with neither. */
  readonly last: string | null;
  /** `last` + the cadence's days; null when there is no last (due now). */
  readonly due: string | null;
  readonly overdue: boolean;
  readonly owner: AlertOwner | null;
}

/** Everything `plumbline alerts` reports. */
export interface AlertReport {
  readonly asOf: string;
  readonly responseDays: number;
  /** Active alerts (the firing of each run of a condition that still holds), by KPI and trigger. */
  readonly active: readonly Firing[];
  /** Firings of the last 365 days whose response window closed without an action, newest first. */
  readonly unhandled: readonly Firing[];
  /** Active KPIs with `review:` whose review is overdue, by KPI. */
  readonly reviews: readonly ReviewDue[];
  /** Every firing of the last 90 days, newest first (the Atom feed). */
  readonly recent: readonly Firing[];
  /** Every active KPI with `review:`, due or not (the calendar). */
  readonly schedule: readonly ReviewDue[];
}

/** How far back the feed goes. */
export const RECENT_DAYS = 90;

/** The alert report of a project's analysis. */
export function alertReport(analysis: ProjectAnalysis): AlertReport {
  const { project, asOf } = analysis;
  const days = project.strategy.policy.response_days;
  const ownerOf = ownerLookup(project.people ?? []);
  const active: Firing[] = [];
  const unhandled: Firing[] = [];
  const recent: Firing[] = [];
  const schedule: ReviewDue[] = [];
  for (const k of analysis.kpis) {
    if (k.record.def.status !== 'active') continue;
    const firings = firingsOf(k, analysis, days, ownerOf);
    for (const f of firings) {
      const end = parseDay(f.end)!;
      if (f.active) active.push(f);
      if (!f.handled && endedInLastYear(end, asOf) && end + days < asOf) unhandled.push(f);
      if (end > asOf - RECENT_DAYS && end <= asOf) recent.push(f);
    }
    const review = reviewOf(k, asOf, ownerOf);
    if (review !== null) schedule.push(review);
  }
  const newestFirst = (a: Firing, b: Firing) =>
    a.end !== b.end ? (a.end < b.end ? 1 : -1) : a.key < b.key ? -1 : a.key > b.key ? 1 : 0;
  return {
    asOf: formatDay(asOf),
    responseDays: days,
    active: active.sort((a, b) =>
      a.kpi.id !== b.kpi.id ? (a.kpi.id < b.kpi.id ? -1 : 1) : a.trigger - b.trigger,
    ),
    unhandled: unhandled.sort(newestFirst),
    reviews: schedule.filter((r) => r.overdue),
    recent: recent.sort(newestFirst),
    schedule,
  };
}

function firingsOf(
  k: KpiAnalysis,
  analysis: ProjectAnalysis,
  responseDays: number,
  ownerOf: (name: string | null) => AlertOwner | null,
): Firing[] {
  const { id, def } = k.record;
  const { grain, triggers, latest } = k.facts;
  const kpi: AlertKpi = { id, name: def.name, team: def.team, sharedWith: def.shared_with };
  const actions = actionsFor(id, analysis.journal, analysis.asOf);
  const activeSince = new Map(triggers.alerts.map((a) => [a.trigger, a.since]));
  return triggers.events.map((e) => {
    const trigger = def.triggers[e.trigger]!;
    const start = periodStart({ grain, index: e.period });
    const end = periodEnd({ grain, index: e.period });
    const late = e.response ?? actions.find((a) => a.day >= start) ?? null;
    return {
      key: `${id}/${e.trigger}/${formatPeriod({ grain, index: e.period })}`,
      kpi,
      trigger: e.trigger,
      condition: describeCondition(trigger.when, grain),
      period: formatPeriod({ grain, index: e.period }),
      start: formatDay(start),
      end: formatDay(end),
      due: formatDay(end + responseDays),
      action: trigger.action,
      owner: ownerOf(trigger.owner ?? def.owner ?? null),
      handled: e.handled,
      response:
        late === null
          ? null
          : { file: late.file, date: formatDay(late.day), action: late.action, owner: late.owner },
      latest:
        latest === null
          ? null
          : { period: formatPeriod({ grain, index: latest.index }), value: latest.value },
      active: activeSince.get(e.trigger) === e.period,
    };
  });
}

function reviewOf(
  k: KpiAnalysis,
  asOf: number,
  ownerOf: (name: string | null) => AlertOwner | null,
): ReviewDue | null {
  const { id, def } = k.record;
  if (def.review === undefined) return null;
  // As the review-overdue guardrail judges it: the latest decision, else `introduced`.
  const last = k.lastReview ?? def.introduced ?? null;
  const due = last === null ? null : last + REVIEW_DAYS[def.review];
  return {
    kpi: { id, name: def.name, team: def.team, sharedWith: def.shared_with },
    cadence: def.review,
    last: last === null ? null : formatDay(last),
    due: due === null ? null : formatDay(due),
    overdue: due === null || due < asOf,
    owner: ownerOf(def.owner ?? null),
  };
}

/** Looks a name up in people.yaml; a name not listed is still an owner, without login. */
export function ownerLookup(people: readonly Person[]): (name: string | null) => AlertOwner | null {
  const byKey = new Map(people.map((p) => [personKey(p.name), p]));
  return (name) => {
    if (name === null) return null;
    const p = byKey.get(personKey(name));
    return { name, github: p?.github ?? null, email: p?.email ?? null };
  };
}
