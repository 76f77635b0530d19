import { codeSpan, escapeMarkdown } from '../diff/markdown-text.ts';
import { alertTitle } from './issue-search.ts';
import type { AlertReport, Firing } from './alert-report.ts';
import { ACTION_PLACEHOLDER, journalActionPath, journalActionYaml } from './journal-action-file.ts';
import { alertMarker, stateLine, type IssueState } from './issue-marker.ts';

/** Where an issue's links point. */
export interface IssueLinks {
  /** `OWNER/NAME`. */
  readonly repo: string;
  /** The GitHub web address (`https://github.com`, or a GitHub Enterprise Server's). */
  readonly server: string;
  /** The branch the journal file is proposed on. */
  readonly branch: string;
  /** The KPI folder from the repository root (`kpis`; '' for the root). */
  readonly folder: string;
  /** The KPI page's address, when the site's URL is known. */
  readonly page: (kpi: string) => string | null;
}

/** An issue title: "<KPI>: <condition> since <period>", one line, at most 200 characters. */
export function issueTitle(f: Firing): string {
  const title = alertTitle(f.kpi.name, f.condition, f.period);
  return title.length > 200 ? `${title.slice(0, 199)}…` : title;
}

/** The address of GitHub's "new file" editor holding `text` at `path`. */
export function newFileLink(links: IssueLinks, path: string, text: string): string {
  const params = new URLSearchParams({ filename: path, value: text });
  return `${links.server.replace(/\/+$/, '')}/${links.repo}/new/${encodeURIComponent(links.branch)}?${params.toString().replace(/\+/g, '%20')}`;
}

/**
 * The issue body: the hidden marker, the verdict, the page, the action, the owner, the response
 * window, and the journal entry that answers it — the exact YAML and a link that opens GitHub's
 * editor on it. Text from the files is escaped (no HTML, links, images or mentions); the owner is
 * named, not mentioned: the issue is assigned to them instead.
 */
export function issueBody(
  f: Firing,
  report: AlertReport,
  links: IssueLinks,
  state: IssueState,
): string {
  const page = links.page(f.kpi.id);
  const latest =
    f.latest === null ? '' : ` The latest value is ${f.latest.value} (${f.latest.period}).`;
  const file = journalActionPath({ kpi: f.kpi.id, date: report.asOf });
  const repoPath = links.folder === '' ? file : `${links.folder}/${file}`;
  const yaml = journalActionYaml({
    kpi: f.kpi.id,
    date: report.asOf,
    action: ACTION_PLACEHOLDER,
    owner: f.owner?.name ?? null,
  });
  const fence = '`'.repeat(Math.max(3, ...(yaml.match(/`+/g) ?? []).map((r) => r.length + 1)));
  const owner =
    f.owner === null
      ? 'nobody is named: add `owner:` to the KPI or the trigger'
      : `${escapeMarkdown(f.owner.name)}${f.owner.github === null ? ' (not in people.yaml with a GitHub login, so not assigned)' : ''}`;
  const answered =
    f.response === null
      ? `Not yet: an action recorded from ${f.start} to ${f.due} (${report.responseDays} days after the period) counts as handled.`
      : `${f.handled ? 'Yes' : 'Late'}: ${escapeMarkdown(f.response.action)} (${f.response.date}, ${codeSpan(f.response.file)}).`;
  return [
    alertMarker(f.key),
    `**${escapeMarkdown(f.kpi.name)}** (${codeSpan(f.kpi.id)}) is ${escapeMarkdown(f.condition)}, since ${f.period}.${latest}`,
    '',
    `- **Action to take:** ${escapeMarkdown(f.action)}`,
    `- **Owner:** ${owner}`,
    `- **Handled:** ${answered}`,
    ...(page === null ? [] : [`- **Chart and readings:** ${page}`]),
    '',
    '### Record what was done',
    '',
    `Add this file as ${codeSpan(repoPath)} — [open it in GitHub's editor](${newFileLink(links, repoPath, yaml)}), replace the action line, and commit:`,
    '',
    `${fence}yaml`,
    yaml.trimEnd(),
    fence,
    '',
    `or from a terminal: ${codeSpan(`plumbline journal action ${f.kpi.id} "what was done"`)}. When it is on ${codeSpan(links.branch)}, the next sync notes it here and the execution rate counts it. This issue closes by itself when the condition no longer holds.`,
    '',
    stateLine(state),
    '',
  ].join('\n');
}
