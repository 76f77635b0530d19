import type { SyncOperation } from '../core/alerts/plan-issue-sync.ts';
import { ALERT_LABEL } from '../core/alerts/plan-issue-sync.ts';
import type { GitHubIssues, IssueSummary } from './github-issues.ts';

/** What a sync did (or would do, dry): each operation with its issue's number and address. */
export interface SyncOutcome {
  readonly op: SyncOperation;
  readonly number: number | null;
  readonly url: string | null;
  /** Why the owner was not assigned, when they were not. */
  readonly note: string | null;
}

/** Label colours: the alert label red-orange, team labels grey. */
const COLOURS = { alert: 'd93f0b', team: 'ededed' } as const;

/**
 * Carries out planned operations in order: labels created once where missing, issues opened and
 * assigned (when the owner can be assigned in the repository), comments posted before a body is
 * updated or an issue closed, so a run cut short is completed by the next one.
 */
export async function applyIssueSync(
  ops: readonly SyncOperation[],
  github: GitHubIssues,
  existing: readonly IssueSummary[],
  log: (line: string) => void,
): Promise<SyncOutcome[]> {
  const urlOf = new Map(existing.map((i) => [i.number, i.url]));
  const labels = [...new Set(ops.flatMap((o) => (o.kind === 'create' ? o.labels : [])))].sort();
  for (const name of labels) {
    const created = await github.ensureLabel(
      name,
      name === ALERT_LABEL ? COLOURS.alert : COLOURS.team,
      name === ALERT_LABEL ? 'A KPI trigger fired (plumbline alerts sync)' : 'KPI alerts of a team',
    );
    if (created) log(`Created the label ${name}.`);
  }
  const out: SyncOutcome[] = [];
  for (const op of ops) {
    switch (op.kind) {
      case 'create': {
        const issue = await github.createIssue(op.title, op.body, op.labels);
        let note: string | null = null;
        if (op.assignee !== null) {
          if (await github.canAssign(op.assignee))
            await github.addAssignee(issue.number, op.assignee);
          else note = `@${op.assignee} cannot be assigned in this repository`;
        } else
          note =
            op.firing.owner === null
              ? 'no owner named'
              : 'the owner has no GitHub login in people.yaml';
        log(
          `Opened #${issue.number} ${op.title}${note === null ? ` (assigned to @${op.assignee})` : ` (not assigned: ${note})`}.`,
        );
        out.push({ op, number: issue.number, url: issue.url, note });
        break;
      }
      case 'update':
        for (const c of op.comments) await github.comment(op.number, c);
        await github.setBody(op.number, op.body);
        log(
          `Commented on #${op.number} (${op.key}): ${op.comments.length} comment${op.comments.length === 1 ? '' : 's'}.`,
        );
        out.push({ op, number: op.number, url: urlOf.get(op.number) ?? null, note: null });
        break;
      case 'close':
        await github.comment(op.number, op.comment);
        await github.close(op.number);
        log(`Closed #${op.number} (${op.key}): the condition no longer holds.`);
        out.push({ op, number: op.number, url: urlOf.get(op.number) ?? null, note: null });
        break;
    }
  }
  return out;
}
