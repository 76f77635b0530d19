/**
 * Writes an organisation into a KPI folder. The generators own the files of the format
 * (strategy.yaml, teams.yaml, metrics/*.yaml|csv, journal/*.yaml): those are deleted first so a
 * KPI dropped from a generator does not linger; anything else in the folder is left alone.
 */
import { mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Organization } from './org-model.ts';
import {
  renderJournal,
  renderMetric,
  renderReadings,
  renderStrategy,
  renderTeams,
} from './render-org.ts';

/** What was written, for the summary line. */
export interface WriteReport {
  files: number;
  bytes: number;
  rows: number;
}

/** Deletes the files a generator owns in `dir`, leaving any other file. */
export function removeOwnedFiles(dir: string): void {
  for (const name of ['strategy.yaml', 'teams.yaml']) rmSync(join(dir, name), { force: true });
  const owned: [string, RegExp][] = [
    ['metrics', /\.(ya?ml|csv)$/],
    ['journal', /\.ya?ml$/],
  ];
  for (const [sub, pattern] of owned) {
    let names: string[];
    try {
      names = readdirSync(join(dir, sub));
    } catch {
      continue;
    }
    for (const name of names) if (pattern.test(name)) rmSync(join(dir, sub, name), { force: true });
  }
}

/** Options of `writeOrganization`. */
export interface WriteOptions {
  /** Comment lines under the schema line of strategy.yaml and teams.yaml. */
  headers?: { strategy?: string[]; teams?: string[] };
  /**
   * The CSV text of a KPI, when the caller renders readings itself (the large generator builds
   * millions of rows straight into strings); otherwise `org.readings` is rendered.
   */
  csv?: (id: string) => { text: string; rows: number };
}

/** Writes every file of `org` under `dir` (after removing the previous generated files). */
export function writeOrganization(
  dir: string,
  org: Organization,
  options: WriteOptions = {},
): WriteReport {
  removeOwnedFiles(dir);
  mkdirSync(join(dir, 'metrics'), { recursive: true });
  if (org.journal.length > 0) mkdirSync(join(dir, 'journal'), { recursive: true });
  const report: WriteReport = { files: 0, bytes: 0, rows: 0 };
  const write = (path: string, text: string): void => {
    writeFileSync(join(dir, path), text);
    report.files++;
    report.bytes += Buffer.byteLength(text);
  };
  write('strategy.yaml', renderStrategy(org.strategy, options.headers?.strategy));
  write('teams.yaml', renderTeams(org.teams, options.headers?.teams));
  for (const metric of org.metrics) {
    write(`metrics/${metric.id}.yaml`, renderMetric(metric));
    if (options.csv !== undefined) {
      const { text, rows } = options.csv(metric.id);
      write(`metrics/${metric.id}.csv`, text);
      report.rows += rows;
    } else {
      const readings = org.readings.get(metric.id) ?? [];
      write(`metrics/${metric.id}.csv`, renderReadings(readings));
      report.rows += readings.length;
    }
  }
  for (const entry of org.journal) write(`journal/${entry.file}.yaml`, renderJournal(entry));
  return report;
}
