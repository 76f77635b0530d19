/**
 * The findings of a model counted and grouped one way for every page: the home page's "2 errors
 * and 19 warnings" and the alignment page's groups are the same numbers. Pure.
 */
import type { FindingJson } from '../model/model.ts';

const SEVERITIES = ['error', 'warning', 'info'] as const;
type Severity = (typeof SEVERITIES)[number];

/** Findings per severity, and grouped by rule (most severe first, then by rule). */
export function findingsSummary(findings: readonly FindingJson[]): {
  readonly total: number;
  readonly bySeverity: Readonly<Record<Severity, number>>;
  readonly byRule: readonly {
    readonly rule: string;
    readonly severity: Severity;
    readonly findings: readonly FindingJson[];
  }[];
} {
  const bySeverity: Record<Severity, number> = { error: 0, warning: 0, info: 0 };
  const byRule = new Map<string, FindingJson[]>();
  for (const f of findings) {
    bySeverity[f.severity as Severity]++;
    byRule.set(f.rule, [...(byRule.get(f.rule) ?? []), f]);
  }
  const rank = (s: string) => SEVERITIES.indexOf(s as Severity);
  const groups = [...byRule].map(([rule, list]) => ({
    rule,
    // A rule's group shows under its most severe finding.
    severity: SEVERITIES[Math.min(...list.map((f) => rank(f.severity)))]!,
    findings: list,
  }));
  groups.sort((a, b) => rank(a.severity) - rank(b.severity) || (a.rule < b.rule ? -1 : 1));
  return { total: findings.length, bySeverity, byRule: groups };
}
