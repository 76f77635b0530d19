import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';

/** `{findings: [...]}` with the fields of the model's findings (SPEC §5), sorted, one per line. */
export function formatJson(diagnostics: readonly Diagnostic[]): string {
  const findings = sortDiagnostics(diagnostics).map((d) => ({
    rule: d.rule,
    severity: d.severity,
    message: d.message,
    hint: d.hint ?? null,
    file: d.file,
    line: d.line,
    col: d.col,
  }));
  return `${JSON.stringify({ findings }, null, 2)}\n`;
}
