import { isRuleId, RULES, type RuleMeta } from '../diagnostics/rules.ts';
import type { FindingJson, ModelJson } from '../model/model.ts';

/**
 * Whether a finding is an error that stopped its file from loading (the rule's `blocking`
 * property); reference errors (`ref-unknown`…) leave the file loaded.
 */
export function isBlocking(f: FindingJson): boolean {
  if (f.severity !== 'error' || !isRuleId(f.rule)) return false;
  const meta: RuleMeta = RULES[f.rule];
  return meta.blocking === true;
}

/**
 * The files of a model that did not load, with the readings of each KPI file that did not load:
 * the findings about them on the other side cannot be compared.
 */
export function unloadedFiles(model: ModelJson): ReadonlySet<string> {
  const files = model.findings.filter(isBlocking).map((f) => f.file);
  const readings = files
    .filter((f) => /^metrics\/[^/]+\.ya?ml$/.test(f))
    .map((f) => f.replace(/\.ya?ml$/, '.csv'));
  return new Set([...files, ...readings]);
}

/**
 * Whether strategy.yaml and teams.yaml loaded. Without them the guardrails do not run and scores
 * are computed on an empty strategy, so neither can be compared with the other side.
 */
export function structureLoaded(unloaded: ReadonlySet<string>): boolean {
  return !unloaded.has('strategy.yaml') && !unloaded.has('teams.yaml');
}
