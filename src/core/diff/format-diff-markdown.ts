import type { FindingJson } from '../model/model.ts';
import { describeKpiChange } from './describe-kpi-change.ts';
import { formatDelta, formatScore } from './describe-value.ts';
import { codeSpan, escapeMarkdown, escapeMessage } from './markdown-text.ts';
import type { KpiRef, ModelDiff, ScoreChange } from './model-diff.ts';

/** The hidden first line a workflow looks for to update its own PR comment. */
export const DIFF_MARKER = '<!-- plumbline-diff -->';

/** How a report is written. */
export interface DiffMarkdownOptions {
  /** The git ref compared with, named under the verdict. */
  readonly base?: string;
  /** Prefix of finding paths, e.g. `kpis/` (they are relative to the KPI folder). */
  readonly pathPrefix?: string;
  /** Most findings listed per list and most rows of the KPI table (default 50). */
  readonly limit?: number;
}

/**
 * The diff as a PR comment: the marker, the verdict as a heading, then KPIs, teams, objectives
 * and goals, findings and alignment scores — each section only when it has something. Anything
 * from the files is escaped (see markdown-text.ts). Nothing changed: exactly one line.
 */
export function formatDiffMarkdown(diff: ModelDiff, options: DiffMarkdownOptions = {}): string {
  if (!diff.changed) return `${DIFF_MARKER}${diff.verdict.text}\n`;
  const limit = options.limit ?? 50;
  const base =
    options.base === undefined
      ? `As of ${diff.asOf}.`
      : `Compared with ${codeSpan(options.base)}, as of ${diff.asOf}.`;
  const out = [DIFF_MARKER, `### ${diff.verdict.text}`, '', base];
  for (const note of diff.notes) out.push('', `> ⚠️ ${escapeMarkdown(note)}`);
  out.push(...kpiSection(diff, limit), ...entitySection(diff));
  out.push(...findingSection(diff, options.pathPrefix ?? '', limit));
  if (
    diff.scores !== null &&
    diff.scores.some((s) => s.before !== s.after || s.kind !== 'organization')
  )
    out.push(...scoreSection(diff.scores));
  return `${out.join('\n')}\n`;
}

function kpiSection(diff: ModelDiff, limit: number): string[] {
  const k = diff.kpis;
  const lists: [string, readonly KpiRef[]][] = [
    ['Added', k.added],
    ['Removed', k.removed],
    ['Retired', k.retired],
    ['Activated', k.activated],
    ['Unreadable now (its file has errors, so it is not compared)', k.broken],
    ['Readable again (its file had errors at the base, so it is not compared)', k.repaired],
  ];
  const items = lists.flatMap(([label, refs]) =>
    refs.map((r) => `- ${label}: ${kpiName(r)}, team ${codeSpan(r.team)}`),
  );
  const rows = k.changed.flatMap((c) =>
    c.changes.map((change, i) => {
      const { what, text } = describeKpiChange(change, c.unit);
      return `| ${i === 0 ? kpiName(c, true) : ''} | ${what} | ${escapeMarkdown(text)} |`;
    }),
  );
  if (items.length === 0 && rows.length === 0) return [];
  const out = ['', '#### KPIs'];
  if (items.length > 0) out.push('', ...items);
  if (rows.length > 0) {
    out.push(
      '',
      '| KPI | Change | Before → after |',
      '| --- | --- | --- |',
      ...rows.slice(0, limit),
    );
    if (rows.length > limit) out.push('', `…and ${rows.length - limit} more changes.`);
  }
  return out;
}

function entitySection(diff: ModelDiff): string[] {
  if (diff.entities.length === 0) return [];
  return [
    '',
    '#### Teams, objectives and goals',
    '',
    ...diff.entities.map((e) => {
      const what = `${e.change[0]!.toUpperCase()}${e.change.slice(1)} ${e.kind}`;
      const fields = e.change === 'changed' ? `: ${e.fields.join(', ')}` : '';
      return `- ${what} **${escapeMarkdown(e.name)}** (${codeSpan(e.id)})${fields}`;
    }),
  ];
}

const SEVERITY_MARK = { error: '❌ error', warning: '⚠️ warning', info: 'ℹ️ info' } as const;

function findingSection(diff: ModelDiff, prefix: string, limit: number): string[] {
  const { introduced, resolved } = diff.findings;
  if (introduced.length === 0 && resolved.length === 0) return [];
  const list = (title: string, findings: readonly FindingJson[]) => {
    if (findings.length === 0) return [];
    const shown = findings.slice(0, limit).map((f) => {
      const at = codeSpan(`${prefix}${f.file}:${f.line}:${f.col}`);
      return `- ${SEVERITY_MARK[f.severity]} ${at} — ${escapeMessage(f.message)} (${codeSpan(f.rule)})`;
    });
    const more = findings.length > limit ? [`- …and ${findings.length - limit} more.`] : [];
    return ['', `**${title} (${findings.length})**`, '', ...shown, ...more];
  };
  return ['', '#### Findings', ...list('New', introduced), ...list('Resolved', resolved)];
}

const KIND_LABEL = {
  organization: 'Organisation',
  team: 'Team',
  objective: 'Objective',
  goal: 'Goal',
} as const;

function scoreSection(scores: readonly ScoreChange[]): string[] {
  const cell = (n: number | null) => (n === null ? '—' : formatScore(n));
  return [
    '',
    '#### Alignment scores',
    '',
    '| | Before | After | Change |',
    '| --- | ---: | ---: | ---: |',
    ...scores.map((s) => {
      const id = s.kind === 'organization' ? '' : ` (${codeSpan(s.id, { cell: true })})`;
      const change = s.before === null || s.after === null ? '' : formatDelta(s.before, s.after);
      return `| ${KIND_LABEL[s.kind]} **${escapeMarkdown(s.name)}**${id} | ${cell(s.before)} | ${cell(s.after)} | ${change} |`;
    }),
  ];
}

/** `**Revenue** (`revenue`)`. */
function kpiName(k: KpiRef, cell = false): string {
  return `**${escapeMarkdown(k.name)}** (${codeSpan(k.id, { cell })})`;
}
