// What the diff tests share: models of the example project with files overridden, their diff,
// and the revenue KPI with chosen fields.
import { diffModels } from '../../../src/core/diff/diff-models.ts';
import type { ModelJson } from '../../../src/core/model/model.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { computeProject } from '../../../src/core/pipeline.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

const AS_OF = parseDay('2026-11-24')!;

/** The model of the test project with `overrides` (path → text, or null to delete). */
export function model(overrides: Record<string, string | null> = {}): ModelJson {
  return computeProject(projectFiles(overrides), AS_OF).model;
}

/** The diff between the project with `before` and with `after` overridden. */
export function diff(before: Record<string, string | null>, after: Record<string, string | null>) {
  return diffModels(model(before), model(after));
}

/** The revenue KPI's file with `fields` set. */
export const revenue = (fields: Record<string, unknown>) => ({
  'metrics/revenue.yaml': metricYaml({
    name: 'Revenue',
    team: 'acme',
    objectives: ['grow-sales'],
    ...fields,
  }),
});
