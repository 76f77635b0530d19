import path from 'node:path';
import { journalActionPath, journalActionYaml } from '../core/alerts/journal-action-file.ts';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { loadProject } from '../core/load/load-project.ts';
import { didYouMean } from '../core/load/suggest.ts';
import { formatDay, parseDay } from '../core/period/period.ts';
import { schemaLine } from '../core/scaffold/yaml-text.ts';
import { findSchemaDir } from '../io/find-schema-dir.ts';
import { FilesExistError, writeNewFiles } from '../io/write-new-files.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { displayPrefix, parseCommand, readFolder } from './parse-command.ts';
import { USAGE } from './usage.ts';

/**
 * `plumbline journal action <kpi> "<what was done>" [dir] [--owner NAME] [--date DATE]`: records
 * an action in `journal/<date>-<kpi>.yaml` (a `-2`, `-3`… suffix when that file exists; nothing is
 * ever overwritten). The owner defaults to the KPI's. The file is what an alert issue's snippet
 * holds, so the next `alerts sync` finds the alert answered.
 */
export async function runJournalAction(
  args: readonly string[],
  effects: CliEffects,
): Promise<number> {
  const { values, positionals } = parseCommand('journal action', args, {
    owner: { type: 'string' },
    date: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const [kpi, action, dir = 'kpis', ...extra] = positionals;
  if (kpi === undefined || action === undefined || extra.length > 0)
    throw new CliError(
      'journal action: expected <kpi> "<what was done>" [dir], e.g. `plumbline journal action qualified-leads "Ran a lead source audit"`.',
    );
  if (action.trim() === '') throw new CliError('journal action: say what was done.');
  const day = parseDay(values.date ?? effects.today());
  if (day === null)
    throw new CliError(
      `journal action: --date must be a date as YYYY-MM-DD, got \`${values.date}\`.`,
    );
  const date = formatDay(day);
  const files = await readFolder(dir, effects);
  const { project, diagnostics } = loadProject(files);
  const record = project.kpiById.get(kpi);
  if (record === undefined) {
    const known = [...project.kpiById.keys()];
    throw new CliError(
      `journal action: there is no KPI \`${kpi}\` in ${dir}.${didYouMean(kpi, known)}${hasErrors(diagnostics) ? ' (Some files have errors: `plumbline check`.)' : ''}`,
    );
  }
  const owner = values.owner ?? record.def.owner ?? null;
  const full = path.resolve(effects.cwd, dir);
  const schemas = await findSchemaDir(full);
  const text = journalActionYaml(
    { kpi, date, action, owner },
    schemaLine(schemas.dir, 'journal', 1),
  );
  const first = journalActionPath({ kpi, date });
  for (let n = 1; n < 100; n++) {
    const rel = n === 1 ? first : first.replace(/\.yaml$/, `-${n}.yaml`);
    try {
      await writeNewFiles(full, [{ path: rel, text }]);
    } catch (error) {
      if (error instanceof FilesExistError) continue;
      throw error;
    }
    effects.stdout(
      `Wrote ${displayPrefix(dir)}${rel}: ${kpi}, ${date}${owner === null ? '' : `, ${owner}`}. Commit it; the next \`plumbline alerts sync\` notes the alert answered.\n`,
    );
    return 0;
  }
  throw new CliError(`journal action: too many journal files for ${kpi} on ${date}.`, 1);
}
