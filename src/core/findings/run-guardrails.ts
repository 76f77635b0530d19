import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { sortDiagnostics, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RULES, RuleId } from '../diagnostics/rules.ts';
import { applySeverity, overrideFor } from './apply-severity.ts';
import type { Guardrail } from './guardrail.ts';
import { goalNotSmart } from './goal-not-smart.ts';
import { kpiConflict } from './kpi-conflict.ts';
import { leadingDecorrelated } from './leading-decorrelated.ts';
import { leadingUnvalidated } from './leading-unvalidated.ts';
import { objectiveOutsideChain } from './objective-outside-chain.ts';
import { objectiveWithoutKpi } from './objective-without-kpi.ts';
import { objectivesTotal } from './objectives-total.ts';
import { orphan } from './orphan.ts';
import { ownerMissing } from './owner-missing.ts';
import { personUnlisted } from './person-unlisted.ts';
import { perspectiveCount } from './perspective-count.ts';
import { perspectiveEmpty } from './perspective-empty.ts';
import { primaryOverload } from './primary-overload.ts';
import { retiredReferenced } from './retired-referenced.ts';
import { reviewOverdue } from './review-overdue.ts';
import { staleData } from './stale-data.ts';
import { targetMissing } from './target-missing.ts';
import { targetPast } from './target-past.ts';
import { triggerMissing } from './trigger-missing.ts';
import { triggerUnhandled } from './trigger-unhandled.ts';
import { vanityInCore } from './vanity-in-core.ts';
import { vitalFew } from './vital-few.ts';

/** The ids of the catalogue's guardrail rules. */
export type GuardrailId = {
  [K in RuleId]: (typeof RULES)[K]['kind'] extends 'guardrail' ? K : never;
}[RuleId];

/** Every guardrail of SPEC §4, by rule id; `satisfies` makes it list each guardrail rule once. */
export const GUARDRAILS = {
  'owner-missing': ownerMissing,
  'target-missing': targetMissing,
  'target-past': targetPast,
  'trigger-missing': triggerMissing,
  orphan,
  'vanity-in-core': vanityInCore,
  'stale-data': staleData,
  'leading-unvalidated': leadingUnvalidated,
  'leading-decorrelated': leadingDecorrelated,
  'primary-overload': primaryOverload,
  'vital-few': vitalFew,
  'objective-without-kpi': objectiveWithoutKpi,
  'perspective-empty': perspectiveEmpty,
  'perspective-count': perspectiveCount,
  'objectives-total': objectivesTotal,
  'objective-outside-chain': objectiveOutsideChain,
  'goal-not-smart': goalNotSmart,
  'kpi-conflict': kpiConflict,
  'review-overdue': reviewOverdue,
  'retired-referenced': retiredReferenced,
  'trigger-unhandled': triggerUnhandled,
  'person-unlisted': personUnlisted,
} as const satisfies Record<GuardrailId, Guardrail>;

/**
 * Runs every guardrail on a project's analysis, applies `policy.severity` (a rule set to `off`
 * is not run at all) and returns the findings sorted by file, line, column and rule.
 */
export function runGuardrails(analysis: ProjectAnalysis): Diagnostic[] {
  const overrides = analysis.project.strategy.policy.severity;
  const found: Diagnostic[] = [];
  for (const [id, rule] of Object.entries(GUARDRAILS) as [GuardrailId, Guardrail][]) {
    if (overrideFor(id, overrides) === 'off') continue;
    found.push(...rule(analysis));
  }
  return sortDiagnostics(applySeverity(found, overrides));
}
