import { sortDiagnostics, type Diagnostic } from './diagnostic.ts';
import { escapeControl } from './escape-text.ts';
import type { RuleId } from './rules.ts';
import { plural } from '../words/plural.ts';

/** Options for the text formatter. */
export interface TextFormatOptions {
  /** Prepended to every file path, so paths are clickable from where the command ran (e.g. `kpis/`). */
  readonly pathPrefix?: string;
  /**
   * The text of each file by its path: the line of each finding is shown under it with a `^`
   * under the column, as compilers do. Findings of files not given are shown without it.
   */
  readonly sources?: ReadonlyMap<string, string>;
}

/** Rules about a whole file (its name, its place, its absence): no line of it is shown. */
const WHOLE_FILE: ReadonlySet<RuleId> = new Set<RuleId>([
  'file-empty',
  'file-missing',
  'file-unexpected',
  'file-misnamed',
  'file-duplicate',
  'id-format',
  'csv-missing',
]);

/** Lines shown longer than this are cut to a window around the column. */
const MAX_EXCERPT = 100;

/**
 * Human-readable report, grouped by file:
 *
 *   kpis/metrics/qualified-leads.yaml
 *     12:10   error   `cadence` must be one of … — got `montly`. Did you mean `monthly`?  [schema-value]
 *          12 | cadence: montly
 *             |          ^
 *                     → Change it to one of: daily, weekly, monthly, quarterly, yearly.
 *
 * Text from the files (paths, messages, lines) has its control characters made visible.
 *
 *   ✖ 1 error, 0 warnings in 1 file
 */
export function formatText(
  diagnostics: readonly Diagnostic[],
  options: TextFormatOptions = {},
): string {
  const prefix = escapeControl(options.pathPrefix ?? '');
  const lines: string[] = [];
  let currentFile: string | null = null;
  let fileLines: LineIndex | null = null;
  for (const d of sortDiagnostics(diagnostics)) {
    if (d.file !== currentFile) {
      if (currentFile !== null) lines.push('');
      lines.push(prefix + escapeControl(d.file));
      currentFile = d.file;
      const text = options.sources?.get(d.file);
      fileLines = text === undefined ? null : new LineIndex(text);
    }
    const pos = `${d.line}:${d.col}`.padEnd(7);
    lines.push(`  ${pos} ${d.severity.padEnd(7)} ${escapeControl(d.message)}  [${d.rule}]`);
    if (fileLines !== null && !WHOLE_FILE.has(d.rule)) lines.push(...excerpt(fileLines, d));
    if (d.hint !== undefined)
      lines.push(`  ${' '.repeat(7)} ${' '.repeat(7)} → ${escapeControl(d.hint)}`);
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

/** Where each line of a text starts, found once per file. */
class LineIndex {
  readonly text: string;
  private starts: number[] | null = null;
  constructor(text: string) {
    this.text = text;
  }
  /** Line `n` (1-based) without its line end, or null past the end. */
  line(n: number): string | null {
    if (this.starts === null) {
      const starts = [0];
      for (let i = this.text.indexOf('\n'); i >= 0; i = this.text.indexOf('\n', i + 1))
        starts.push(i + 1);
      this.starts = starts;
    }
    const start = this.starts[n - 1];
    if (start === undefined) return null;
    const next = this.starts[n];
    const line = this.text.slice(start, next === undefined ? this.text.length : next - 1);
    return line.replace(/\r$/, '').replace(/^\uFEFF/, '');
  }
}

/** The finding's line, its control characters visible, with a `^` under the column. */
function excerpt(index: LineIndex, d: Diagnostic): string[] {
  const raw = index.line(d.line);
  if (raw === null || raw.trim() === '') return [];
  const at = Math.min(Math.max(d.col - 1, 0), raw.length);
  let from = 0;
  let to = raw.length;
  if (raw.length > MAX_EXCERPT) {
    from = Math.max(0, Math.min(at - MAX_EXCERPT / 2, raw.length - MAX_EXCERPT));
    to = from + MAX_EXCERPT;
  }
  const show = (s: string) => escapeControl(s.replace(/\t/g, ' '));
  const before = (from > 0 ? '…' : '') + show(raw.slice(from, at));
  const shown = before + show(raw.slice(at, to)) + (to < raw.length ? '…' : '');
  const number = String(d.line);
  const gutter = ' '.repeat(8 + 7 - number.length);
  return [
    `${gutter}${number} | ${shown}`,
    `${' '.repeat(8 + 7)} | ${' '.repeat([...before].length)}^`,
  ];
}
