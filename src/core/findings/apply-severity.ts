import type { Diagnostic, Severity } from '../diagnostics/diagnostic.ts';
import { RULES, type RuleId } from '../diagnostics/rules.ts';

/** A severity set in `policy.severity`; `off` silences a rule. */
export type SeverityOverride = Severity | 'off';

const RANK = { info: 0, warning: 1, error: 2 } as const satisfies Record<Severity, number>;

/**
 * Applies `policy.severity` (rule id → severity) to diagnostics. A guardrail rule takes the
 * severity it is given, and `off` drops it. A load rule is never lowered or silenced — a file
 * that cannot be read cannot be built on — but may be raised (a missing CSV made an error).
 * Overrides naming no rule are ignored here.
 */
export function applySeverity(
  list: readonly Diagnostic[],
  overrides: Readonly<Record<string, SeverityOverride>>,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const d of list) {
    const override = overrideFor(d.rule, overrides);
    if (override === null || override === d.severity) out.push(d);
    else if (RULES[d.rule].kind === 'guardrail') {
      if (override !== 'off') out.push({ ...d, severity: override });
    } else if (override !== 'off' && RANK[override] > RANK[d.severity]) {
      out.push({ ...d, severity: override });
    } else out.push(d);
  }
  return out;
}

/** The override for a rule, or null; own keys only, so `constructor` and the like never match. */
export function overrideFor(
  rule: RuleId,
  overrides: Readonly<Record<string, SeverityOverride>>,
): SeverityOverride | null {
  return Object.hasOwn(overrides, rule) ? overrides[rule]! : null;
}
