/**
 * The shape of an organisation as the generators hold it before writing files: one record per
 * file kind of SPEC §2, field for field, plus the comments a person would have written beside
 * some fields. Field names are the camelCase of the YAML keys.
 */
import type { Cadence } from './calendar.ts';

export type Perspective = 'financial' | 'customer' | 'internal-process' | 'learning-growth';
export type Direction = 'up' | 'down' | 'target';
export type Aggregate = 'last' | 'sum' | 'mean' | 'min' | 'max';
export type Audit = 'outcome' | 'driver' | 'proxy' | 'vanity';
export type Level = 'enterprise' | 'function' | 'team';

/** The four perspectives, from the bottom of the strategy map to the top. */
export const PERSPECTIVES = [
  'learning-growth',
  'internal-process',
  'customer',
  'financial',
] as const satisfies readonly Perspective[];

export interface Policy {
  primaryPerOwner?: number;
  staleAfterPeriods?: number;
  responseDays?: number;
}

export interface Goal {
  id: string;
  title: string;
  statement: string;
  kpis: string[];
  owner: string;
  deadline: string;
  priority: number;
  comment?: string;
}

export interface Objective {
  id: string;
  title: string;
  description?: string;
  perspective: Perspective;
  goals: string[];
  drives?: string[];
  owner: string;
}

export interface Strategy {
  organization: string;
  destination: string;
  policy?: Policy;
  goals: Goal[];
  objectives: Objective[];
}

export interface Team {
  id: string;
  name: string;
  level: Level;
  parent?: string;
  lead?: string;
  github?: string;
}

export interface PlanPoint {
  value: number;
  date: string;
}

export interface Trigger {
  when: { change?: string; below?: number; above?: number; periods: number };
  action: string;
  owner?: string;
}

/** One KPI definition, `metrics/<id>.yaml`. */
export interface Metric {
  id: string;
  name: string;
  description: string;
  formula: string;
  unit: string;
  direction: Direction;
  kind: 'leading' | 'lagging';
  team: string;
  sharedWith?: string[];
  owner: string;
  cadence: Cadence;
  aggregate?: Aggregate;
  objectives: string[];
  supports?: { kpi: string; weight?: number }[];
  drives?: { kpi: string; lag?: number; effect?: 'direct' | 'inverse' }[];
  primary?: boolean;
  baseline?: PlanPoint;
  target?: PlanPoint;
  milestones?: PlanPoint[];
  thresholds?: { warning: string | number; critical: string | number };
  triggers?: Trigger[];
  audit: Audit;
  horizon: 'short' | 'long';
  status: 'proposed' | 'active' | 'retired';
  introduced: string;
  retired?: { date: string; reason: string; replacedBy?: string };
  review?: 'monthly' | 'quarterly' | 'yearly';
  source?: { system: string; url?: string; note?: string; connection?: string };
  /** End-of-line comments by YAML key (`shared_with`, `target`, …), or `top` above `name`. */
  comments?: Partial<Record<string, string>>;
}

/** One reading, a CSV row. `value` null is a missing reading (an empty cell). */
export interface Reading {
  date: string;
  value: number | null;
  note?: string;
}

export interface JournalEntry {
  /** The file name without `.yaml`. */
  file: string;
  date: string;
  title: string;
  attendees?: string[];
  notes?: string;
  decisions?: { kpi: string; decision: 'keep' | 'modify' | 'retire' | 'add'; note?: string }[];
  actions?: { kpi: string; date: string; action: string; owner: string; done?: string }[];
}

/** Everything one organisation's files hold. */
export interface Organization {
  strategy: Strategy;
  teams: Team[];
  metrics: Metric[];
  readings: Map<string, Reading[]>;
  journal: JournalEntry[];
}
