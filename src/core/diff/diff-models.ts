/**
 * Comparing two models of one KPI folder computed at the same as-of date (SPEC §5 `plumbline diff`):
 *
 *   before, after ─┬─ diffFindings  (severity + rule + file + message; lines ignored)
 *                  ├─ diffKpis      (added, removed, retired, activated, field changes)
 *                  ├─ diffEntities  (teams, objectives, goals added/removed/redefined)
 *                  ├─ diffScores    (organisation + touched teams, objectives, goals)
 *                  └─ verdictOf     (one line)
 *
 * A side with errors is still compared, as far as it loaded:
 * - A file with an error that stopped it loading (syntax, schema, encoding…) is absent from its
 *   model. A KPI whose file did not load on one side is listed as unreadable (`broken`) or
 *   readable again (`repaired`), not as removed or added, and its fields are not compared. Of
 *   the findings about such a file (or its readings) only the errors that stop it loading are
 *   compared: the guardrails that vanish with it are not resolved.
 * - When strategy.yaml or teams.yaml did not load on a side, that side ran no guardrails and
 *   scored an empty strategy, and its references were checked against nothing. Then only file
 *   errors (syntax, schema, readings) and KPI fields are compared — not references, guardrail
 *   findings, teams, objectives, goals or alignment scores (also per KPI); a note says so.
 */
import type { ModelJson } from '../model/model.ts';
import { diffEntities } from './diff-entities.ts';
import { diffFindings } from './diff-findings.ts';
import { diffKpis, touchedKpiIds } from './diff-kpis.ts';
import { diffScores } from './diff-scores.ts';
import type { ModelDiff } from './model-diff.ts';
import { structureLoaded, unloadedFiles } from './unloaded-files.ts';
import { verdictOf } from './verdict.ts';

/** What changes from `before` (the base) to `after` (the change). Pure; never throws on input. */
export function diffModels(before: ModelJson, after: ModelJson): ModelDiff {
  const unloadedBefore = unloadedFiles(before);
  const unloadedAfter = unloadedFiles(after);
  const beforeLoaded = structureLoaded(unloadedBefore);
  const afterLoaded = structureLoaded(unloadedAfter);
  const comparable = beforeLoaded && afterLoaded;
  const kpis = diffKpis(before, after, {
    unloadedBefore,
    unloadedAfter,
    withAlignment: comparable,
  });
  const entities = comparable ? diffEntities(before, after) : [];
  const findings = diffFindings(before.findings, after.findings, {
    structure: comparable,
    unloadedBefore,
    unloadedAfter,
  });
  const scores = comparable ? diffScores(before, after, touchedKpiIds(kpis), entities) : null;
  const notes: string[] = [];
  if (!comparable) {
    const where =
      !beforeLoaded && !afterLoaded ? 'On both sides' : beforeLoaded ? 'Now' : 'At the base';
    notes.push(
      `${where} strategy.yaml or teams.yaml did not load, so only file errors and KPI fields are compared — not references, guardrail findings, teams, objectives, goals or alignment scores.`,
    );
  }
  const changed =
    Object.values(kpis).some((list) => list.length > 0) ||
    entities.length > 0 ||
    findings.introduced.length > 0 ||
    findings.resolved.length > 0 ||
    (scores ?? []).some((s) => s.before !== s.after);
  const verdict = verdictOf({ asOf: after.asOf, changed, notes, kpis, entities, findings, scores });
  return { asOf: after.asOf, changed, verdict, notes, kpis, entities, findings, scores };
}
