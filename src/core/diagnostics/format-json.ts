import { escapeJsonText } from './escape-text.ts';
import { sortDiagnostics, type Diagnostic, type Severity } from './diagnostic.ts';

/** A finding as the model and `check --format json` write it (SPEC §5). */
export interface FindingJson {
  readonly rule: string;
  readonly severity: Severity;
  readonly message: string;
  readonly hint: string | null;
  readonly file: string;
  readonly line: number;
  readonly col: number;
}

/** The findings of diagnostics, sorted. */
export function findingsJson(diagnostics: readonly Diagnostic[]): FindingJson[] {
  return sortDiagnostics(diagnostics).map((d) => ({
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    hint: d.hint ?? null,
    file: d.file,
    line: d.line,
    col: d.col,
  }));
}

/** `{findings: [...]}` with the fields of the model's findings (SPEC §5), sorted, one per line. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  return `${escapeJsonText(JSON.stringify({ findings: findingsJson(diagnostics) }, null, 2))}\n`;
}
