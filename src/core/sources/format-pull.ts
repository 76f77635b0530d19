import { compareText, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { formatNumber } from './format-number.ts';
import type { Revision } from './merge-readings.ts';

/** What `plumbline pull` did to one KPI. */
export type KpiPullReport =
  | {
      readonly kpi: string;
      readonly status: 'changed' | 'unchanged';
      /** The readings file, relative to the KPI folder. */
      readonly csv: string;
      readonly periods: number;
      readonly added: readonly string[];
      readonly revised: readonly Revision[];
      readonly kept: number;
    }
  | { readonly kpi: string; readonly status: 'error'; readonly error: Diagnostic };

/** The JSON of `plumbline pull --format json`. */
export function formatPullJson(
  reports: readonly KpiPullReport[],
  options: { asOf: string; dryRun: boolean },
): string {
  const sorted = [...reports].sort((a, b) => compareText(a.kpi, b.kpi));
  return `${JSON.stringify(
    {
      asOf: options.asOf,
      dryRun: options.dryRun,
      changed: sorted.filter((r) => r.status === 'changed').length,
      errors: sorted.filter((r) => r.status === 'error').length,
      kpis: sorted,
    },
    null,
    2,
  )}\n`;
}

/**
 * The text summary, one block per KPI, also the body of the "Readings as of" pull request:
 *
 *   revenue        2 new (2026-10, 2026-11), 1 revised — metrics/revenue.csv
 *                  2026-09: 100 → 104
 *   churn-rate     error metrics/churn-rate.sql:3:8 — …
 *
 *   Pulled 2 KPIs: 2 new periods, 1 revision, 1 error.
 */
export function formatPullText(
  reports: readonly KpiPullReport[],
  options: { pathPrefix: string; dryRun: boolean },
): string {
  const sorted = [...reports].sort((a, b) => compareText(a.kpi, b.kpi));
  const width = Math.max(12, ...sorted.map((r) => r.kpi.length + 2));
  const lines: string[] = [];
  const pad = ' '.repeat(width);
  let added = 0;
  let revised = 0;
  let errors = 0;
  for (const r of sorted) {
    const name = r.kpi.padEnd(width);
    if (r.status === 'error') {
      errors++;
      const e = r.error;
      lines.push(`${name}error ${options.pathPrefix}${e.file}:${e.line}:${e.col} — ${e.message}`);
      if (e.hint !== undefined) lines.push(`${pad}→ ${e.hint}`);
      continue;
    }
    added += r.added.length;
    revised += r.revised.length;
    const parts: string[] = [];
    if (r.added.length > 0) parts.push(`${r.added.length} new (${listPeriods(r.added)})`);
    if (r.revised.length > 0) parts.push(`${r.revised.length} revised`);
    if (r.kept > 0) parts.push(`${r.kept} kept that the query no longer returns`);
    if (parts.length === 0)
      parts.push(`no change (${r.periods} period${r.periods === 1 ? '' : 's'})`);
    lines.push(`${name}${parts.join(', ')}`);
    for (const v of r.revised)
      lines.push(
        `${pad}${v.period}: ${v.from === null ? '(empty)' : formatNumber(v.from)} → ${formatNumber(v.to)}`,
      );
  }
  const count = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;
  lines.push(
    '',
    `${options.dryRun ? 'Dry run, nothing written: would pull' : 'Pulled'} ${count(sorted.length, 'KPI')}: ${count(added, 'new period')}, ${count(revised, 'revision')}, ${count(errors, 'error')}.`,
  );
  return `${lines.join('\n')}\n`;
}

/** At most 6 periods, then "…". */
function listPeriods(periods: readonly string[]): string {
  if (periods.length <= 6) return periods.join(', ');
  return `${periods.slice(0, 3).join(', ')} … ${periods.slice(-2).join(', ')}`;
}
