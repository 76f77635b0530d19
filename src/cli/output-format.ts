import type { CliEffects } from './effects.ts';
import { oneOf } from './parse-command.ts';

/** The `--format` every command takes: text for people, json for scripts. */
export const TEXT_OR_JSON = ['text', 'json'] as const;

/** The `--format` option of a command, for parseCommand: `format: FORMAT_OPTION`. */
export const FORMAT_OPTION = { type: 'string', default: 'text' } as const;

/** Reads `--format` (text or json unless `allowed` says otherwise); anything else is a usage error. */
export function outputFormat<T extends string = (typeof TEXT_OR_JSON)[number]>(
  command: string,
  value: string | undefined,
  allowed: readonly T[] = TEXT_OR_JSON as unknown as readonly T[],
): T {
  return oneOf(command, 'format', value ?? allowed[0]!, allowed);
}

/**
 * Prints a command's result: with `--format json`, `json()` as one JSON value on stdout (always,
 * even with --quiet: it is the output asked for); else `text()` on stdout unless --quiet.
 */
export function printResult(
  effects: CliEffects,
  format: string,
  result: { readonly text: () => string; readonly json: () => unknown },
): void {
  if (format === 'json') effects.stdout(`${JSON.stringify(result.json(), null, 2)}\n`);
  else if (effects.quiet !== true) effects.stdout(result.text());
}
