/**
 * Writes a generated organisation's files under a KPI folder: strategy.yaml, teams.yaml,
 * metrics/<id>.yaml and .csv, journal/<file>.yaml. The files a generator owns are deleted first,
 * so a smaller run leaves no stale KPI behind; any other file in the folder is kept.
 */
import { existsSync, mkdirSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { stringify } from 'yaml';
import type { LargeOrganization } from './large-org.ts';

/** What was written, for the summary line. */
export interface WriteReport {
  files: number;
  bytes: number;
  rows: number;
}

/** Deletes the files a generator owns in `dir`, leaving any other file. */
function removeOwnedFiles(dir: string): void {
  for (const name of ['strategy.yaml', 'teams.yaml']) rmSync(join(dir, name), { force: true });
  for (const [sub, pattern] of [
    ['metrics', /\.(ya?ml|csv)$/],
    ['journal', /\.ya?ml$/],
  ] as const) {
    const names = existsSync(join(dir, sub)) ? readdirSync(join(dir, sub)) : [];
    for (const name of names) if (pattern.test(name)) rmSync(join(dir, sub, name), { force: true });
  }
}

/** Writes every file of the organisation under `dir`. */
export function writeOrganization(dir: string, large: LargeOrganization): WriteReport {
  const { org } = large;
  removeOwnedFiles(dir);
  mkdirSync(join(dir, 'metrics'), { recursive: true });
  mkdirSync(join(dir, 'journal'), { recursive: true });
  const report: WriteReport = { files: 0, bytes: 0, rows: 0 };
  const write = (path: string, text: string): void => {
    writeFileSync(join(dir, path), text);
    report.files++;
    report.bytes += Buffer.byteLength(text);
  };
  const yaml = (value: unknown) => stringify(value, { lineWidth: 0 });
  write('strategy.yaml', yaml(org.strategy));
  write('teams.yaml', yaml(org.teams));
  for (const { id, ...metric } of org.metrics) {
    write(`metrics/${id}.yaml`, yaml(metric));
    const { text, rows } = large.csv(id);
    write(`metrics/${id}.csv`, text);
    report.rows += rows;
  }
  for (const { file, entry } of org.journal) write(`journal/${file}.yaml`, yaml(entry));
  return report;
}
