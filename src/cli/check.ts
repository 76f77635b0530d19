import { appendFile } from 'node:fs/promises';
import path from 'node:path';
import { annotationOrder } from '../core/diagnostics/annotation-order.ts';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { formatGithub } from '../core/diagnostics/format-github.ts';
import { formatJson } from '../core/diagnostics/format-json.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { hasText } from '../core/load/source-file.ts';
import { checkProject } from '../core/pipeline.ts';
import { checkSummary } from './check-summary.ts';
import { colourFindings, paint } from './colour.ts';
import type { CliEffects } from './effects.ts';
import { outputFormat } from './output-format.ts';
import {
  displayPrefix,
  folderArgument,
  parseAsOf,
  parseCommand,
  readFolder,
} from './parse-command.ts';

const FORMATS = ['text', 'json', 'github'] as const;

/**
 * `plumbline check [dir] [--format text|json|github] [--as-of DATE] [--changed-since REF]`.
 * With --quiet the text lists errors only. With `github`, errors come first, those in the files
 * changed since REF first of all (GitHub shows a step's first 10 annotations of each kind), and
 * the full report goes to the job summary when $GITHUB_STEP_SUMMARY names one.
 */
export async function runCheck(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('check', args, {
    format: { type: 'string', default: 'text' },
    'as-of': { type: 'string' },
    'changed-since': { type: 'string' },
  });
  const format = outputFormat('check', values.format, FORMATS);
  const dir = folderArgument('check', positionals);
  const asOf = parseAsOf(values['as-of'], effects);
  const files = await readFolder(dir, effects);
  const { diagnostics } = checkProject(files, asOf);
  const pathPrefix = displayPrefix(dir);
  const failed = hasErrors(diagnostics);
  if (format === 'json') effects.stdout(formatJson(diagnostics));
  else if (format === 'github') {
    const since = values['changed-since'];
    const changed =
      since === undefined
        ? new Set<string>()
        : // Imported only here: it loads node:child_process, which a plain check does not need.
          await (
            await import('../io/changed-files.ts')
          ).changedFilesSince(path.resolve(effects.cwd, dir), since);
    const ordered = annotationOrder(diagnostics, changed);
    // One workflow command per finding, in that order (formatGithub alone sorts by file).
    effects.stdout(ordered.map((d) => formatGithub([d], { pathPrefix })).join(''));
    const summary = effects.env?.GITHUB_STEP_SUMMARY;
    if (summary !== undefined && summary !== '')
      await appendFile(summary, checkSummary(ordered, { pathPrefix, changed }));
  } else {
    const shown =
      effects.quiet === true ? diagnostics.filter((d) => d.severity === 'error') : diagnostics;
    if (effects.quiet !== true || shown.length > 0) {
      const sources = new Map(files.filter(hasText).map((f) => [f.path, f.text]));
      const text = formatText(shown, { pathPrefix, sources });
      const colour = effects.colour?.stdout === true;
      effects.stdout(colour ? colourFindings(text, paint(true)) : text);
    }
  }
  return failed ? 1 : 0;
}
