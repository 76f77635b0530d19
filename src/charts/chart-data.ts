/**
 * What the chart builders take: plain data cut from the model, so building a spec needs no
 * project, no file system and no clock. Dates are day numbers (days since 1970-01-01, UTC; a
 * period's last day), as the core keeps them, until the spec writes them as epoch milliseconds.
 */
import type { Status } from '../core/analytics/status.ts';
import type { TopLevelSpec } from 'vega-lite';
import type { Cadence } from '../core/period/period.ts';

/**
 * Charts to render to SVG from one spec: the chart, then each variant of it, drawn from the same
 * Vega View after it (a phone's chart from the desktop's: the rows are not put in twice). `keys`
 * are their content keys (chart-keys.ts) in that order; `drawing` makes the spec and variants.
 */
export interface ChartJob {
  readonly keys: readonly [string, ...string[]];
  readonly drawing: () => ChartDrawing;
}

/** A chart's spec and the variants drawn after it. */
export interface ChartDrawing {
  readonly spec: TopLevelSpec;
  readonly variants: readonly ChartVariant[];
}

/**
 * The same chart at another size: its width and height (as the spec's) and the values of the
 * spec's top-level params that differ at that size (ticks, legend columns). Rows do not change.
 */
export interface ChartVariant {
  readonly width: number;
  readonly height: number;
  readonly params: Readonly<Record<string, unknown>>;
}

/** A value on a day. */
export interface Point {
  readonly day: number;
  readonly value: number;
}

/** Input of the KPI chart (DESIGN.md "KPI chart"). */
export interface KpiChartInput {
  readonly id: string;
  readonly name: string;
  /** The KPI unit as written: count, percent, currency:USD, ratio, days, hours, score, or any text. */
  readonly unit: string;
  readonly cadence: Cadence;
  readonly direction: 'up' | 'down' | 'target';
  readonly status: Status;
  /** Per-period values at the KPI's cadence, oldest first; gaps are simply absent periods. */
  readonly series: readonly Point[];
  /** Plan path points (baseline, milestones, target), oldest first; empty without a target. */
  readonly plan: readonly Point[];
  /**
   * Warning and critical bands at each plan point, as absolute bounds in the unit (not
   * half-widths): criticalLow ≤ warningLow ≤ plan ≤ warningHigh ≤ criticalHigh. The chart fills
   * warningLow…warningHigh as the on-track corridor and the strips out to the critical bounds as
   * at risk. For a one-sided KPI set the side that cannot fail to the plan (`up`: warningHigh =
   * criticalHigh = plan). Rows with a non-finite bound are not drawn.
   */
  readonly bands: readonly {
    readonly day: number;
    readonly warningLow: number;
    readonly warningHigh: number;
    readonly criticalLow: number;
    readonly criticalHigh: number;
  }[];
  readonly target: Point | null;
  /**
   * From the latest value to the forecast at the target date; `band` is the 80 % band there
   * (null when the backtests are too few for one). Null without a forecast.
   */
  readonly forecast: {
    readonly from: Point;
    readonly to: Point;
    readonly band: { readonly low: number; readonly high: number } | null;
  } | null;
  /** Days (period ends) where a trigger fired. */
  readonly triggerDays: readonly number[];
  /** The as-of day, drawn as a vertical rule. */
  readonly asOf: number;
  /** Plot width in pixels the chart is drawn for (the SVG scales to its container). */
  readonly width: number;
}

/** Input of the lead/lag pair chart: the two series of first differences aligned at the lag. */
export interface LeadLagChartInput {
  readonly leadingName: string;
  readonly laggingName: string;
  /** Lag in periods of `cadence`. */
  readonly lag: number;
  readonly cadence: Cadence;
  readonly r: number | null;
  readonly n: number;
  /** The link's p after the lag search and autocorrelation (`pAdjusted`). */
  readonly p: number | null;
  /** True when the pairs are the changes less their period-of-year means. */
  readonly seasonal?: boolean;
  /** Pairs: the lagging KPI's period end day, its difference, and the leading KPI's difference `lag` periods earlier. */
  readonly pairs: readonly {
    readonly day: number;
    readonly leading: number;
    readonly lagging: number;
  }[];
  readonly width: number;
}

/** What the page writes of a drives link above its lead/lag chart (title and legend). */
export type LeadLagFacts = Omit<LeadLagChartInput, 'pairs' | 'width'>;

/** Input of a table sparkline. */
export interface SparklineInput {
  readonly values: readonly number[];
  readonly status: Status;
  readonly width: number;
  readonly height: number;
  /** Accessible summary, e.g. "Qualified leads, last 12 weeks: 120 to 182". */
  readonly label: string;
}

/** One objective on the strategy map. */
export interface MapObjective {
  readonly id: string;
  readonly title: string;
  readonly perspective: 'financial' | 'customer' | 'internal-process' | 'learning-growth';
  readonly status: Status;
  /** Objective ids it drives (cause → effect). */
  readonly drives: readonly string[];
  /** Link target of the box (already base-path aware). */
  readonly href: string;
}
