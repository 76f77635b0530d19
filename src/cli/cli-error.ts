/** Marks a CliError wherever its class was loaded from (see below). */
const CLI_ERROR = Symbol.for('plumbline.CliError');
/** Marks a HelpRequested likewise. */
const HELP_REQUESTED = Symbol.for('plumbline.HelpRequested');

/**
 * An error the CLI reports in one line and turns into an exit code (2: bad usage).
 * `instanceof` recognises it by a mark rather than by its class: the bundled CLI runs `build`
 * and `dev` from the sources (scripts/bundle-cli.ts), whose copy of this module is another class.
 */
export class CliError extends Error {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && CLI_ERROR in value;
  }

  override readonly name: string = 'CliError';
  readonly exitCode: number;
  readonly [CLI_ERROR] = true;

  constructor(message: string, exitCode = 2) {
    super(message);
    this.exitCode = exitCode;
  }
}

/** `--help` given to a command: main prints the command's help and exits 0. */
export class HelpRequested extends CliError {
  static override [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === 'object' && value !== null && HELP_REQUESTED in value;
  }

  override readonly name: string = 'HelpRequested';
  readonly command: string;
  readonly [HELP_REQUESTED] = true;

  constructor(command: string) {
    super(`${command} --help`, 0);
    this.command = command;
  }
}
