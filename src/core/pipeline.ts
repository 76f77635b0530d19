/**
 * The one path from files to results that the CLI, the tests and the site share:
 *
 *   SourceFile[] → loadProject → analyzeProject(asOf) → runGuardrails → buildModel → ModelJson
 *   └──────────────────── checkProject (what `check` needs) ──────────┘   └ withModel ┘
 *
 * Load errors and guardrail findings come back together, sorted.
 */
import { analyzeProject, type ProjectAnalysis } from './analytics/analyze-project.ts';
import { sortDiagnostics, type Diagnostic } from './diagnostics/diagnostic.ts';
import { applySeverity } from './findings/apply-severity.ts';
import { runGuardrails } from './findings/run-guardrails.ts';
import { loadProject } from './load/load-project.ts';
import type { ParsedAhead } from './load/parsed-ahead.ts';
import type { Project } from './load/project.ts';
import type { SourceFile } from './load/source-file.ts';
import { buildModel } from './model/build-model.ts';
import type { ModelJson } from './model/model.ts';

/** What `check` needs from a KPI folder as of a day: everything but the model. */
export interface Checked {
  readonly project: Project;
  readonly analysis: ProjectAnalysis;
  /** Load errors and guardrail findings, sorted. */
  readonly diagnostics: Diagnostic[];
}

/** Everything computed from a KPI folder as of a day. */
export interface Computed extends Checked {
  readonly model: ModelJson;
}

/** Milliseconds spent per phase, for `plumbline model --timings` and `npm run bench`. */
export interface Timed {
  readonly timings: { readonly load: number; readonly compute: number };
}

/**
 * Loads, analyses and checks a KPI folder as of a day, without building the model. Files in
 * `ahead` were parsed already (parsed-ahead.ts).
 */
export function checkProject(
  files: readonly SourceFile[],
  asOf: number,
  clock: () => number = () => 0,
  ahead: ParsedAhead = {},
): Checked & { readonly loadMs: number } {
  const t0 = clock();
  const { project, diagnostics: loadDiagnostics, complete } = loadProject(files, ahead);
  const loadMs = clock() - t0;
  const analysis = analyzeProject(project, asOf);
  // Without a valid strategy.yaml or teams.yaml the guardrails would only add noise next to the
  // real error (empty perspectives, orphans everywhere).
  const overrides = project.strategy.policy.severity;
  const diagnostics = sortDiagnostics([
    ...applySeverity(loadDiagnostics, overrides),
    ...(complete ? runGuardrails(analysis) : []),
  ]);
  return { project, analysis, diagnostics, loadMs };
}

/**
 * Loads, analyses and checks a KPI folder as of a day. `clock` only measures phases; files in
 * `ahead` were parsed already (parsed-ahead.ts).
 */
export function computeProject(
  files: readonly SourceFile[],
  asOf: number,
  clock: () => number = () => 0,
  ahead: ParsedAhead = {},
): Computed & Timed {
  const t0 = clock();
  const { loadMs, ...checked } = checkProject(files, asOf, clock, ahead);
  const computed = withModel(checked);
  const t2 = clock();
  return { ...computed, timings: { load: loadMs, compute: t2 - t0 - loadMs } };
}

/**
 * A checked folder with its model: computeProject's last step, for a caller that starts on other
 * work before the model (`plumbline build` hands out its first charts, which need the analysis
 * only).
 */
export function withModel(checked: Checked): Computed {
  const { project, analysis, diagnostics } = checked;
  return { project, analysis, diagnostics, model: buildModel(analysis, diagnostics) };
}
