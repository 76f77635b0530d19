import type { Diagnostic } from '../core/diagnostics/diagnostic.ts';
import { codeSpan, escapeMessage } from '../core/diff/markdown-text.ts';

/** GitHub takes up to 1 MiB of summary per step: past this many findings the list stops. */
const MAX_LISTED = 1000;

const ICON = { error: '❌', warning: '⚠️', info: 'ℹ️' } as const;
const NOUN = {
  error: ['error', 'errors'],
  warning: ['warning', 'warnings'],
  info: ['note', 'notes'],
};

/**
 * The full report of `check --format github` for the job summary ($GITHUB_STEP_SUMMARY), in the
 * order given (see annotationOrder): a headline with the counts, then every finding with its
 * place, what is wrong and what to do. Text from the files is escaped (it can come from a fork).
 */
export function checkSummary(
  ordered: readonly Diagnostic[],
  options: { readonly pathPrefix: string; readonly changed: ReadonlySet<string> },
): string {
  const count = (s: Diagnostic['severity']) => ordered.filter((d) => d.severity === s).length;
  const counts = (['error', 'warning', 'info'] as const).map((s) => {
    const n = count(s);
    return `${n} ${NOUN[s][n === 1 ? 0 : 1]}`;
  });
  const headline = `### ${count('error') > 0 ? '❌' : '✅'} Plumbline check: ${counts.join(', ')}`;
  const lines = ordered.slice(0, MAX_LISTED).map((d) => {
    const where = codeSpan(`${options.pathPrefix}${d.file}:${d.line}:${d.col}`);
    const mark = options.changed.has(d.file) ? ' (changed in this pull request)' : '';
    const hint = d.hint === undefined ? '' : ` → ${escapeMessage(d.hint)}`;
    return `- ${ICON[d.severity]} ${where}${mark} — ${escapeMessage(d.message)}${hint} (${codeSpan(d.rule)})`;
  });
  const more =
    ordered.length > MAX_LISTED
      ? [
          '',
          `…and ${ordered.length - MAX_LISTED} more: run \`npx plumbline check\` to see them all.`,
        ]
      : [];
  return [headline, '', ...(lines.length === 0 ? ['No findings.'] : lines), ...more, '', ''].join(
    '\n',
  );
}
