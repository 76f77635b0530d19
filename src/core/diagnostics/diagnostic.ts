import { RULES, type RuleId } from './rules.ts';

/** How bad a finding is: errors fail `check` and the build. */
export type Severity = 'error' | 'warning' | 'info';

/** A 1-based position in a file. */
export interface Position {
  readonly line: number;
  readonly col: number;
}

/** Where a diagnostic points: a posix path relative to the KPI folder and a 1-based position. */
export interface Location extends Position {
  readonly file: string;
}

/** One problem found in the files or by a guardrail: the only error type of the core. */
export interface Diagnostic extends Location {
  readonly rule: RuleId;
  readonly severity: Severity;
  /** What is wrong, in words a non-programmer can act on. */
  readonly message: string;
  /** What to do about it. */
  readonly hint?: string;
}

/** Builds a diagnostic with the rule's default severity. */
export function diagnostic(rule: RuleId, at: Location, message: string, hint?: string): Diagnostic {
  const d: Diagnostic = {
    rule,
    severity: RULES[rule].severity,
    file: at.file,
    line: at.line,
    col: at.col,
    message,
  };
  return hint === undefined ? d : { ...d, hint };
}

/** Orders diagnostics by file, line, column and rule, so output is stable. */
export function sortDiagnostics(list: readonly Diagnostic[]): Diagnostic[] {
  return [...list].sort(
    (a, b) =>
      compareText(a.file, b.file) ||
      a.line - b.line ||
      a.col - b.col ||
      compareText(a.rule, b.rule) ||
      compareText(a.message, b.message),
  );
}

/** Code-unit order: stable across locales, unlike localeCompare. */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** True when any diagnostic is an error. */
export function hasErrors(list: readonly Diagnostic[]): boolean {
  return list.some((d) => d.severity === 'error');
}
