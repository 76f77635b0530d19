import { alertReport, type AlertReport, type Firing } from '../core/alerts/alert-report.ts';
import { chatDigest, type DigestInput } from '../core/alerts/chat-digest.ts';
import { pageUrl } from '../publish/site-urls.ts';
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
    webhook: { type: 'string' },
    site: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const format = oneOf('alerts', 'format', values.format, ['text', 'json', 'markdown'] as const);
  const asOf = parseAsOf(values['as-of'], effects);
  const dir = folderArgument('alerts', positionals);
  const env = effects.env ?? {};
  const { webhookUrl, sendDigest } = await import('./alerts-sync.ts');
  const webhook = webhookUrl(values.webhook, env);
  const files = await readFolder(dir, effects);
  const computed = checked(computeProject(files, asOf), dir, effects);
  if (computed === null) return 1;
  const report = alertReport(computed.analysis);
  effects.stdout(
    format === 'json'
      ? `${JSON.stringify(report, null, 2)}\n`
      : format === 'markdown'
        ? formatAlertsMarkdown(report)
        : formatAlertsText(report),
  );
  if (webhook !== null) {
    // Without issues to remember what was reported, the news is what changed since yesterday.
    const yesterday = alertReport(computeProject(files, asOf - 1).analysis);
    const site = values.site ?? env.SITE_URL;
    const base = env.BASE_PATH ?? '/';
    const link = (f: Firing) =>
      site === undefined || site === ''
        ? null
        : pageUrl({ base: base.endsWith('/') ? base : `${base}/`, site }, `kpis/${f.kpi.id}/`);
    const text = chatDigest(changesSince(yesterday, report, computed.model.organization, link));
    if (text !== null) await sendDigest(webhook, text, (l) => effects.stderr(`${l}\n`));
    else effects.stderr('Nothing changed since yesterday: no digest posted.\n');
  }
  return 0;
}

/** Firings whose response window closed since the day before, with no action. */
export function newlyUnhandled(before: AlertReport, now: AlertReport): Firing[] {
  const wasLate = new Set(before.unhandled.map((f) => f.key));
  return now.unhandled.filter((f) => !wasLate.has(f.key));
}

/** What changed between two days' reports, for the digest of `alerts --webhook`. */
export function changesSince(
  before: AlertReport,
  now: AlertReport,
  organization: string,
  link: (f: Firing) => string | null,
): DigestInput {
  const was = new Set(before.active.map((f) => f.key));
  const is = new Set(now.active.map((f) => f.key));
  const answeredBefore = new Set(
    before.active.filter((f) => f.response !== null).map((f) => f.key),
  );
  const find = (key: string) =>
    now.recent.find((f) => f.key === key) ?? before.active.find((f) => f.key === key) ?? null;
  return {
    organization,
    asOf: now.asOf,
    responseDays: now.responseDays,
    opened: now.active.filter((f) => !was.has(f.key)).map((f) => ({ firing: f, link: link(f) })),
    answered: now.active
      .filter((f) => f.response !== null && was.has(f.key) && !answeredBefore.has(f.key))
      .map((f) => ({ firing: f, link: link(f) })),
    cleared: before.active
      .filter((f) => !is.has(f.key))
      .map((f) => {
        const firing = find(f.key);
        return { firing, key: f.key, link: firing === null ? null : link(firing) };
      }),
    unhandled: newlyUnhandled(before, now).map((f) => ({ firing: f, link: link(f) })),
  };
}

/** The computation, or null after printing its errors. */
export function checked(computed: Computed, dir: string, effects: CliEffects): Computed | null {
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
