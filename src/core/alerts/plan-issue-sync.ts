/**
 * `plumbline alerts sync`, the pure half: from the alert report and the alert issues already in
 * the repository, what to do so that each active alert has exactly one issue. Every issue carries
 * a hidden marker naming its alert (`<!-- plumbline-alert leads/0/2026-05 -->`) and a hidden
 * state (the latest period it reported, and the journal action that answered it), so a second run
 * over the same files finds nothing to do.
 *
 *   active alert, no issue            → create (title, body, labels, assignee)
 *   open issue, alert still active    → comment when the latest period moved on or an action
 *                                       answered it; then update the body's state
 *   open issue, alert no longer active → comment and close
 *   closed issue                      → left alone (closed by hand: the people decided)
 */
import type { AlertReport, Firing } from './alert-report.ts';
import { codeSpan, escapeMarkdown } from '../diff/markdown-text.ts';
import { issueBody, issueTitle, type IssueLinks } from './issue-body.ts';
import { markerOf, stateOf, type IssueState } from './issue-marker.ts';

/** An issue as the planner needs it. */
export interface ExistingIssue {
  readonly number: number;
  readonly state: 'open' | 'closed';
  readonly body: string;
}

/** One change to make on GitHub. */
export type SyncOperation =
  | {
      readonly kind: 'create';
      readonly key: string;
      readonly title: string;
      readonly body: string;
      readonly labels: readonly string[];
      /** GitHub login of the owner, when people.yaml gives one. */
      readonly assignee: string | null;
      readonly firing: Firing;
    }
  | {
      readonly kind: 'update';
      readonly key: string;
      readonly number: number;
      readonly comments: readonly string[];
      readonly body: string;
      readonly firing: Firing;
      readonly answered: boolean;
    }
  | {
      readonly kind: 'close';
      readonly key: string;
      readonly number: number;
      readonly comment: string;
      readonly firing: Firing | null;
    };

/** The label every alert issue carries; the team's label is `team:<id>`. */
export const ALERT_LABEL = 'kpi-alert';

/** The labels of a firing's issue. */
export function labelsOf(f: Firing): string[] {
  return [ALERT_LABEL, `team:${f.kpi.team}`];
}

/** Plans the operations; in the order of the report's active alerts, then closings by number. */
export function planIssueSync(
  report: AlertReport,
  issues: readonly ExistingIssue[],
  links: IssueLinks,
): SyncOperation[] {
  const byKey = new Map<string, ExistingIssue>();
  // The oldest issue of a key wins (issues come newest first from the API; sort to be sure).
  for (const issue of [...issues].sort((a, b) => a.number - b.number)) {
    const key = markerOf(issue.body);
    if (key !== null && !byKey.has(key)) byKey.set(key, issue);
  }
  const ops: SyncOperation[] = [];
  const active = new Set<string>();
  for (const f of report.active) {
    active.add(f.key);
    const state: IssueState = {
      latest: f.latest?.period ?? null,
      answered: f.response?.date ?? null,
    };
    const body = issueBody(f, report, links, state);
    const issue = byKey.get(f.key);
    if (issue === undefined) {
      ops.push({
        kind: 'create',
        key: f.key,
        title: issueTitle(f),
        body,
        labels: labelsOf(f),
        assignee: f.owner?.github ?? null,
        firing: f,
      });
      continue;
    }
    if (issue.state === 'closed') continue;
    const before = stateOf(issue.body);
    const comments: string[] = [];
    if (state.latest !== null && state.latest !== before.latest)
      comments.push(
        `Still holds in ${state.latest}: the latest value is ${f.latest!.value} (as of ${report.asOf}).`,
      );
    let answered = false;
    if (f.response !== null && before.answered === null) {
      answered = true;
      comments.push(answerComment(f));
    }
    // The body is rewritten only with news (its snippet's date would otherwise change daily).
    if (comments.length > 0)
      ops.push({
        kind: 'update',
        key: f.key,
        number: issue.number,
        comments,
        body,
        firing: f,
        answered,
      });
  }
  const recent = new Map(report.recent.map((f) => [f.key, f]));
  for (const [key, issue] of [...byKey].sort((a, b) => a[1].number - b[1].number)) {
    if (issue.state !== 'open' || active.has(key)) continue;
    const f = recent.get(key) ?? null;
    const latest =
      f?.latest === null || f === null
        ? ''
        : ` The latest value is ${f.latest.value} (${f.latest.period}).`;
    ops.push({
      kind: 'close',
      key,
      number: issue.number,
      comment: `Cleared: the condition no longer holds as of ${report.asOf}.${latest} Closing this issue; a new one opens if it fires again.`,
      firing: f,
    });
  }
  return ops;
}

function answerComment(f: Firing): string {
  const r = f.response!;
  const what = `${escapeMarkdown(r.action)} (${r.date}, ${codeSpan(r.file)})`;
  return f.handled
    ? `Handled: ${what}. The execution rate counts this firing as handled.`
    : `Answered late: ${what}, after the response window closed on ${f.due}. The execution rate counts this firing as not handled in time.`;
}
