import { realpath } from 'node:fs/promises';
import path from 'node:path';
import { alertReport } from '../core/alerts/alert-report.ts';
import type { IssueLinks } from '../core/alerts/issue-body.ts';
import { chatDigest } from '../core/alerts/chat-digest.ts';
import { ALERT_LABEL, planIssueSync, type SyncOperation } from '../core/alerts/plan-issue-sync.ts';
import { postWebhook } from '../io/post-webhook.ts';
import { pageUrl } from '../publish/site-urls.ts';
import { applyIssueSync } from '../io/apply-issue-sync.ts';
import { gitRoot } from '../io/git-root.ts';
import { githubIssues } from '../io/github-issues.ts';
import { checked, newlyUnhandled } from './alerts.ts';
import { computeProject } from '../core/pipeline.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { folderArgument, parseAsOf, parseCommand, readFolder } from './parse-command.ts';
import { USAGE } from './usage.ts';

const REPO = /^[A-Za-z0-9-]+\/[A-Za-z0-9._-]+$/;

/**
 * `plumbline alerts sync --repo OWNER/NAME [dir] [--as-of DATE] [--dry-run]`: one GitHub issue per
 * active alert — opened, commented on, closed — through GITHUB_TOKEN and GITHUB_API_URL. Exit 0
 * when every change was made, 1 with errors in the files or from GitHub, 2 on bad usage.
 */
export async function runAlertsSync(args: readonly string[], effects: CliEffects): Promise<number> {
  const env = effects.env ?? {};
  const { values, positionals } = parseCommand('alerts sync', args, {
    repo: { type: 'string' },
    'as-of': { type: 'string' },
    'dry-run': { type: 'boolean' },
    site: { type: 'string' },
    branch: { type: 'string' },
    webhook: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const repo = values.repo ?? env.GITHUB_REPOSITORY;
  if (repo === undefined || !REPO.test(repo))
    throw new CliError(
      `alerts sync: --repo must be OWNER/NAME (or set GITHUB_REPOSITORY), got ${repo === undefined ? 'nothing' : `\`${repo}\``}.`,
    );
  const dry = values['dry-run'] === true;
  const webhook = webhookUrl(values.webhook, env);
  const token = env.GITHUB_TOKEN;
  if (!dry && (token === undefined || token === ''))
    throw new CliError(
      'alerts sync: GITHUB_TOKEN is not set. In a workflow, pass `GITHUB_TOKEN: ${{ github.token }}` with `permissions: issues: write`; locally, a token that may write issues (or run with --dry-run).',
    );
  const asOf = parseAsOf(values['as-of'], effects);
  const dir = folderArgument('alerts sync', positionals);
  const files = await readFolder(dir, effects);
  const computed = checked(computeProject(files, asOf), dir, effects);
  if (computed === null) return 1;
  const report = alertReport(computed.analysis);
  // The digest's "not handled" news: windows that closed since yesterday.
  const lateToday =
    webhook === null
      ? []
      : newlyUnhandled(alertReport(computeProject(files, asOf - 1).analysis), report);
  const site = values.site ?? env.SITE_URL;
  const base = env.BASE_PATH ?? '/';
  const links: IssueLinks = {
    repo,
    server: env.GITHUB_SERVER_URL ?? 'https://github.com',
    branch: values.branch ?? 'main',
    folder: await repoFolder(dir, effects.cwd),
    page: (kpi) =>
      site === undefined || site === ''
        ? null
        : pageUrl({ base: base.endsWith('/') ? base : `${base}/`, site }, `kpis/${kpi}/`),
  };
  const log = (line: string) => effects.stdout(`${line}\n`);
  const github = githubIssues({
    repo,
    token: token === '' ? undefined : token,
    apiUrl: env.GITHUB_API_URL ?? 'https://api.github.com',
    log: (line) => effects.stderr(`${line}\n`),
  });
  let existing;
  try {
    existing = await github.listIssues(ALERT_LABEL);
  } catch (error) {
    throw new CliError(`alerts sync: cannot list the issues of ${repo}: ${messageOf(error)}`, 1);
  }
  const ops = planIssueSync(report, existing, links);
  const urlOf = new Map(existing.map((i) => [i.number, i.url]));
  const digest = (outcomes: readonly { op: SyncOperation; url: string | null }[]) =>
    chatDigest({
      organization: computed.model.organization,
      asOf: report.asOf,
      responseDays: report.responseDays,
      opened: outcomes.flatMap(({ op, url }) =>
        op.kind === 'create' ? [{ firing: op.firing, link: url }] : [],
      ),
      answered: outcomes.flatMap(({ op, url }) =>
        op.kind === 'update' && op.answered ? [{ firing: op.firing, link: url }] : [],
      ),
      cleared: outcomes.flatMap(({ op, url }) =>
        op.kind === 'close' ? [{ firing: op.firing, key: op.key, link: url }] : [],
      ),
      unhandled: lateToday.map((f) => ({ firing: f, link: links.page(f.kpi.id) })),
    });
  if (ops.length === 0 && lateToday.length === 0) {
    log(
      `Nothing to change: ${report.active.length} active alert${report.active.length === 1 ? '' : 's'}, each with its issue up to date.`,
    );
    return 0;
  }
  if (dry) {
    for (const op of ops) {
      if (op.kind === 'create')
        log(
          `Would open: ${op.title} [${op.labels.join(', ')}]${op.assignee === null ? '' : ` assigned to @${op.assignee}`}`,
        );
      else if (op.kind === 'update')
        log(`Would comment on #${op.number}: ${op.comments.join(' / ')}`);
      else log(`Would close #${op.number}: ${op.comment}`);
    }
    const text = digest(
      ops.map((op) => ({ op, url: op.kind === 'create' ? null : (urlOf.get(op.number) ?? null) })),
    );
    if (webhook !== null && text !== null) log(`Would post to the webhook:\n${text.trimEnd()}`);
    return 0;
  }
  let outcomes;
  try {
    outcomes = await applyIssueSync(ops, github, existing, log);
  } catch (error) {
    throw new CliError(
      `alerts sync: GitHub refused a change: ${messageOf(error)}. The changes made so far stay; the next run completes the rest.`,
      1,
    );
  }
  const text = digest(outcomes);
  if (webhook !== null && text !== null) await sendDigest(webhook, text, log);
  return 0;
}

/** The webhook to post the digest to: --webhook, else PLUMBLINE_WEBHOOK; null when neither. */
export function webhookUrl(
  flag: string | undefined,
  env: Readonly<Record<string, string | undefined>>,
): string | null {
  const url = flag ?? env.PLUMBLINE_WEBHOOK;
  if (url === undefined || url === '') return null;
  if (!/^https?:\/\/[^\s]+$/.test(url))
    throw new CliError(`--webhook must be an http(s) address, got \`${url}\`.`);
  return url;
}

/** Posts the digest; a refusal is exit 1 (the issues are already up to date). */
export async function sendDigest(
  url: string,
  text: string,
  log: (line: string) => void,
): Promise<void> {
  try {
    await postWebhook(url, text);
  } catch (error) {
    throw new CliError(`The chat digest was not posted: ${messageOf(error)}.`, 1);
  }
  log('Posted the digest to the webhook.');
}

/** The KPI folder from the repository root, for the journal file's path in the issue. */
async function repoFolder(dir: string, cwd: string): Promise<string> {
  const folder = await realpath(path.resolve(cwd, dir));
  const root = await gitRoot(folder);
  const rel = root === null ? dir : path.relative(await realpath(root), folder);
  return rel
    .split(path.sep)
    .join('/')
    .replace(/^\.\/?|\/+$/g, '');
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
