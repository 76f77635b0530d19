import { CliError } from '../../src/cli/cli-error.ts';
import type { CliEffects } from '../../src/cli/effects.ts';

/** A command's entry point, as src/cli/main.ts calls it. */
export type Command = (args: readonly string[], effects: CliEffects) => Promise<number>;

/**
 * Runs one command in-process with captured output and a fixed "today", turning a CliError into
 * its exit code and message the way the CLI entry does.
 */
export async function runCommand(
  command: Command,
  args: readonly string[],
  options: { cwd: string; today?: string },
) {
  let stdout = '';
  let stderr = '';
  const effects: CliEffects = {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd,
    today: () => options.today ?? '2026-11-24',
  };
  try {
    const code = await command(args, effects);
    return { code, stdout, stderr };
  } catch (error) {
    if (!(error instanceof CliError)) throw error;
    return { code: error.exitCode, stdout, stderr: `${stderr}${error.message}\n` };
  }
}
