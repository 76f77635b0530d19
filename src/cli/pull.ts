import { randomBytes } from 'node:crypto';
import { rename, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { loadProject } from '../core/load/load-project.ts';
import { isQueryFile, loadSources } from '../core/load/load-sources.ts';
import { hasText } from '../core/load/source-file.ts';
import { didYouMean } from '../core/load/suggest.ts';
import { parseDay } from '../core/period/period.ts';
import { formatPullJson, formatPullText, type KpiPullReport } from '../core/sources/format-pull.ts';
import { mergeReadings } from '../core/sources/merge-readings.ts';
import type { PullTarget } from '../io/sources/pull-kpi.ts';
import { pullQueries } from '../io/sources/pull-queries.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { displayPrefix, folderArgument, oneOf, parseCommand, readFolder } from './parse-command.ts';
import { USAGE } from './usage.ts';

const FORMATS = ['text', 'json'] as const;

/**
 * `plumbline pull [dir] [--kpi ID]… [--since DATE] [--dry-run] [--timeout 5m] [--format text|json]`:
 * runs each KPI's metrics/<id>.sql against its connection (the engine aggregates to the KPI's
 * cadence) and merges the readings into metrics/<id>.csv. Exit 0, 1 when any query or file
 * failed (the other KPIs are still written), 2 on bad usage.
 */
export async function runPull(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('pull', args, {
    kpi: { type: 'string', multiple: true },
    since: { type: 'string' },
    'dry-run': { type: 'boolean', default: false },
    timeout: { type: 'string', default: '5m' },
    format: { type: 'string', default: 'text' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const format = oneOf('pull', 'format', values.format, FORMATS);
  const timeoutMs = parseDuration(values.timeout);
  let since: number | null = null;
  if (values.since !== undefined) {
    since = parseDay(values.since);
    if (since === null)
      throw new CliError(`pull: --since must be a date as YYYY-MM-DD, got \`${values.since}\`.`);
  }
  const dryRun = values['dry-run'];
  const dir = folderArgument('pull', positionals);
  const kpiDir = path.resolve(effects.cwd, dir);
  const files = await readFolder(dir, effects);
  const pathPrefix = displayPrefix(dir);

  const { project, diagnostics: loadDiagnostics } = loadProject(files);
  const sources = loadSources(files, project);
  const queryIds = new Set(
    files.filter((f) => isQueryFile(f.path)).map((f) => f.path.slice(8, -4)),
  );
  // Problems that stop a query: sources.yaml, the queries, and the files of KPIs with a query.
  const blocking: Diagnostic[] = [
    ...sources.diagnostics.filter((d) => d.severity === 'error'),
    ...loadDiagnostics.filter(
      (d) =>
        d.severity === 'error' &&
        /^metrics\/[^/]+\.(ya?ml|csv)$/.test(d.file) &&
        queryIds.has(d.file.slice(8).replace(/\.[a-z]+$/, '')),
    ),
  ];
  const uniqueBlocking = [...new Map(blocking.map((d) => [JSON.stringify(d), d])).values()];

  let queries = sources.queries;
  if (values.kpi !== undefined) {
    for (const id of values.kpi) {
      if (!project.kpiById.has(id) && !queryIds.has(id))
        throw new CliError(
          `pull: there is no KPI \`${id}\`.${didYouMean(id, [...project.kpiById.keys()])}`,
        );
      if (!queryIds.has(id))
        throw new CliError(`pull: \`${id}\` has no query: add metrics/${id}.sql to pull it.`);
    }
    const wanted = new Set(values.kpi);
    queries = queries.filter((q) => wanted.has(q.kpi));
  }
  if (uniqueBlocking.length > 0) effects.stderr(formatText(uniqueBlocking, { pathPrefix }));
  if (queries.length === 0) {
    if (uniqueBlocking.length === 0)
      effects.stdout('No KPI has a query (metrics/<id>.sql): nothing to pull.\n');
    return uniqueBlocking.length > 0 ? 1 : 0;
  }

  const targets: PullTarget[] = queries.map((query) => {
    const def = project.kpiById.get(query.kpi)!.def;
    return { query, cadence: def.cadence, aggregate: def.aggregate };
  });
  const progress = progressLine(effects);
  const outcomes = await pullQueries(targets, {
    kpiDir,
    env: effects.env ?? {},
    since,
    timeoutMs,
    onProgress: progress.update,
  });
  progress.done();

  const reports: KpiPullReport[] = [];
  for (const target of targets) {
    const id = target.query.kpi;
    const outcome = outcomes.get(id)!;
    if (outcome.kind === 'error') {
      reports.push({ kpi: id, status: 'error', error: outcome.diagnostic });
      continue;
    }
    const csvPath = project.kpiById.get(id)!.csvFile ?? `metrics/${id}.csv`;
    const csvFile = files.find((f) => f.path === csvPath);
    const csv = csvFile !== undefined && hasText(csvFile) ? csvFile.text : null;
    const merged = mergeReadings(csvPath, csv, target.cadence, outcome.readings, since);
    if (merged.kind === 'error') {
      reports.push({ kpi: id, status: 'error', error: merged.diagnostic });
      continue;
    }
    if (merged.changed && !dryRun) await writeAtomically(path.join(kpiDir, csvPath), merged.text);
    reports.push({
      kpi: id,
      status: merged.changed ? 'changed' : 'unchanged',
      csv: csvPath,
      periods: outcome.readings.length,
      added: merged.added,
      revised: merged.revised,
      kept: merged.kept,
    });
  }
  effects.stdout(
    format === 'json'
      ? formatPullJson(reports, { asOf: effects.today(), dryRun })
      : formatPullText(reports, { pathPrefix, dryRun }),
  );
  return reports.some((r) => r.status === 'error') || uniqueBlocking.length > 0 ? 1 : 0;
}

/** `5m`, `90s`, `1500ms`, `1h`, or seconds as a plain number. */
export function parseDuration(text: string): number {
  const m = /^(\d+(?:\.\d+)?)(ms|s|m|h)?$/.exec(text.trim());
  const factor = { ms: 1, s: 1000, m: 60_000, h: 3_600_000 }[m?.[2] ?? 's'] ?? 1000;
  const ms = m === null ? NaN : Number(m[1]) * factor;
  if (!(ms >= 1))
    throw new CliError(
      `pull: --timeout must be a duration such as 30s, 5m or 1h, got \`${text}\`.`,
    );
  return ms;
}

/** A line on stderr that says how far the queries are: rewritten in place on a terminal. */
function progressLine(effects: CliEffects): {
  update: (done: number, total: number, running: readonly string[]) => void;
  done: () => void;
} {
  let shown = false;
  let lastDone = -1;
  return {
    update(done, total, running) {
      const text = `Pulling ${done}/${total} KPIs${running.length > 0 ? ` · running ${running.join(', ')}` : ''}`;
      if (effects.stderrIsTTY === true) {
        effects.stderr(`\r\u001b[K${text.slice(0, 160)}`);
        shown = true;
      } else if (done !== lastDone && (done === 0 || done === total)) {
        effects.stderr(`${text}\n`);
      }
      lastDone = done;
    },
    done() {
      if (shown) effects.stderr('\r\u001b[K');
    },
  };
}

async function writeAtomically(file: string, text: string): Promise<void> {
  const temp = `${file}.${randomBytes(4).toString('hex')}.tmp`;
  await writeFile(temp, text);
  await rename(temp, file);
}
