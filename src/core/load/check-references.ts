/**
 * Checking the references between files, one file kind each (references/): unknown ids, duplicate
 * ids, cascade levels and cycles. strategy.yaml's and teams.yaml's own checks run only when the
 * file loaded; a KPI's references to them only when they did.
 */
import type { Diagnostic } from '../diagnostics/diagnostic.ts';
import type { Project } from './project.ts';
import { checkJournalReferences } from './references/journal-references.ts';
import { checkKpiReferences } from './references/kpi-references.ts';
import { referenceCheck, type ReferenceContext } from './references/reference-check.ts';
import { checkStrategyReferences } from './references/strategy-references.ts';
import { checkTeamReferences } from './references/team-references.ts';

/** Checks every id reference, duplicate ids, cascade levels and cycles. */
export function checkReferences(project: Project, ctx: ReferenceContext): Diagnostic[] {
  const check = referenceCheck(project, ctx);
  if (ctx.strategyLoaded) checkStrategyReferences(check);
  if (ctx.teamsLoaded) checkTeamReferences(check);
  checkKpiReferences(check);
  checkJournalReferences(check);
  return check.out;
}
