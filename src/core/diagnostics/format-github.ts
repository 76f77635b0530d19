import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { escapeControl } from './escape-text.ts';

/**
 * GitHub Actions workflow commands, one per diagnostic, so findings show as annotations on the
 * pull request's changed lines: `::error file=kpis/x.yaml,line=3,col=5,title=rule::message`.
 */
export function formatGithub(
  diagnostics: readonly Diagnostic[],
  options: { pathPrefix?: string } = {},
): string {
  const prefix = options.pathPrefix ?? '';
  return sortDiagnostics(diagnostics)
    .map((d) => {
      const command = d.severity === 'info' ? 'notice' : d.severity;
      const props = [
        `file=${escapeProperty(prefix + d.file)}`,
        `line=${d.line}`,
        `col=${d.col}`,
        `title=${escapeProperty(`Plumbline ${d.rule}`)}`,
      ].join(',');
      const text = d.hint === undefined ? d.message : `${d.message}\n${d.hint}`;
      return `::${command} ${props}::${escapeData(text)}\n`;
    })
    .join('');
}

/**
 * Escapes the message part of a workflow command: line breaks as GitHub decodes them, every other
 * control character made visible (an ESC sequence would act in the log).
 */
export function escapeData(text: string): string {
  return escapeControl(
    text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A').replace(/\t/g, ' '),
  );
}

/** Escapes a property value of a workflow command. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
