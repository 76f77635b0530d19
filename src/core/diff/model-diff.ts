/**
 * What a change to a KPI folder changes (SPEC §5 `plumbline diff`): the result of comparing two
 * models computed at the same as-of date. Plain data, printed as markdown or JSON.
 */
import type { Status } from '../analytics/status.ts';
import type { AmountJson, DatedValueJson, FindingJson, PeriodValueJson } from '../model/model.ts';

/** A KPI as the report names it. */
export interface KpiRef {
  readonly id: string;
  readonly name: string;
  readonly team: string;
}

/** A link as its KPI file declares it (evidence such as r or a detected lag is left out). */
export interface LinkDefinition {
  readonly type: 'supports' | 'drives';
  readonly to: string;
  /** The declared lag; null when the lag is detected from the data. */
  readonly lag: number | null;
  readonly weight: number | null;
  readonly effect: 'direct' | 'inverse';
}

/** A trigger as its KPI file declares it. */
export interface TriggerDefinition {
  /** The condition in words, e.g. `below 30 for 3 months in a row`. */
  readonly when: string;
  readonly action: string;
  /** The trigger's own owner; null when it falls back to the KPI owner. */
  readonly owner: string | null;
}

/** A KPI's warning and critical gaps to plan. */
export interface Thresholds {
  readonly warning: AmountJson;
  readonly critical: AmountJson;
}

/**
 * One change to a KPI, old → new. For `link` and `trigger`, null on one side means the link or
 * trigger was added (before is null) or removed (after is null).
 */
export type KpiFieldChange =
  | { readonly field: 'owner'; readonly before: string | null; readonly after: string | null }
  | { readonly field: 'team'; readonly before: string; readonly after: string }
  | {
      readonly field: 'objectives';
      readonly before: readonly string[];
      readonly after: readonly string[];
    }
  | {
      readonly field: 'target';
      readonly before: DatedValueJson | null;
      readonly after: DatedValueJson | null;
    }
  | { readonly field: 'thresholds'; readonly before: Thresholds; readonly after: Thresholds }
  | {
      readonly field: 'link';
      readonly before: LinkDefinition | null;
      readonly after: LinkDefinition | null;
    }
  | {
      readonly field: 'trigger';
      readonly before: TriggerDefinition | null;
      readonly after: TriggerDefinition | null;
    }
  | {
      readonly field: 'lifecycle';
      readonly before: 'proposed' | 'active' | 'retired';
      readonly after: 'proposed' | 'active' | 'retired';
    }
  | { readonly field: 'status'; readonly before: Status; readonly after: Status }
  | {
      readonly field: 'latest';
      readonly before: PeriodValueJson | null;
      readonly after: PeriodValueJson | null;
    }
  | {
      /** The chance of meeting the target, when its outlook (likely, uncertain, unlikely) changes. */
      readonly field: 'forecast';
      readonly before: number | null;
      readonly after: number | null;
    }
  | {
      readonly field: 'alignment';
      readonly before: number;
      readonly after: number;
      /** Labels of the alignment checks it passes now and did not before. */
      readonly gained: readonly string[];
      /** Labels of the checks it passed before and fails now. */
      readonly lost: readonly string[];
    };

/** A KPI present on both sides with what changed about it. */
export interface KpiChange extends KpiRef {
  /** The unit, to write values in. */
  readonly unit: string;
  readonly changes: readonly KpiFieldChange[];
}

/** The KPI part of a diff; every list is sorted by id. */
export interface KpiDiff {
  /** New KPI files. */
  readonly added: readonly KpiRef[];
  /** KPI files deleted (retiring a KPI keeps its file and history: see `retired`). */
  readonly removed: readonly KpiRef[];
  /** KPIs whose lifecycle became `retired`. */
  readonly retired: readonly KpiRef[];
  /** KPIs whose lifecycle became `active` (from proposed or retired). */
  readonly activated: readonly KpiRef[];
  /** KPIs whose file loaded at the base and has errors now, so they cannot be compared. */
  readonly broken: readonly KpiRef[];
  /** KPIs whose file had errors at the base and loads now, so they cannot be compared. */
  readonly repaired: readonly KpiRef[];
  /** KPIs on both sides with at least one change. */
  readonly changed: readonly KpiChange[];
}

/** What a team, objective or goal is. */
export type EntityKind = 'team' | 'objective' | 'goal';

/** A team, objective or goal added, removed or redefined. */
export interface EntityChange {
  readonly kind: EntityKind;
  readonly id: string;
  readonly name: string;
  readonly change: 'added' | 'removed' | 'changed';
  /** The fields that changed (for `changed`), e.g. `owner`, `title`. */
  readonly fields: readonly string[];
}

/** An alignment score before → after; null on the side where the entity does not exist. */
export interface ScoreChange {
  readonly kind: 'organization' | EntityKind;
  readonly id: string;
  readonly name: string;
  readonly before: number | null;
  readonly after: number | null;
}

/** The one-line summary: its level decides the emoji. */
export interface Verdict {
  readonly level: 'ok' | 'warning' | 'error';
  readonly text: string;
}

/** Everything a change to a KPI folder changes. */
export interface ModelDiff {
  /** The as-of date both sides were computed at. */
  readonly asOf: string;
  /** False when nothing that the report shows changed. */
  readonly changed: boolean;
  readonly verdict: Verdict;
  /** What could not be compared and why (e.g. a side whose strategy.yaml has errors). */
  readonly notes: readonly string[];
  readonly kpis: KpiDiff;
  /** Teams, objectives and goals added, removed or redefined, by kind then id. */
  readonly entities: readonly EntityChange[];
  /** Findings matched by severity, rule, file and message (not line: lines shift on edits). */
  readonly findings: {
    readonly introduced: readonly FindingJson[];
    readonly resolved: readonly FindingJson[];
  };
  /**
   * The organisation's score, then every touched or moved team, objective and goal; null when the
   * scores cannot be compared (strategy.yaml or teams.yaml has errors on a side).
   */
  readonly scores: readonly ScoreChange[] | null;
}
