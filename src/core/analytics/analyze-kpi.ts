import type { JournalRecord, KpiRecord } from '../load/project.ts';
import { GRAIN_OF, periodEnd, type Grain } from '../period/period.ts';
import type { Policy } from '../schema/strategy.ts';
import { computeForecast, type Forecast } from './forecast.ts';
import { computeFreshness, type Freshness } from './freshness.ts';
import { planPoints, plannedAt, type PlanPoint } from './plan.ts';
import { latestOf, periodSeries, type PeriodSeries } from './series.ts';
import { judgeStatus, type StatusResult } from './status.ts';
import { computeTrend, type Trend } from './trend.ts';
import { actionsFor, evaluateTriggers, type TriggerResult } from './triggers.ts';

/** Everything computed about one KPI on its own, before links and scores. */
export interface KpiFacts {
  readonly grain: Grain;
  readonly series: PeriodSeries;
  readonly latest: { readonly index: number; readonly value: number } | null;
  readonly plan: readonly PlanPoint[];
  readonly planned: number | null;
  readonly status: StatusResult;
  readonly trend: Trend;
  readonly forecast: Forecast | null;
  readonly freshness: Freshness;
  readonly triggers: TriggerResult;
}

/** Series, plan, status, trend, forecast, freshness and triggers of one KPI as of a day. */
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
  const plan = planPoints(def);
  // SPEC §3: the plan is read at the latest period's date, its last day.
  const planned =
    latest === null ? null : plannedAt(plan, periodEnd({ grain, index: latest.index }));
  const status = judgeStatus(def, latest?.value ?? null, planned);
  const trend = computeTrend(series, def);
  return {
    grain,
    series,
    latest,
    plan,
    planned,
    status,
    trend,
    forecast: computeForecast(def, trend, grain, asOf),
    freshness: computeFreshness(latest?.index ?? null, grain, asOf, policy.stale_after_periods),
    triggers: evaluateTriggers(
      def.triggers,
      series,
      actionsFor(kpi.id, journal, asOf),
      policy.response_days,
      def.owner ?? null,
    ),
  };
}
