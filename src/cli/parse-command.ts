import { didYouMean } from '../core/load/suggest.ts';
import path from 'node:path';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { parseDay } from '../core/period/period.ts';
import { FolderError, readProject } from '../io/read-project.ts';
import type { SourceFile } from '../core/load/source-file.ts';
import { CliError, HelpRequested } from './cli-error.ts';
import type { CliEffects } from './effects.ts';

/**
 * parseArgs for one command, with every parse error turned into a usage error (exit 2). Every
 * command takes `--help`/`-h` (its own help, printed by the CLI entry), whether or not `options`
 * lists it.
 */
export function parseCommand<T extends ParseArgsOptionsConfig>(
  command: string,
  args: readonly string[],
  options: T,
) {
  if (args.some((a) => a === '--help' || a === '-h')) throw new HelpRequested(command);
  try {
    return parseArgs({ args: [...args], options, allowPositionals: true, strict: true });
  } catch (error) {
    throw new CliError(
      `${command}: ${error instanceof Error ? (error.message.split('\n')[0] ?? '') : String(error)}`,
    );
  }
}

/** The as-of date as a day number: the flag, or today (UTC). */
export function parseAsOf(value: string | undefined, effects: CliEffects): number {
  const text = value ?? effects.today();
  const day = parseDay(text);
  if (day === null) throw new CliError(`--as-of must be a date as YYYY-MM-DD, got \`${text}\`.`);
  return day;
}

/** Reads the KPI folder, turning a missing folder into a usage error. */
export async function readFolder(dir: string, effects: CliEffects): Promise<SourceFile[]> {
  try {
    return await readProject(path.resolve(effects.cwd, dir));
  } catch (error) {
    if (error instanceof FolderError) throw new CliError(error.message);
    throw error;
  }
}

/** The folder as typed, with a trailing slash, to prefix file paths in messages. */
export function displayPrefix(dir: string): string {
  const clean = dir.replace(/\\/g, '/').replace(/\/+$/, '');
  return clean === '' || clean === '.' ? '' : `${clean}/`;
}

/** The one optional folder argument of a command (default `kpis`); more is a usage error. */
export function folderArgument(command: string, positionals: readonly string[]): string {
  if (positionals.length > 1)
    throw new CliError(`${command}: expected at most one folder, got ${positionals.length}.`);
  return positionals[0] ?? 'kpis';
}

/**
 * A flag value that must be one of `allowed`; anything else is a usage error naming the closest
 * allowed value when one is close.
 */
export function oneOf<T extends string>(
  command: string,
  flag: string,
  value: string,
  allowed: readonly T[],
): T {
  if (!(allowed as readonly string[]).includes(value)) {
    throw new CliError(
      `${command}: --${flag} must be one of ${allowed.join(', ')}, got \`${value}\`.${didYouMean(value, allowed)}`,
    );
  }
  return value as T;
}
