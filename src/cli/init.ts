import path from 'node:path';
import { STARTER_KPI, starterFiles } from '../core/scaffold/starter-files.ts';
import { findSchemaDir, type SchemaDir } from '../io/find-schema-dir.ts';
import { PACKAGE_NAME } from '../io/package-name.ts';
import { FolderError } from '../io/read-project.ts';
import { existingPaths, FilesExistError, writeNewFiles } from '../io/write-new-files.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { displayPrefix, parseCommand, folderArgument } from './parse-command.ts';
import { USAGE } from './usage.ts';

/** The files whose presence means the folder already holds an organisation. */
const TOP_FILES = ['strategy.yaml', 'teams.yaml', 'strategy.yml', 'teams.yml'];

/** What each starter file is, for the report. */
const ABOUT: Record<string, string> = {
  'strategy.yaml': 'the organisation, one goal and four objectives',
  'teams.yaml': 'the team tree',
  [`metrics/${STARTER_KPI}.yaml`]: 'one KPI, every field explained',
  [`metrics/${STARTER_KPI}.csv`]: 'its readings (three examples)',
};

/**
 * `plumbline init [dir]`: writes a new organisation's KPI folder (default `kpis`) — a strategy, a
 * team tree, one KPI and its readings, all commented — that passes `plumbline check`. Refuses
 * (exit 2) a folder that already has strategy.yaml or teams.yaml, and never overwrites a file.
 */
export async function runInit(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('init', args, {
    help: { type: 'boolean', short: 'h' },
  });
  if (values.help === true) {
    effects.stdout(USAGE);
    return 0;
  }
  const dir = folderArgument('init', positionals);
  const full = path.resolve(effects.cwd, dir);
  const prefix = displayPrefix(dir);
  const present = await existingPaths(full, TOP_FILES);
  if (present.length > 0) {
    throw new CliError(
      `init: ${prefix}${present[0]} already exists, so ${dir} already holds an organisation; init never overwrites it. ` +
        'Give a new folder (`plumbline init <folder>`), or add KPIs with `plumbline new kpi`.',
    );
  }
  const schemas = await findSchemaDir(full);
  const files = starterFiles({ today: effects.today(), schemaDir: schemas.dir });
  try {
    await writeNewFiles(full, files);
  } catch (error) {
    if (error instanceof FilesExistError)
      throw new CliError(
        `init: ${error.paths.map((p) => prefix + p).join(', ')} already exist${error.paths.length === 1 ? 's' : ''}; init never overwrites a file. Give a new folder.`,
      );
    if (error instanceof FolderError) throw new CliError(`init: ${error.message}`);
    throw error;
  }
  effects.stdout(
    report(
      dir,
      files.map((f) => f.path),
      schemas,
    ),
  );
  return 0;
}

function report(dir: string, written: readonly string[], schemas: SchemaDir): string {
  const prefix = displayPrefix(dir);
  const arg = dir === 'kpis' ? '' : ` ${/\s/.test(dir) ? `"${dir}"` : dir}`;
  const width = Math.max(...written.map((p) => prefix.length + p.length)) + 3;
  return [
    `Created a new KPI folder in ${prefix || './'}:`,
    ...written.map((p) => `  ${(prefix + p).padEnd(width)}${ABOUT[p] ?? ''}`),
    '',
    schemaNote(schemas),
    '',
    'Next steps:',
    '  1. Replace the example names and numbers with yours; the comments explain every field.',
    `  2. plumbline check${arg}`,
    '     Lists what is still missing: each warning says what to do.',
    `  3. plumbline new kpi <id>${arg} --team <team> --objective <objective>`,
    '     Adds a KPI: one for each objective that has none yet.',
    `  4. plumbline build${arg}`,
    '     Builds the dashboard site into dist/.',
    '',
  ].join('\n');
}

/** Where the `$schema` lines point, and what to do when the schemas are not there yet. */
function schemaNote(schemas: SchemaDir): string {
  const where = `${schemas.dir}/*.json`;
  return schemas.found === 'expected'
    ? `The YAML files point editors at ${where} (relative to the folder): add Plumbline to the project (\`npm install --save-dev <the ${PACKAGE_NAME} tarball>\`, see the README) so editors can check them as you type.`
    : `The YAML files point editors at the JSON Schemas in ${where} (relative to the folder), so they check them as you type.`;
}
