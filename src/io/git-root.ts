import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The top folder of the git work tree holding `dir` (`git rev-parse --show-toplevel`), or null
 * when `dir` is not in one or git is not installed.
 */
export async function gitRoot(dir: string): Promise<string | null> {
  try {
    const { stdout } = await run('git', ['rev-parse', '--show-toplevel'], { cwd: dir });
    const top = stdout.trim();
    return top === '' ? null : top;
  } catch {
    return null;
  }
}
