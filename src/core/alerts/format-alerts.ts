import { codeSpan, escapeMarkdown } from '../diff/markdown-text.ts';
import { plural } from '../words/plural.ts';
import type { AlertOwner, AlertReport, Firing, ReviewDue } from './alert-report.ts';

/** Text from the files as one terminal line: control characters (ANSI escapes, CR, LF) become spaces. */
export function plainLine(text: string): string {
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, ' ').trim();
}

/** The counts line both formats start with. */
export function alertSummary(report: AlertReport): string {
  return `${plural(report.active.length, 'active alert')}, ${plural(report.unhandled.length, 'firing')} not handled within ${report.responseDays} days, ${plural(report.reviews.length, 'review')} overdue`;
}

function ownerText(owner: AlertOwner | null): string {
  if (owner === null) return 'no owner';
  return `${plainLine(owner.name)}${owner.github === null ? '' : ` (@${owner.github})`}`;
}

function handledText(f: Firing): string {
  if (f.handled) return `handled on ${f.response!.date}`;
  if (f.response !== null) return `answered late on ${f.response.date} (was due ${f.due})`;
  return `not handled (due ${f.due})`;
}

function reviewText(r: ReviewDue): string {
  return r.last === null
    ? `no review or introduced date on record`
    : `last ${r.last}, due ${r.due!}`;
}

/** `plumbline alerts --format text`: sections for people at a terminal. */
export function formatAlertsText(report: AlertReport): string {
  const lines = [`Alerts as of ${report.asOf}: ${alertSummary(report)}.`];
  const firing = (f: Firing, what: string) => [
    `  ${f.kpi.id} (${plainLine(f.kpi.name)}) — ${plainLine(f.condition)} ${what} ${f.period}`,
    `    action: ${plainLine(f.action)}`,
    `    owner: ${ownerText(f.owner)}; ${handledText(f)}`,
  ];
  if (report.active.length > 0) {
    lines.push('', 'Active alerts:');
    for (const f of report.active) lines.push(...firing(f, 'since'));
  }
  if (report.unhandled.length > 0) {
    lines.push('', `Firings not handled within ${report.responseDays} days:`);
    for (const f of report.unhandled) lines.push(...firing(f, 'at'));
  }
  if (report.reviews.length > 0) {
    lines.push('', 'Reviews overdue:');
    for (const r of report.reviews)
      lines.push(
        `  ${r.kpi.id} (${plainLine(r.kpi.name)}) — ${r.cadence} review, ${reviewText(r)}; owner: ${ownerText(r.owner)}`,
      );
  }
  if (report.active.length + report.unhandled.length + report.reviews.length === 0)
    lines.push('Nothing needs attention.');
  return `${lines.join('\n')}\n`;
}

function ownerCell(owner: AlertOwner | null): string {
  // A login is shown as code, not as a mention: the report must not notify anyone.
  if (owner === null) return 'no owner';
  return `${escapeMarkdown(owner.name)}${owner.github === null ? '' : ` ${codeSpan(`@${owner.github}`, { cell: true })}`}`;
}

/** `plumbline alerts --format markdown`: tables for a PR comment, an issue or a wiki. */
export function formatAlertsMarkdown(report: AlertReport): string {
  const out = [`## Alerts as of ${report.asOf}`, '', `${alertSummary(report)}.`];
  const table = (title: string, rows: readonly Firing[], since: string) => {
    if (rows.length === 0) return;
    out.push(
      '',
      `### ${title}`,
      '',
      `| KPI | condition | ${since} | action | owner | handled |`,
      '| --- | --- | --- | --- | --- | --- |',
    );
    for (const f of rows)
      out.push(
        `| ${codeSpan(f.kpi.id, { cell: true })} ${escapeMarkdown(f.kpi.name)} | ${escapeMarkdown(f.condition)} | ${f.period} | ${escapeMarkdown(f.action)} | ${ownerCell(f.owner)} | ${escapeMarkdown(handledText(f))} |`,
      );
  };
  table('Active alerts', report.active, 'since');
  table(`Firings not handled within ${report.responseDays} days`, report.unhandled, 'fired');
  if (report.reviews.length > 0) {
    out.push('', '### Reviews overdue', '', '| KPI | review | last | due | owner |');
    out.push('| --- | --- | --- | --- | --- |');
    for (const r of report.reviews)
      out.push(
        `| ${codeSpan(r.kpi.id, { cell: true })} ${escapeMarkdown(r.kpi.name)} | ${r.cadence} | ${r.last ?? 'never'} | ${r.due ?? 'now'} | ${ownerCell(r.owner)} |`,
      );
  }
  return `${out.join('\n')}\n`;
}
