/** What a command may do to the world; tests pass their own. */
export interface CliEffects {
  readonly stdout: (text: string) => void;
  readonly stderr: (text: string) => void;
  /** The directory paths are relative to. */
  readonly cwd: string;
  /** Today, UTC, as `YYYY-MM-DD`: the default as-of date. */
  readonly today: () => string;
  /** Environment variables the commands read (BASE_PATH, SITE_URL). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** Whether stderr is a terminal, so a progress line may be rewritten in place. */
  readonly interactive?: boolean;
}

/** The real process. */
export function processEffects(): CliEffects {
  return {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
    cwd: process.cwd(),
    today: () => new Date().toISOString().slice(0, 10),
    env: process.env,
    interactive: process.stderr.isTTY === true,
  };
}
