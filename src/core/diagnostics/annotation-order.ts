import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';

const RANK = { error: 0, warning: 1, info: 2 } as const;

/**
 * Diagnostics in the order a pull request needs them: errors before warnings before notes, and
 * within each, those in the files the pull request changed (paths relative to the KPI folder)
 * first; then by file, line, column and rule. GitHub shows only the first few annotations of each
 * kind per step, so the first ones printed must be the ones the author can act on.
 */
export function annotationOrder(
  diagnostics: readonly Diagnostic[],
  changed: ReadonlySet<string>,
): Diagnostic[] {
  const sorted = sortDiagnostics(diagnostics);
  const position = new Map(sorted.map((d, i) => [d, i]));
  return sorted.sort(
    (a, b) =>
      RANK[a.severity] - RANK[b.severity] ||
      Number(!changed.has(a.file)) - Number(!changed.has(b.file)) ||
      position.get(a)! - position.get(b)!,
  );
}
