/**
 * The site plan: what `plumbline build` and `plumbline dev` publish, decided ahead in pure code —
 * every page's props, every file to write, every chart to draw. The pages receive their props
 * (dynamic routes through `getStaticPaths`) and compute nothing; the executor (publish-site.ts)
 * carries the plan out with the effects it is given.
 */
import type { Repository } from '../core/alerts/issue-search.ts';
import type { CascadeNode } from '../core/analytics/alignment-summary.ts';
import type { NextStep } from '../core/analytics/next-step.ts';
import type { ScorecardState } from '../core/analytics/scorecard-counts.ts';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import type {
  AlertJson,
  GoalJson,
  JournalJson,
  KpiJson,
  ModelJson,
  ObjectiveJson,
  TeamJson,
} from '../core/model/model.ts';
import type { SearchRecord } from './search-records.ts';
import type { ChartJob } from '../charts/chart-data.ts';
import type { PlannedMap } from './plan-charts.ts';

/** One row of a KPI's readings table: a period at the KPI's cadence. */
export interface TableRow {
  readonly period: string;
  readonly date: string;
  readonly value: number;
  readonly planned: number | null;
  readonly notes: readonly string[];
}

/** Rows of readings shown on a KPI page; the CSV download has them all. */
export const TABLE_ROWS = 104;

/** Display names by kind and id. */
export interface Names {
  readonly kpis: Readonly<Record<string, string>>;
  readonly goals: Readonly<Record<string, string>>;
  readonly objectives: Readonly<Record<string, string>>;
  readonly teams: Readonly<Record<string, string>>;
}

/** What every page of one build shares: the layout's facts and every name, for links. */
export interface SiteContext {
  /** The base path, always starting and ending with `/`. */
  readonly base: string;
  readonly organization: string;
  readonly asOf: string;
  readonly names: Names;
  /** File name of the vega-embed module the Explore island loads, under `_vendor/`. */
  readonly vegaEmbed: string;
  /** The GitHub repository whose alert issues the KPI pages link to, when known at build time. */
  readonly repository: Repository | null;
  /** `plumbline dev` only: errors in the files, shown at the top of every page. */
  readonly errors: readonly Diagnostic[];
}

/**
 * What a list shows of a KPI: enough for its row, verdict and line of sight, nothing that only
 * its own page shows (so a page listing it is not rebuilt for that, and the plan stays small).
 */
export type ListedKpi = Pick<
  KpiJson,
  | 'id'
  | 'name'
  | 'unit'
  | 'cadence'
  | 'direction'
  | 'lifecycle'
  | 'level'
  | 'primary'
  | 'owner'
  | 'status'
  | 'stale'
  | 'overdue'
  | 'latest'
  | 'planned'
  | 'gap'
  | 'target'
  | 'baseline'
  | 'trend'
  | 'lineOfSight'
  | 'lineOfSightKinds'
>;

/** A KPI as a list shows it: a row of a scorecard, with its sparkline and its next step. */
export interface KpiRow {
  readonly kpi: ListedKpi;
  readonly state: ScorecardState;
  readonly sparkline: string;
  readonly step: NextStep | null;
}

/** An active alert with the condition of its trigger in words. */
export interface AlertRow extends AlertJson {
  readonly when: string | null;
}

/** The count of active KPIs in each state, the same on every page that shows it. */
export interface StateCounts {
  readonly counts: Readonly<Record<ScorecardState, number>>;
  readonly active: number;
}

/** The charts of one KPI: content keys of the wide and narrow chart (chart-keys.ts). */
export interface KpiCharts {
  readonly wide: string;
  readonly narrow: string;
  /** What the chart draws, in words (kpi-chart-caption.ts). */
  readonly caption: string;
  /** The chart's legend, written above it (kpi-chart-legend.ts). */
  readonly legend: readonly LegendItem[];
}

/** A chart's title as the page writes it above the chart: a line and the line under it. */
export interface ChartTitle {
  readonly text: string;
  readonly subtitle: string;
}

/** A legend entry as the page writes it: its symbol (an inline SVG of ours) and its words. */
export interface LegendItem {
  readonly symbol: string;
  readonly label: string;
}

export interface HomeProps {
  readonly destination: string | null;
  readonly states: StateCounts;
  readonly score: number;
  readonly alertCount: number;
  /** The active KPIs' trend tests, for the "trends flagged" sentence. */
  readonly trends: readonly Pick<KpiJson, 'lifecycle' | 'trend'>[];
  readonly trendThreshold: number | null;
  readonly scorecard: readonly KpiRow[];
  /** Off-track and at-risk KPIs of every level, with what is being done. */
  readonly attention: readonly KpiRow[];
  readonly goals: readonly GoalJson[];
  readonly alerts: readonly AlertRow[];
  readonly strategyMap: PlannedMap;
  readonly findings: { readonly errors: number; readonly warnings: number; readonly total: number };
}

export interface KpiLinkRow {
  /** `supports`, `drives`, or both when one KPI is linked twice with the same statistics. */
  readonly types: readonly ('supports' | 'drives')[];
  readonly link: KpiJson['links'][number];
  /** The lead/lag chart's content key, when one is drawn, and its phone version's. */
  readonly chart: string | null;
  readonly narrowChart: string | null;
  /** The lead/lag chart's title and legend, written above it (none without a chart). */
  readonly title: ChartTitle | null;
  readonly legend: readonly LegendItem[];
}

export interface KpiPageProps {
  readonly id: string;
  readonly kpi: KpiJson;
  readonly state: ScorecardState;
  readonly step: NextStep | null;
  /**
   * The text of each value the page shows on its own (the readings table, target, forecast and
   * its range, baseline, milestones, the period so far), keyed by the value: one precision for
   * them all, so that no two different values on the page read alike.
   */
  readonly numbers: Readonly<Record<string, string>>;
  readonly charts: KpiCharts;
  readonly links: readonly KpiLinkRow[];
  readonly impact: { readonly to: string; readonly lead: string; readonly tail: string } | null;
  readonly caveats: readonly { readonly to: string; readonly text: string }[];
  readonly decisions: readonly {
    readonly date: string;
    readonly title: string | null;
    readonly decision: string;
    readonly note: string | null;
  }[];
  readonly table: readonly Omit<TableRow, 'date'>[];
  /** "likely to meet" …: the forecast's chance of meeting the target, in words. */
  readonly forecastWords: string | null;
  /** For each active alert, in order, the search for its issue on GitHub (when the repository is known). */
  readonly alertIssues: readonly (string | null)[];
  readonly firstReading: { readonly date: string; readonly value: number } | null;
  readonly explorable: boolean;
}

export interface GoalPageProps {
  readonly id: string;
  readonly goal: GoalJson;
  readonly states: StateCounts;
  readonly headline: readonly (KpiRow & { readonly charts: KpiCharts })[];
  readonly objectives: readonly ObjectiveJson[];
  readonly kpis: readonly KpiRow[];
}

export interface ObjectivePageProps {
  readonly id: string;
  readonly objective: ObjectiveJson;
  readonly states: StateCounts;
  readonly kpis: readonly KpiRow[];
  readonly links: readonly {
    readonly from: string;
    readonly to: string;
    /** "2 weeks": the lag in its periods. */
    readonly lag: string | null;
    readonly link: KpiJson['links'][number];
  }[];
}

export interface TeamPageProps {
  readonly id: string;
  readonly team: TeamJson;
  readonly states: StateCounts;
  /** The teams above it, the top first. */
  readonly chain: readonly { readonly id: string; readonly name: string }[];
  readonly owned: readonly KpiRow[];
  readonly shared: readonly KpiRow[];
  readonly trendThreshold: number | null;
  readonly alerts: readonly AlertRow[];
}

export interface AlignmentProps {
  readonly score: number;
  readonly active: number;
  readonly findings: {
    readonly total: number;
    readonly groups: readonly {
      readonly rule: string;
      readonly severity: 'error' | 'warning' | 'info';
      readonly summary: string | null;
      readonly findings: readonly {
        readonly file: string;
        readonly line: number;
        readonly severity: string;
        readonly message: string;
        readonly hint: string | null;
        readonly kpi: string | null;
        readonly team: string | null;
      }[];
    }[];
    readonly severities: readonly string[];
    readonly teams: readonly { readonly value: string; readonly label: string }[];
  };
  readonly checks: readonly {
    readonly id: string;
    readonly label: string;
    readonly points: number;
    readonly explain: string;
    readonly passed: number;
  }[];
  readonly coverage: readonly {
    readonly label: string;
    readonly objectives: readonly {
      readonly id: string;
      readonly title: string;
      readonly kpis: number;
    }[];
  }[];
  readonly levels: readonly TeamJson[];
  readonly cascade: readonly CascadeNode[];
  readonly noise: ModelJson['noise'];
}

/** The props of every page, as the pages read them (serialised: no functions). */
export interface PagesPlan {
  readonly site: SiteContext;
  readonly home: HomeProps;
  readonly kpis: readonly KpiPageProps[];
  readonly goals: readonly GoalPageProps[];
  readonly objectives: readonly ObjectivePageProps[];
  readonly teams: readonly TeamPageProps[];
  readonly alignment: AlignmentProps;
  readonly kpiIndex: {
    readonly total: number;
    readonly byTeam: readonly {
      readonly team: { readonly id: string; readonly name: string; readonly level: number };
      readonly kpis: readonly KpiRow[];
    }[];
    readonly other: readonly {
      readonly id: string;
      readonly name: string;
      readonly lifecycle: string;
    }[];
  };
  readonly goalIndex: {
    readonly goals: readonly GoalJson[];
    readonly objectives: readonly ObjectiveJson[];
  };
  readonly teamIndex: { readonly teams: readonly TeamJson[] };
  readonly journal: {
    readonly entries: readonly JournalJson[];
    readonly execution: ModelJson['execution'];
  };
  readonly strategyMap: PlannedMap;
  readonly search: {
    readonly kpis: readonly { readonly id: string; readonly name: string }[];
    readonly goals: readonly { readonly id: string; readonly title: string }[];
    readonly objectives: readonly { readonly id: string; readonly title: string }[];
    readonly teams: readonly { readonly id: string; readonly name: string }[];
  };
  /** The cache key of each dynamic page (`kpis/<id>` …): equal keys, equal page. */
  readonly cacheKeys: Readonly<Record<string, string>>;
}

/** A file of the site besides the pages, by its path under the output folder. */
export interface PlannedFile {
  readonly path: string;
  /** The content, made when the file is written (a cached file is not made again). */
  readonly content: () => string;
  /** Equal keys, equal content: the executor's effect may reuse a cached copy. */
  readonly cacheKey?: string;
}

/** Everything a build publishes. */
export interface SitePlan {
  readonly pages: PagesPlan;
  /** One job per distinct content key, in page order. */
  readonly charts: readonly ChartJob[];
  readonly files: readonly PlannedFile[];
  readonly search: readonly SearchRecord[];
}
