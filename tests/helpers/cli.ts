import { runCli } from '../../src/cli/main.ts';

/** Runs the CLI in-process with captured output and a fixed "today". */
export async function cli(argv: readonly string[], options: { cwd?: string; today?: string } = {}) {
  let stdout = '';
  let stderr = '';
  const code = await runCli(argv, {
    stdout: (t) => (stdout += t),
    stderr: (t) => (stderr += t),
    cwd: options.cwd ?? process.cwd(),
    today: () => options.today ?? '2026-11-24',
  });
  return { code, stdout, stderr };
}
