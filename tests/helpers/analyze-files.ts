import { expect } from 'vitest';
import { analyzeProject, type ProjectAnalysis } from '../../src/core/analytics/analyze-project.ts';
import type { Diagnostic } from '../../src/core/diagnostics/diagnostic.ts';
import { loadProject } from '../../src/core/load/load-project.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { projectFiles } from './project-files.ts';

/**
 * Loads `projectFiles(overrides)` and analyses it as of a day (default 2026-11-24), failing the
 * test if the files have load errors: guardrails are only ever run on a valid project.
 */
export function analyzeFiles(
  overrides: Record<string, string | null> = {},
  asOf = '2026-11-24',
): ProjectAnalysis {
  const { project, diagnostics } = loadProject(projectFiles(overrides));
  expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return analyzeProject(project, parseDay(asOf)!);
}

/** The fields guardrail tests assert: rule, severity and position, not the prose. */
export function where(list: readonly Diagnostic[]) {
  return list.map(({ rule, severity, file, line, col }) => ({ rule, severity, file, line, col }));
}
