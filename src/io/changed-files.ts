import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

const run = promisify(execFile);

/**
 * The files under the KPI folder `dir` that differ between the git ref and the working tree
 * (`git diff --name-only --relative REF`: commits since and uncommitted changes alike), as posix
 * paths relative to `dir`. Empty outside git or when git cannot compare (an unknown ref):
 * ordering annotations is a nicety, never a reason to fail the check.
 */
export async function changedFilesSince(dir: string, ref: string): Promise<Set<string>> {
  try {
    const { stdout } = await run(
      'git',
      ['diff', '--name-only', '--relative', '--no-renames', '-z', ref, '--'],
      { cwd: dir, maxBuffer: 1 << 26 },
    );
    return new Set(stdout.split('\0').filter((file) => file !== ''));
  } catch {
    return new Set();
  }
}
