import { CliError } from './cli-error.ts';
import { processEffects, type CliEffects } from './effects.ts';
import { USAGE } from './usage.ts';

/**
 * The only CLI entry: reads the command, dispatches to its module (imported lazily, so `check`
 * never loads the site builder), and turns errors into exit codes: 0 clean, 1 findings with
 * errors, 2 bad usage. A stack trace shows only with --debug.
 */
export async function runCli(argv: readonly string[], effects: CliEffects): Promise<number> {
  const debug = argv.includes('--debug');
  const args = argv.filter((a) => a !== '--debug');
  const [command, ...rest] = args;
  try {
    switch (command) {
      case undefined:
      case 'help':
      case '--help':
      case '-h':
        effects.stdout(USAGE);
        return command === undefined ? 2 : 0;
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
        if (rest[0] === 'kpi')
          return await (await import('./new-kpi.ts')).runNewKpi(rest.slice(1), effects);
        throw new CliError('Unknown `new` command: use `plumbline new kpi <id> --team <team> …`.');
      case 'pull':
        return await (await import('./pull.ts')).runPull(rest, effects);
      case 'codeowners':
        return await (await import('./codeowners.ts')).runCodeowners(rest, effects);
      default:
        throw new CliError(
          `Unknown command \`${command}\`. Commands: check, model, build, dev, diff, init, new kpi, codeowners, pull, help.`,
        );
    }
  } catch (error) {
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
