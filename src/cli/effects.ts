import { colourWanted } from './colour.ts';

/** What a command may do to the world; tests pass their own. */
export interface CliEffects {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory paths are relative to. */
  readonly cwd: string;
  /** Today, UTC, as `YYYY-MM-DD`: the default as-of date. */
  readonly today: () => string;
  /** Environment variables the commands read (BASE_PATH, SITE_URL, CI, NO_COLOR…). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** `--quiet`: print only errors and the output asked for; no progress. */
  readonly quiet?: boolean;
  /** Whether text for stdout and for stderr may carry colour (a terminal, no NO_COLOR). */
  readonly colour?: { readonly stdout: boolean; readonly stderr: boolean };
  /** stderr is a terminal: progress is one line rewritten in place (else plain lines). */
  readonly stderrIsTTY?: boolean;
}

/** The real process. */
export function processEffects(): CliEffects {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: () => new Date().toISOString().slice(0, 10),
    env: process.env,
    colour: {
      stdout: colourWanted(process.stdout.isTTY === true, process.env),
      stderr: colourWanted(process.stderr.isTTY === true, process.env),
    },
    stderrIsTTY: process.stderr.isTTY === true,
  };
}
