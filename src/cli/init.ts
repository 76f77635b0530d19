import path from 'node:path';
import { STARTER_KPI, starterFiles } from '../core/scaffold/starter-files.ts';
import { findSchemaDir, type SchemaDir } from '../io/find-schema-dir.ts';
import { PACKAGE_NAME } from '../io/package-name.ts';
import { FolderError } from '../io/read-project.ts';
import type { TextFile } from '../core/load/source-file.ts';
import {
  GITIGNORE_LINES,
  gitignoreWith,
  isPlainFolder,
  vscodeSettings,
  workflowForFolder,
} from '../core/scaffold/project-setup.ts';
import { readTextIfExists, writeTextFile } from '../io/codeowners-file.ts';
import { shippedWorkflows } from '../io/shipped-workflows.ts';
import { existingPaths, FilesExistError, writeNewFiles } from '../io/write-new-files.ts';
import { CliError } from './cli-error.ts';
import type { CliEffects } from './effects.ts';
import { FORMAT_OPTION, outputFormat, printResult } from './output-format.ts';
import { displayPrefix, parseCommand, folderArgument } from './parse-command.ts';

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
 * `plumbline init [dir] [--github]`: writes a new organisation's KPI folder (default `kpis`) — a
 * strategy, a team tree, one KPI and its readings, all commented — that passes `plumbline check`,
 * and beside it, at the project root (the current folder), `.vscode/settings.json` (the schemas
 * by file pattern) and the `.gitignore` lines; with --github, the workflows too. Refuses (exit 2)
 * a folder that already has strategy.yaml or teams.yaml — unless --github is given, which then
 * adds only the project files. Never overwrites a file.
 */
export async function runInit(args: readonly string[], effects: CliEffects): Promise<number> {
  const { values, positionals } = parseCommand('init', args, {
    format: FORMAT_OPTION,
    github: { type: 'boolean' },
  });
  const format = outputFormat('init', values.format);
  const github = values.github === true;
  const dir = folderArgument('init', positionals);
  if (github && !isPlainFolder(dir))
    throw new CliError(
      `init: --github writes the folder into the workflows, so it must be a plain relative path (letters, digits, ., _, -, /), got \`${dir}\`.`,
    );
  const full = path.resolve(effects.cwd, dir);
  const prefix = displayPrefix(dir);
  const present = await existingPaths(full, TOP_FILES);
  if (present.length > 0 && !github) {
    throw new CliError(
      `init: ${prefix}${present[0]} already exists, so ${dir} already holds an organisation; init never overwrites it. ` +
        'Give a new folder (`npx plumbline init <folder>`), add KPIs with `npx plumbline new kpi`, or add the GitHub workflows with `npx plumbline init --github`.',
    );
  }
  const schemas = await findSchemaDir(full);
  const files =
    present.length > 0 ? [] : starterFiles({ today: effects.today(), schemaDir: schemas.dir });
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
  const root = effects.cwd;
  const posix = (p: string) => p.split(path.sep).join('/');
  const setup = await writeProjectSetup(root, {
    vscode: vscodeSettings(
      posix(path.relative(root, path.resolve(full, schemas.dir))),
      posix(path.relative(root, full)),
    ),
    workflows: github
      ? (await shippedWorkflows()).map((w) => ({ ...w, text: workflowForFolder(w.text, dir) }))
      : [],
  });
  printResult(effects, format, {
    text: () =>
      report(
        dir,
        files.map((f) => f.path),
        schemas,
        setup,
        github,
      ),
    json: () => ({
      folder: posix(dir),
      files: files.map((f) => `${prefix}${f.path}`),
      project: setup,
      schemas: schemas.dir,
    }),
  });
  return 0;
}

/** What was written at the project root, and what was left as it was (and why). */
interface SetupResult {
  readonly written: { readonly path: string; readonly about: string }[];
  readonly kept: { readonly path: string; readonly why: string }[];
}

/**
 * Writes the project files at `root`: .vscode/settings.json and each workflow unless it exists,
 * and the .gitignore lines it lacks (appended; the rest of the file kept).
 */
async function writeProjectSetup(
  root: string,
  setup: { readonly vscode: string; readonly workflows: readonly TextFile[] },
): Promise<SetupResult> {
  const written: SetupResult['written'] = [];
  const kept: SetupResult['kept'] = [];
  const fresh = async (file: TextFile, about: string, why: string) => {
    try {
      await writeNewFiles(root, [file]);
      written.push({ path: file.path, about });
    } catch (error) {
      if (!(error instanceof FilesExistError)) throw error;
      kept.push({ path: file.path, why });
    }
  };
  await fresh(
    { path: '.vscode/settings.json', text: setup.vscode },
    'editor help for the KPI files, by file pattern (VS Code’s YAML extension)',
    'exists; to map the schemas by file pattern, merge in "yaml.schemas" (see the README)',
  );
  const ignore = path.join(root, '.gitignore');
  const before = await readTextIfExists(ignore);
  const after = gitignoreWith(before);
  if (after !== null) {
    await writeTextFile(ignore, after);
    written.push({
      path: '.gitignore',
      about: `${before === null ? '' : 'added '}${GITIGNORE_LINES.filter((l) => !(before ?? '').includes(l)).join(', ')}`,
    });
  }
  for (const workflow of setup.workflows)
    await fresh(
      workflow,
      ABOUT_WORKFLOW[path.posix.basename(workflow.path)] ?? 'a GitHub Actions workflow',
      'exists; compare it with the one in node_modules/plumbline-kpi/.github/workflows/',
    );
  return { written, kept };
}

/** What each shipped workflow does, for the report. */
const ABOUT_WORKFLOW: Record<string, string> = {
  'kpi-pull-request.yml': 'checks each pull request: annotations, report comment, preview',
  'kpi-pages.yml': 'publishes the dashboard to GitHub Pages on main and daily',
  'kpi-alerts.yml': 'keeps one GitHub issue per active alert, daily and when readings change',
  'kpi-pull.yml': 'pulls readings from sources.yaml daily into one pull request',
};

function report(
  dir: string,
  written: readonly string[],
  schemas: SchemaDir,
  setup: SetupResult,
  github: boolean,
): string {
  const prefix = displayPrefix(dir);
  const arg = dir === 'kpis' ? '' : ` ${/\s/.test(dir) ? `"${dir}"` : dir}`;
  const paths = [...written.map((p) => prefix + p), ...setup.written.map((w) => w.path)];
  const width = Math.max(...paths.map((p) => p.length)) + 3;
  const row = (p: string, about: string) => `  ${p.padEnd(width)}${about}`;
  return [
    ...(written.length > 0
      ? [
          `Created a new KPI folder in ${prefix || './'}:`,
          ...written.map((p) => row(prefix + p, ABOUT[p] ?? '')),
          '',
          schemaNote(schemas),
          '',
        ]
      : [`${prefix || './'} already holds an organisation: left as it was.`, '']),
    ...(setup.written.length > 0
      ? ['Set up the project:', ...setup.written.map((w) => row(w.path, w.about)), '']
      : []),
    ...(setup.kept.length > 0
      ? ['Left as they were:', ...setup.kept.map((k) => `  ${k.path}: ${k.why}`), '']
      : []),
    'Next steps:',
    ...(written.length > 0
      ? [
          '  1. Replace the example names and numbers with yours; the comments explain every field.',
          `  2. npx plumbline check${arg}`,
          '     Lists what is still missing: each warning says what to do.',
          `  3. npx plumbline new kpi <id>${arg} --team <team> --objective <objective>`,
          '     Adds a KPI: one for each objective that has none yet.',
          `  4. npx plumbline build${arg}`,
          '     Builds the dashboard site into dist/.',
        ]
      : [`  1. npx plumbline check${arg}`]),
    ...(github
      ? [
          `  ${written.length > 0 ? 5 : 2}. Commit and push; then, once, in the repository: Settings → Pages →`,
          '     Build and deployment → Source: GitHub Actions.',
        ]
      : [
          `  ${written.length > 0 ? 5 : 2}. npx plumbline init${arg} --github`,
          '     Adds the GitHub workflows: checks on pull requests, the dashboard on Pages.',
        ]),
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
