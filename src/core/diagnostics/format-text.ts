import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';

/** Options for the text formatter. */
export interface TextFormatOptions {
  /** Prepended to every file path, so paths are clickable from where the command ran (e.g. `kpis/`). */
  readonly pathPrefix?: string;
}

/**
 * Human-readable report, grouped by file:
 *
 *   kpis/metrics/qualified-leads.yaml
 *     12:3  error  `cadence` must be one of … — got `montly`. Did you mean `monthly`?  [schema-value]
 *           → Change it to one of: daily, weekly, monthly, quarterly, yearly.
 *
 *   ✖ 1 error, 0 warnings in 1 file
 */
export function formatText(
  diagnostics: readonly Diagnostic[],
  options: TextFormatOptions = {},
): string {
  const prefix = options.pathPrefix ?? '';
  const lines: string[] = [];
  let currentFile: string | null = null;
  for (const d of sortDiagnostics(diagnostics)) {
    if (d.file !== currentFile) {
      if (currentFile !== null) lines.push('');
      lines.push(prefix + d.file);
      currentFile = d.file;
    }
    const pos = `${d.line}:${d.col}`.padEnd(7);
    lines.push(`  ${pos} ${d.severity.padEnd(7)} ${d.message}  [${d.rule}]`);
    if (d.hint !== undefined) lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)} → ${d.hint}`);
  }
  if (lines.length > 0) lines.push('');
  lines.push(summarize(diagnostics));
  return lines.join('\n') + '\n';
}

/** "✖ 2 errors, 1 warning in 2 files" or "✔ No problems". */
export function summarize(diagnostics: readonly Diagnostic[]): string {
  const count = (s: Diagnostic['severity']) => diagnostics.filter((d) => d.severity === s).length;
  const errors = count('error');
  const warnings = count('warning');
  const infos = count('info');
  if (diagnostics.length === 0) return '✔ No problems.';
  const files = new Set(diagnostics.map((d) => d.file)).size;
  const parts = [plural(errors, 'error'), plural(warnings, 'warning')];
  if (infos > 0) parts.push(plural(infos, 'note'));
  return `${errors > 0 ? '✖' : '✔'} ${parts.join(', ')} in ${plural(files, 'file')}.`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}
