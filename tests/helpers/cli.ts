import { runCli } from '../../src/cli/main.ts';
import type { CliEffects } from '../../src/cli/effects.ts';

/** What a test may set besides the captured output: the folder, "today", env, terminal, colour. */
export type CliOptions = { readonly cwd?: string; readonly today?: string } & Partial<
  Omit<CliEffects, 'stdout' | 'stderr' | 'cwd' | 'today'>
>;

/** Runs the CLI in-process with captured output and a fixed "today". */
export async function cli(argv: readonly string[], options: CliOptions = {}) {
  const { cwd, today, ...extra } = options;
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    ...extra,
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: cwd ?? process.cwd(),
    today: () => today ?? '2026-11-24',
  });
  return { code, stdout, stderr };
}
