import { readFileSync } from 'node:fs';
import { CliError, HelpRequested } from './cli-error.ts';
import { commandHelp } from './command-help.ts';
import { processEffects, type CliEffects } from './effects.ts';
import { USAGE } from './usage.ts';

/**
 * Flags every command takes, wherever they stand: taken out of the arguments before the command
 * reads them, and passed on in its effects.
 */
function globalFlags(argv: readonly string[], effects: CliEffects) {
  const has = (...flags: string[]) => argv.some((a) => flags.includes(a));
  const noColour = has('--no-color', '--no-colour');
  return {
    debug: has('--debug'),
    args: argv.filter(
      (a) => !['--debug', '--quiet', '-q', '--no-color', '--no-colour'].includes(a),
    ),
    effects: {
      ...effects,
      ...(has('--quiet', '-q') ? { quiet: true } : {}),
      ...(noColour ? { colour: { stdout: false, stderr: false } } : {}),
    } satisfies CliEffects,
  };
}

/** This package's name and version, from its package.json (beside src/ and lib/ alike). */
export function packageInfo(): { readonly name: string; readonly version: string } {
  const manifest = JSON.parse(
    readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
  ) as { name: string; version: string };
  return { name: manifest.name, version: manifest.version };
}

/**
 * The only CLI entry: reads the command, dispatches to its module (imported lazily, so `check`
 * never loads the site builder), and turns errors into exit codes: 0 clean, 1 findings with
 * errors, 2 bad usage. A stack trace shows only with --debug.
 */
export async function runCli(argv: readonly string[], given: CliEffects): Promise<number> {
  const { debug, args, effects } = globalFlags(argv, given);
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case '--help':
      case '-h':
        effects.stdout(USAGE);
        return command === undefined ? 2 : 0;
      case 'help': {
        if (rest.length === 0) {
          effects.stdout(USAGE);
          return 0;
        }
        const help = commandHelp(rest.join(' '));
        if (help === null) throw new CliError(`help: there is no command \`${rest.join(' ')}\`.`);
        effects.stdout(help);
        return 0;
      }
      case '--version':
      case '-v':
      case 'version': {
        const { name, version } = packageInfo();
        effects.stdout(
          rest.includes('--format=json') || rest.join(' ').includes('--format json')
            ? `${JSON.stringify({ name, version, node: process.versions.node })}\n`
            : `${name} ${version}\n`,
        );
        return 0;
      }
      case 'check':
        return await (await import('./check.ts')).runCheck(rest, effects);
      case 'model':
        return await (await import('./model.ts')).runModel(rest, effects);
      case 'build':
        return await (await import('./build.ts')).runBuild(rest, effects);
      case 'dev':
        return await (await import('./dev.ts')).runDev(rest, effects);
      case 'diff':
        return await (await import('./diff.ts')).runDiff(rest, effects);
      case 'init':
        return await (await import('./init.ts')).runInit(rest, effects);
      case 'new':
        if (rest[0] === '--help' || rest[0] === '-h') {
          effects.stdout(commandHelp('new kpi') ?? USAGE);
          return 0;
        }
        if (rest[0] === 'kpi')
          return await (await import('./new-kpi.ts')).runNewKpi(rest.slice(1), effects);
        throw new CliError('Unknown `new` command: use `plumbline new kpi <id> --team <team> …`.');
      case 'alerts':
        return await (await import('./alerts.ts')).runAlerts(rest, effects);
      case 'journal':
        if (rest[0] === '--help' || rest[0] === '-h') {
          effects.stdout(commandHelp('journal action') ?? USAGE);
          return 0;
        }
        if (rest[0] === 'action')
          return await (
            await import('./journal-action.ts')
          ).runJournalAction(rest.slice(1), effects);
        throw new CliError(
          'Unknown `journal` command: use `plumbline journal action <kpi> "<what was done>"`.',
        );
      case 'pull':
        return await (await import('./pull.ts')).runPull(rest, effects);
      case 'codeowners':
        return await (await import('./codeowners.ts')).runCodeowners(rest, effects);
      default:
        throw new CliError(
          `Unknown command \`${command}\`. Commands: check, model, build, dev, diff, init, new kpi, codeowners, pull, alerts, journal action, help.`,
        );
    }
  } catch (error) {
    if (error instanceof HelpRequested) {
      effects.stdout(commandHelp(error.command) ?? USAGE);
      return 0;
    }
    if (error instanceof CliError) {
      effects.stderr(
        `plumbline: ${error.message}\n${error.exitCode === 2 ? 'Run `plumbline --help` for usage.\n' : ''}`,
      );
      return error.exitCode;
    }
    effects.stderr(
      `plumbline: unexpected error: ${error instanceof Error ? error.message : String(error)}\n`,
    );
    if (debug && error instanceof Error && error.stack !== undefined)
      effects.stderr(`${error.stack}\n`);
    else effects.stderr('This is a bug in Plumbline; run again with --debug for details.\n');
    return 70;
  }
}

/** Runs the CLI on the real process. */
export async function main(): Promise<void> {
  process.exitCode = await runCli(process.argv.slice(2), processEffects());
}
