import { alertReport } from '../core/alerts/alert-report.ts';
import { formatAlertsMarkdown, formatAlertsText } from '../core/alerts/format-alerts.ts';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { computeProject, type Computed } from '../core/pipeline.ts';
import type { CliEffects } from './effects.ts';
import {
  displayPrefix,
  folderArgument,
  oneOf,
  parseAsOf,
  parseCommand,
  readFolder,
} from './parse-command.ts';
import { USAGE } from './usage.ts';

/**
 * `plumbline alerts [dir] [--format text|json|markdown] [--as-of DATE]`: the
 * active alerts, the firings not handled in time and the overdue reviews. Exit 0 whatever it
 * finds (it reports, it does not gate); 1 when the files have errors (the report would be
 * incomplete); 2 on bad usage. `alerts sync …` keeps one GitHub issue per active alert.
 */
export async function runAlerts(args: readonly string[], effects: CliEffects): Promise<number> {
  if (args[0] === 'sync')
    return (await import('./alerts-sync.ts')).runAlertsSync(args.slice(1), effects);
  const { values, positionals } = parseCommand('alerts', args, {
    format: { type: 'string', default: 'text' },
    'as-of': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const format = oneOf('alerts', 'format', values.format, ['text', 'json', 'markdown'] as const);
  const asOf = parseAsOf(values['as-of'], effects);
  const dir = folderArgument('alerts', positionals);
  const computed = await computeFolder(dir, asOf, effects);
  if (computed === null) return 1;
  const report = alertReport(computed.analysis);
  effects.stdout(
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'markdown'
        ? formatAlertsMarkdown(report)
        : formatAlertsText(report),
  );
  return 0;
}

/** Reads and computes a KPI folder; with errors, prints them and returns null. */
export async function computeFolder(
  dir: string,
  asOf: number,
  effects: CliEffects,
): Promise<Computed | null> {
  const computed = computeProject(await readFolder(dir, effects), asOf);
  if (!hasErrors(computed.diagnostics)) return computed;
  effects.stderr(
    formatText(
      computed.diagnostics.filter((d) => d.severity === 'error'),
      { pathPrefix: displayPrefix(dir) },
    ),
  );
  effects.stderr('No alerts: fix the errors above (`plumbline check`), then run it again.\n');
  return null;
}
