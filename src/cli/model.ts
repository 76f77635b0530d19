import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { formatText } from '../core/diagnostics/format-text.ts';
import { computeProject } from '../core/pipeline.ts';
import type { CliEffects } from './effects.ts';
import { outputFormat } from './output-format.ts';
import {
  displayPrefix,
  parseAsOf,
  parseCommand,
  readFolder,
  folderArgument,
} from './parse-command.ts';

/**
 * `plumbline model [dir] [--as-of DATE] [--timings]`: the computed model as JSON on stdout. With
 * errors in the files there is no model (it would be silently incomplete): the errors go to
 * stderr and the exit code is 1.
 */
export async function runModel(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('model', args, {
    'as-of': { type: 'string' },
    timings: { type: 'boolean' },
    format: { type: 'string', default: 'json' },
  });
  // Always JSON; `--format json` is accepted so every command takes it.
  outputFormat('model', values.format, ['json']);
  const asOf = parseAsOf(values['as-of'], effects);
  const dir = folderArgument('model', positionals);
  const t0 = performance.now();
  const files = await readFolder(dir, effects);
  const read = performance.now() - t0;
  const computed = computeProject(files, asOf, () => performance.now());
  if (values.timings === true) {
    const { load, compute } = computed.timings;
    effects.stderr(
      `timings: read ${read.toFixed(0)} ms, load ${load.toFixed(0)} ms, compute ${compute.toFixed(0)} ms\n`,
    );
  }
  if (hasErrors(computed.diagnostics)) {
    effects.stderr(
      formatText(
        computed.diagnostics.filter((d) => d.severity === 'error'),
        { pathPrefix: displayPrefix(dir) },
      ),
    );
    return 1;
  }
  effects.stdout(`${JSON.stringify(computed.model, null, 2)}\n`);
  return 0;
}
