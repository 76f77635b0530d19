import type { Location } from '../diagnostics/diagnostic.ts';
import type { Metric } from '../schema/metric.ts';
import type { Goal, Objective, Strategy } from '../schema/strategy.ts';
import type { Person } from '../schema/people.ts';
import type { Team } from '../schema/teams.ts';
import type { JournalEntry } from '../schema/journal.ts';
import type { Readings } from './parse-readings.ts';
import type { ValuePath } from './yaml-file.ts';

/** One KPI: its definition and its readings. */
export interface KpiRecord {
  /** The id: the file name without extension. */
  readonly id: string;
  /** Path of the YAML file, relative to the KPI folder. */
  readonly file: string;
  /** Path of the readings CSV, or null when there is none. */
  readonly csvFile: string | null;
  readonly def: Metric;
  /** Readings sorted by date. */
  readonly readings: Readings;
}

/** One journal file. */
export interface JournalRecord {
  readonly file: string;
  readonly entry: JournalEntry;
}

/**
 * A loaded KPI folder: every valid record, cross-referenced. Records whose files had errors are
 * left out (their errors are in the diagnostics), so nothing downstream sees invalid data.
 */
export interface Project {
  readonly strategy: Strategy;
  readonly teams: readonly Team[];
  /** people.yaml's entries; null when the folder has no people.yaml (an invalid one gives []). */
  readonly people: readonly Person[] | null;
  /** Sorted by id. */
  readonly kpis: readonly KpiRecord[];
  /** Sorted by date, then file. */
  readonly journal: readonly JournalRecord[];
  readonly kpiById: ReadonlyMap<string, KpiRecord>;
  readonly teamById: ReadonlyMap<string, Team>;
  readonly goalById: ReadonlyMap<string, Goal>;
  readonly objectiveById: ReadonlyMap<string, Objective>;
  /** Where a value sits in a file (1,1 when the file or path is unknown). */
  locate(file: string, path?: ValuePath, options?: { key?: boolean }): Location;
}
