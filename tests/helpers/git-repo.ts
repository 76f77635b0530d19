import { execFile } from 'node:child_process';
import { mkdir, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { SourceFile } from '../../src/core/load/source-file.ts';
import { tempProject } from './temp-project.ts';

// The test's git must not see the git of whatever runs the tests (a hook sets GIT_DIR).
const ENV = Object.fromEntries(
  Object.entries(process.env).filter(([k]) => !/^GIT_(DIR|WORK_TREE|INDEX_FILE)$/.test(k)),
);

/**
 * A fresh git repository with `files` in the folder `folder` (default `kpis`) committed. `write`
 * changes files in the working tree (null deletes), `commit` commits everything and returns the
 * commit id; `cleanup` removes the repository.
 */
export async function gitRepo(files: readonly SourceFile[], folder = 'kpis') {
  const { dir: root, cleanup } = await tempProject({});
  const dir = path.join(root, folder);
  const git = (...args: string[]) =>
    new Promise<string>((resolve, reject) =>
      execFile(
        'git',
        ['-c', 'user.name=t', '-c', 'user.email=t@t', ...args],
        { cwd: root, env: ENV, encoding: 'utf8' },
        (error, stdout) => (error === null ? resolve(stdout.trim()) : reject(error)),
      ),
    );
  const write = async (changes: Record<string, string | Uint8Array | null>) => {
    for (const [rel, content] of Object.entries(changes)) {
      const full = path.join(dir, rel);
      if (content === null) await rm(full, { force: true });
      else {
        await mkdir(path.dirname(full), { recursive: true });
        await writeFile(full, content);
      }
    }
  };
  const commit = async (message = 'change') => {
    await git('add', '-A');
    await git('commit', '-q', '--allow-empty', '--no-gpg-sign', '-m', message);
    return git('rev-parse', 'HEAD');
  };
  await git('init', '-q', '-b', 'main');
  await write(Object.fromEntries(files.flatMap((f) => ('text' in f ? [[f.path, f.text]] : []))));
  await commit('base');
  return { root, dir, git, write, commit, cleanup };
}
