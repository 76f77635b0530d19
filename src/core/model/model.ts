/**
 * The computed model as JSON (SPEC §5): what `plumbline model` prints, what the site reads and
 * what `data/model.json` holds. Dates are `YYYY-MM-DD`; periods are written as CSV dates are
 * (`2026-03-02`, `2026-W09`, `2026-03`, `2026-Q1`, `2026`); numbers that cannot be computed are
 * null, never NaN.
 */
import type { FindingJson } from '../diagnostics/format-json.ts';
import type { AlignmentCheckId } from '../analytics/alignment.ts';
import type { Status } from '../analytics/status.ts';
import type { TrendDirection } from '../analytics/trend.ts';
import type { Cadence } from '../period/period.ts';
import type { Perspective } from '../schema/strategy.ts';
import type { TeamLevel } from '../schema/teams.ts';

/** A value in a period. */
export interface PeriodValueJson {
  readonly period: string;
  readonly date: string;
  readonly value: number;
}

/** A value at a date. */
export interface DatedValueJson {
  readonly date: string;
  readonly value: number;
}

/** A threshold: a fraction of plan (`percent`, 0.05 = 5 %) or an amount in the unit. */
export interface AmountJson {
  readonly kind: 'percent' | 'absolute';
  readonly value: number;
}

/** One link of a KPI with its evidence. */
export interface LinkJson {
  readonly type: 'supports' | 'drives';
  readonly to: string;
  /** Lag in periods of `grain` (0 for supports); null when no lag had enough data. */
  readonly lag: number | null;
  readonly lagDetected: boolean;
  readonly grain: Cadence;
  readonly effect: 'direct' | 'inverse';
  readonly weight: number | null;
  /**
   * Pearson r of the period-over-period changes at `lag` (of their residuals after period-of-year
   * effects when `seasonal`); null when not computable.
   */
  readonly r: number | null;
  /** Pairs used. */
  readonly n: number;
  /**
   * Two-sided p of r at this lag as if it had been fixed: Student's t on the effective pairs
   * (autocorrelation, Bartlett) less the season means removed.
   */
  readonly p: number | null;
  /** `p` after the lag search (Bonferroni over the lags tried); `p` for a declared lag. */
  readonly pAdjusted: number | null;
  /** True when period-of-year effects were removed (two or more years of a seasonal grain). */
  readonly seasonal: boolean;
  /** pAdjusted < 0.05 with the expected sign, whichever the lag's source. */
  readonly validated: boolean;
  /** Validated, and the last 12 periods' r is weaker than the earlier r (one-sided Fisher z). */
  readonly decorrelated: boolean;
  /** r, n, p over the last 12 periods. */
  readonly recent: {
    readonly r: number | null;
    readonly n: number;
    readonly p: number | null;
  } | null;
  /** r, n, p over the periods before the last 12. */
  readonly earlier: {
    readonly r: number | null;
    readonly n: number;
    readonly p: number | null;
  } | null;
  /** One-sided Fisher z p-value that `recent` is weaker than `earlier`. */
  readonly pWeaker: number | null;
  /**
   * "10 % better here ≈ 10 × value % there", at the link's lag, with its 95 % interval, p and n;
   * null with fewer than 8 pairs or when this KPI's changes barely vary.
   */
  readonly elasticity: {
    readonly value: number;
    readonly low: number;
    readonly high: number;
    readonly p: number;
    readonly n: number;
  } | null;
  /**
   * `validated` (declared lag), `suggested` (validated at a searched lag), `decorrelated`,
   * `unvalidated`, or `not-enough-data` (n < 8).
   */
  readonly evidence: 'validated' | 'suggested' | 'unvalidated' | 'decorrelated' | 'not-enough-data';
}

/** One firing of a trigger. */
export interface TriggerEventJson {
  /** Index of the trigger in the KPI file. */
  readonly trigger: number;
  readonly period: string;
  /** The period's last day. */
  readonly date: string;
  readonly handled: boolean;
  readonly response: {
    readonly file: string;
    readonly date: string;
    readonly action: string;
    readonly owner: string | null;
  } | null;
}

/** An active alert: a trigger whose condition holds at the latest period. */
export interface AlertJson {
  readonly kpi: string;
  readonly trigger: number;
  readonly since: string;
  readonly action: string;
  readonly owner: string | null;
}

/** One check of an alignment score. */
export interface CheckJson {
  readonly id: AlignmentCheckId;
  readonly label: string;
  readonly points: number;
  readonly passed: boolean;
  readonly detail: string;
}

/** A KPI with everything computed about it. */
export interface KpiJson {
  readonly id: string;
  readonly file: string;
  readonly csv: string | null;
  readonly name: string;
  readonly description: string | null;
  readonly formula: string | null;
  readonly unit: string;
  readonly direction: 'up' | 'down' | 'target';
  readonly kind: 'leading' | 'lagging';
  readonly cadence: Cadence;
  readonly aggregate: 'last' | 'sum' | 'mean' | 'min' | 'max';
  readonly team: string;
  readonly sharedWith: readonly string[];
  readonly owner: string | null;
  /** 1 enterprise, 2 function, 3 team; null when the team is unknown. */
  readonly level: 1 | 2 | 3 | null;
  readonly lifecycle: 'proposed' | 'active' | 'retired';
  readonly primary: boolean;
  readonly audit: 'outcome' | 'driver' | 'proxy' | 'vanity' | null;
  readonly horizon: 'short' | 'long' | null;
  readonly objectives: readonly string[];
  readonly introduced: string | null;
  readonly retired: {
    readonly date: string;
    readonly reason: string;
    readonly replacedBy: string | null;
  } | null;
  readonly review: {
    readonly cadence: 'monthly' | 'quarterly' | 'yearly' | null;
    readonly last: string | null;
  };
  readonly source: {
    readonly system: string;
    readonly url: string | null;
    readonly note: string | null;
  } | null;
  readonly status: Status;
  /** Relative gap to plan, signed so positive is better; null when not computable. */
  readonly gap: number | null;
  /** The last complete period with a value (SPEC §3.1). */
  readonly latest: PeriodValueJson | null;
  /** The in-progress period that holds the as-of date, its value so far; null when none. */
  readonly current: (PeriodValueJson & { readonly partial: true }) | null;
  readonly planned: number | null;
  readonly baseline: DatedValueJson | null;
  readonly target: DatedValueJson | null;
  readonly milestones: readonly DatedValueJson[];
  readonly thresholds: { readonly warning: AmountJson; readonly critical: AmountJson };
  readonly triggerDefinitions: readonly {
    readonly index: number;
    readonly when: string;
    readonly action: string;
    readonly owner: string | null;
  }[];
  readonly trend: {
    readonly slope: number | null;
    readonly p: number | null;
    /** Benjamini–Hochberg q across the organisation's active KPIs; null when not tested. */
    readonly q: number | null;
    /** True when the seasonal Kendall test was used. */
    readonly seasonal: boolean;
    /** improving / worsening only when q < 0.1. */
    readonly direction: TrendDirection;
    readonly n: number;
  };
  /** The chance of meeting the target by its date; null without a future target or 8 periods. */
  readonly forecast: {
    readonly date: string;
    readonly value: number;
    /** The 80 % band; null below 9 backtests. */
    readonly low: number | null;
    readonly high: number | null;
    /** (k + 1) / (n + 2) of the backtested errors that would still meet the target. */
    readonly probability: number;
    /** Backtests at the same horizon. */
    readonly n: number;
  } | null;
  readonly stale: boolean;
  readonly overdue: number | null;
  readonly readings: {
    readonly count: number;
    readonly first: string | null;
    readonly last: string | null;
  };
  readonly lineOfSight: readonly string[] | null;
  /** The kind of each step of lineOfSight. */
  readonly lineOfSightKinds: readonly ('kpi' | 'objective' | 'goal')[] | null;
  readonly impact: {
    readonly to: string;
    readonly via: readonly string[];
    readonly declaredWeight: number | null;
    /** The chain's elasticity with a 95 % interval (delta method); null when a link has none. */
    readonly elasticity: {
      readonly value: number;
      readonly low: number;
      readonly high: number;
    } | null;
    /** True when every supports link of the chain is validated by the data. */
    readonly validated: boolean;
  } | null;
  readonly alignment: { readonly score: number; readonly checks: readonly CheckJson[] };
  readonly links: readonly LinkJson[];
  /** Links of other KPIs to this one. */
  readonly linkedFrom: readonly { readonly type: 'supports' | 'drives'; readonly from: string }[];
  readonly triggers: readonly TriggerEventJson[];
  readonly alerts: readonly AlertJson[];
}

/** A goal with its rolled-up status and score. */
export interface GoalJson {
  readonly id: string;
  readonly title: string;
  readonly statement: string | null;
  readonly owner: string | null;
  readonly deadline: string | null;
  readonly priority: number | null;
  readonly kpis: readonly string[];
  readonly objectives: readonly string[];
  readonly status: Status;
  readonly score: number;
  /** The five SMART parts, each met or not, with what is there or missing. */
  readonly smart: readonly {
    readonly part: 'specific' | 'measurable' | 'achievable' | 'relevant' | 'time-bound';
    readonly ok: boolean;
    readonly detail: string;
  }[];
}

/** An objective with its KPIs, causes and effects. */
export interface ObjectiveJson {
  readonly id: string;
  readonly title: string;
  readonly description: string | null;
  readonly perspective: Perspective;
  readonly goals: readonly string[];
  readonly drives: readonly string[];
  readonly drivenBy: readonly string[];
  readonly owner: string | null;
  readonly kpis: readonly string[];
  readonly status: Status;
  readonly score: number;
}

/** A team of the organisation tree. */
export interface TeamJson {
  readonly id: string;
  readonly name: string;
  readonly level: 1 | 2 | 3;
  readonly levelName: TeamLevel;
  readonly parent: string | null;
  readonly children: readonly string[];
  readonly lead: string | null;
  readonly github: string | null;
  /** Active KPIs it owns. */
  readonly kpis: readonly string[];
  /** KPIs of other teams shared with it. */
  readonly shared: readonly string[];
  readonly vitalFew: {
    readonly min: number;
    readonly max: number;
    readonly count: number;
    readonly within: boolean;
  };
  readonly score: number;
}

/** A finding: a load error or a guardrail. */
export type { FindingJson };

/** A journal entry up to the as-of date. */
export interface JournalJson {
  readonly file: string;
  readonly date: string;
  readonly title: string | null;
  readonly attendees: readonly string[];
  readonly notes: string | null;
  readonly decisions: readonly {
    readonly kpi: string;
    readonly decision: string;
    readonly note: string | null;
  }[];
  readonly actions: readonly {
    readonly kpi: string;
    readonly date: string;
    readonly action: string;
    readonly owner: string | null;
    readonly done: string | null;
  }[];
}

/** The whole computed model. */
export interface ModelJson {
  readonly version: 1;
  readonly asOf: string;
  readonly organization: string;
  /** The site's locale for numbers and dates (BCP 47, e.g. `de-DE`): strategy.yaml's `locale`. */
  readonly locale: string;
  readonly destination: string | null;
  readonly score: number;
  readonly kpis: readonly KpiJson[];
  readonly goals: readonly GoalJson[];
  readonly objectives: readonly ObjectiveJson[];
  readonly teams: readonly TeamJson[];
  readonly findings: readonly FindingJson[];
  readonly alerts: readonly AlertJson[];
  /**
   * The trend tests across the organisation's active KPIs (SPEC §3.1): how many were tested (had
   * a p), how many were flagged (q < 0.1), and the Benjamini–Hochberg threshold — the largest p
   * flagged, null when none was.
   */
  readonly trends: {
    readonly tested: number;
    readonly flagged: number;
    readonly threshold: number | null;
  };
  readonly execution: {
    readonly fired: number;
    readonly handled: number;
    readonly rate: number | null;
  };
  readonly noise: readonly {
    readonly quarter: string;
    readonly introduced: readonly string[];
    readonly retired: readonly string[];
  }[];
  readonly journal: readonly JournalJson[];
}
