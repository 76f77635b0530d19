import type { JournalRecord, KpiRecord } from '../load/project.ts';
import { GRAIN_OF, periodEnd, type Grain } from '../period/period.ts';
import type { Policy } from '../schema/strategy.ts';
import { computeForecast, type Forecast } from './forecast.ts';
import { lazy } from './lazy.ts';
import { computeFreshness, type Freshness } from './freshness.ts';
import { planPoints, plannedAt, type PlanPoint } from './plan.ts';
import {
  inProgressPeriod,
  latestOf,
  periodSeries,
  type PartialPeriod,
  type PeriodSeries,
} from './series.ts';
import { judgeStatus, type StatusResult } from './status.ts';
import { computeTrend, type Trend } from './trend.ts';
import { actionsFor, evaluateTriggers, type TriggerResult } from './triggers.ts';

/** Everything computed about one KPI on its own, before links and scores. */
export interface KpiFacts {
  readonly grain: Grain;
  /** Complete periods only (SPEC §3.1). */
  readonly series: PeriodSeries;
  /** The last complete period with a value. */
  readonly latest: { readonly index: number; readonly value: number } | null;
  /** The in-progress period's value so far, or null. */
  readonly current: PartialPeriod | null;
  readonly plan: readonly PlanPoint[];
  readonly planned: number | null;
  readonly status: StatusResult;
  readonly trend: Trend;
  readonly forecast: Forecast | null;
  readonly freshness: Freshness;
  readonly triggers: TriggerResult;
}

/**
 * Series, plan, status, trend, forecast, freshness and triggers of one KPI as of a day, all from
 * complete periods (SPEC §3.1); the trend's q and direction are set across KPIs by analyzeProject.
 */
export function analyzeKpi(
  kpi: KpiRecord,
  journal: readonly JournalRecord[],
  policy: Policy,
  asOf: number,
): KpiFacts {
  const def = kpi.def;
  const grain = GRAIN_OF[def.cadence];
  const series = periodSeries(kpi.readings, grain, def.aggregate, asOf);
  const latest = latestOf(series);
  const current = inProgressPeriod(kpi.readings, grain, def.aggregate, asOf);
  const plan = planPoints(def);
  // SPEC §3: the plan is read at the latest period's date, its last day.
  const planned =
    latest === null ? null : plannedAt(plan, periodEnd({ grain, index: latest.index }));
  const status = judgeStatus(def, latest?.value ?? null, planned);
  const trend = computeTrend(series, def);
  const facts = {
    grain,
    series,
    latest,
    current,
    plan,
    planned,
    status,
    trend,
    // A reading in the in-progress period is the latest reading too: a week under way is not overdue.
    freshness: computeFreshness(
      current?.index ?? latest?.index ?? null,
      grain,
      asOf,
      policy.stale_after_periods,
    ),
    triggers: evaluateTriggers(
      def.triggers,
      series,
      actionsFor(kpi.id, journal, asOf),
      policy.response_days,
      def.owner ?? null,
    ),
  };
  // Only the model reads the forecast, which backtests up to 121 lines per KPI.
  return lazy(facts, 'forecast', () => computeForecast(def, series, asOf));
}
