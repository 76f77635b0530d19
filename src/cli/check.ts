import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { formatGithub } from '../core/diagnostics/format-github.ts';
import { formatJson } from '../core/diagnostics/format-json.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { hasText } from '../core/load/source-file.ts';
import { computeProject } from '../core/pipeline.ts';
import type { CliEffects } from './effects.ts';
import {
  displayPrefix,
  folderArgument,
  oneOf,
  parseAsOf,
  parseCommand,
  readFolder,
} from './parse-command.ts';
import { USAGE } from './usage.ts';

const FORMATS = ['text', 'json', 'github'] as const;

/** `plumbline check [dir] [--format text|json|github] [--as-of DATE]`. */
export async function runCheck(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('check', args, {
    format: { type: 'string', default: 'text' },
    'as-of': { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const format = oneOf('check', 'format', values.format, FORMATS);
  const dir = folderArgument('check', positionals);
  const asOf = parseAsOf(values['as-of'], effects);
  const files = await readFolder(dir, effects);
  const { diagnostics } = computeProject(files, asOf);
  const pathPrefix = displayPrefix(dir);
  if (format === 'json') effects.stdout(formatJson(diagnostics));
  else if (format === 'github') effects.stdout(formatGithub(diagnostics, { pathPrefix }));
  else {
    const sources = new Map(files.filter(hasText).map((f) => [f.path, f.text]));
    effects.stdout(formatText(diagnostics, { pathPrefix, sources }));
  }
  return hasErrors(diagnostics) ? 1 : 0;
}
