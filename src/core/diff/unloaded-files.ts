import type { FindingJson, ModelJson } from '../model/model.ts';

// Rules whose error means the file was not loaded at all (unreadable, not YAML, not the schema);
// reference errors (`ref-unknown`…) leave the file loaded.
const BLOCKING = /^(file-(?!unexpected$)|yaml-|schema-)/;

/** Whether a finding is an error that stopped its file from loading. */
export function isBlocking(f: FindingJson): boolean {
  return f.severity === 'error' && BLOCKING.test(f.rule);
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
