import path from 'node:path';
import { hasErrors } from '../core/diagnostics/diagnostic.ts';
import { loadProject } from '../core/load/load-project.ts';
import { didYouMean } from '../core/load/suggest.ts';
import {
  CADENCES,
  formatPeriod,
  GRAIN_OF,
  parseDay,
  periodIndexOf,
} from '../core/period/period.ts';
import { ID_PATTERN } from '../core/schema/common.ts';
import { AGGREGATES, DIRECTIONS, KPI_KINDS } from '../core/schema/metric.ts';
import { kebabCase, nameFromId } from '../core/names/kebab-case.ts';
import {
  kpiTemplate,
  READINGS_HEADER,
  type KpiTemplateInput,
} from '../core/scaffold/kpi-template.ts';
import { findSchemaDir } from '../io/find-schema-dir.ts';
import { FolderError } from '../io/read-project.ts';
import { FilesExistError, writeNewFiles } from '../io/write-new-files.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { FORMAT_OPTION, outputFormat, printResult } from './output-format.ts';
import { displayPrefix, oneOf, parseCommand, readFolder } from './parse-command.ts';

/**
 * `plumbline new kpi <id> [dir] --team T [--objective O]… [--shared-with T]… [--name N]
 * [--owner P] [--cadence C] [--direction D] [--unit U] [--kind K] [--aggregate A]` (the arguments
 * after `kpi`): writes metrics/<id>.yaml with every field present and explained, and an empty
 * metrics/<id>.csv. The id must be kebab-case and new, the teams and objectives must exist in the
 * folder (a typo gets the closest id), and every value must be valid, so the new file passes
 * `plumbline check` as written. Bad input is a usage error (exit 2).
 */
export async function runNewKpi(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('new kpi', args, {
    team: { type: 'string' },
    objective: { type: 'string', multiple: true },
    'shared-with': { type: 'string', multiple: true },
    name: { type: 'string' },
    owner: { type: 'string' },
    cadence: { type: 'string', default: 'monthly' },
    direction: { type: 'string', default: 'up' },
    unit: { type: 'string', default: 'count' },
    kind: { type: 'string', default: 'lagging' },
    aggregate: { type: 'string', default: 'last' },
    format: FORMAT_OPTION,
  });
  const format = outputFormat('new kpi', values.format);
  const [id, dir = 'kpis', ...extra] = positionals;
  if (id === undefined)
    throw new CliError(
      'new kpi: give the new KPI’s id, e.g. `plumbline new kpi qualified-leads --team sales`.',
    );
  if (extra.length > 0)
    throw new CliError(
      `new kpi: expected an id and at most one folder, got ${positionals.length} arguments.`,
    );
  if (!ID_PATTERN.test(id)) {
    const better = kebabCase(id);
    throw new CliError(
      `new kpi: the id \`${id}\` is not kebab-case (lower-case words joined by hyphens); it becomes the file name metrics/<id>.yaml.${better === '' ? '' : ` Try \`${better}\`.`}`,
    );
  }
  if (values.team === undefined)
    throw new CliError(
      'new kpi: --team is required: the id of the team that owns the KPI, from teams.yaml.',
    );
  const cadence = oneOf('new kpi', 'cadence', values.cadence, CADENCES);
  const direction = oneOf('new kpi', 'direction', values.direction, DIRECTIONS);
  const kind = oneOf('new kpi', 'kind', values.kind, KPI_KINDS);
  const aggregate = oneOf('new kpi', 'aggregate', values.aggregate, AGGREGATES);
  const unit = text('--unit', values.unit);
  const name = values.name === undefined ? nameFromId(id) : text('--name', values.name);
  const owner = values.owner === undefined ? undefined : text('--owner', values.owner);

  const files = await readFolder(dir, effects);
  const prefix = displayPrefix(dir);
  const taken = [`metrics/${id}.yaml`, `metrics/${id}.yml`, `metrics/${id}.csv`].find((p) =>
    files.some((f) => f.path === p),
  );
  if (taken !== undefined)
    throw new CliError(
      `new kpi: ${prefix}${taken} already exists: pick another id, or edit that file.`,
    );
  const { project, complete, diagnostics } = loadProject(files);
  if (
    !complete ||
    hasErrors(diagnostics.filter((d) => d.file === 'strategy.yaml' || d.file === 'teams.yaml'))
  )
    throw new CliError(
      `new kpi: strategy.yaml or teams.yaml in ${dir} has errors, so the team and objectives cannot be checked. Run \`plumbline check${dir === 'kpis' ? '' : ` ${dir}`}\` and fix them first.`,
      1,
    );
  const team = known('team', values.team, [...project.teamById.keys()], 'teams.yaml');
  const sharedWith = (values['shared-with'] ?? []).map((t) =>
    known('team', t, [...project.teamById.keys()], 'teams.yaml'),
  );
  const objectives = (values.objective ?? []).map((o) =>
    known('objective', o, [...project.objectiveById.keys()], 'strategy.yaml'),
  );

  const full = path.resolve(effects.cwd, dir);
  const today = effects.today();
  const input: KpiTemplateInput = {
    id,
    name,
    team,
    cadence,
    direction,
    kind,
    unit,
    aggregate,
    today,
    objectives: [...new Set(objectives)],
    sharedWith: [...new Set(sharedWith)].filter((t) => t !== team),
    schemaDir: (await findSchemaDir(full)).dir,
    ...(owner === undefined ? {} : { owner }),
  };
  const written = [
    { path: `metrics/${id}.yaml`, text: kpiTemplate(input) },
    { path: `metrics/${id}.csv`, text: `${READINGS_HEADER}\n` },
  ];
  try {
    await writeNewFiles(full, written);
  } catch (error) {
    if (error instanceof FilesExistError)
      throw new CliError(
        `new kpi: ${prefix}${error.paths[0]} already exists: pick another id, or edit that file.`,
      );
    if (error instanceof FolderError) throw new CliError(`new kpi: ${error.message}`);
    throw error;
  }
  printResult(effects, format, {
    text: () => report(dir, input),
    json: () => ({ id, files: written.map((f) => `${prefix}${f.path}`) }),
  });
  return 0;
}

function text(flag: string, value: string): string {
  const trimmed = value.trim();
  if (trimmed === '') throw new CliError(`new kpi: ${flag} must not be empty.`);
  return trimmed;
}

/** The id when the folder defines it, else a usage error with the closest id. */
function known(what: string, id: string, ids: readonly string[], file: string): string {
  if (ids.includes(id)) return id;
  const hint = didYouMean(id, ids);
  const list = [...ids].sort();
  throw new CliError(
    `new kpi: there is no ${what} \`${id}\` in ${file}.${hint}${hint === '' && list.length > 0 ? ` The ${what}s are: ${list.slice(0, 12).join(', ')}${list.length > 12 ? ', …' : ''}.` : ''}`,
  );
}

function report(dir: string, input: KpiTemplateInput): string {
  const prefix = displayPrefix(dir);
  const yaml = `${prefix}metrics/${input.id}.yaml`;
  const csv = `${prefix}metrics/${input.id}.csv`;
  const width = Math.max(yaml.length, csv.length) + 3;
  const day = parseDay(input.today);
  const grain = GRAIN_OF[input.cadence];
  const example =
    day === null ? input.today : formatPeriod({ grain, index: periodIndexOf(day, grain) });
  const todo = [
    ...(input.owner === undefined ? ['owner'] : []),
    ...(input.objectives.length === 0 ? ['objectives (without one it reaches no goal)'] : []),
    'description',
    'baseline',
    'target',
    'a trigger',
  ];
  const arg = dir === 'kpis' ? '' : ` ${/\s/.test(dir) ? `"${dir}"` : dir}`;
  return [
    `Created KPI \`${input.id}\`:`,
    `  ${yaml.padEnd(width)}its definition: every field, explained`,
    `  ${csv.padEnd(width)}its readings: one row per ${grain}, e.g. ${example},120,`,
    '',
    'Next steps:',
    `  1. Fill in what is empty or commented out in ${yaml}: ${todo.join(', ')}.`,
    `  2. Add readings to ${csv}.`,
    `  3. npx plumbline check${arg}`,
    '',
  ].join('\n');
}
