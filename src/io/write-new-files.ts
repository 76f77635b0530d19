import { access, mkdir, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import type { TextFile } from '../core/load/source-file.ts';
import { FolderError } from './read-project.ts';

/** Some of the files to write already exist: nothing was written. */
export class FilesExistError extends Error {
  override readonly name = 'FilesExistError';
  /** The paths that exist, relative to the folder, as given. */
  readonly paths: readonly string[];

  constructor(paths: readonly string[]) {
    super(`Already there: ${paths.join(', ')}.`);
    this.paths = paths;
  }
}

/**
 * Writes new files into `dir` (paths relative to it, posix), creating folders as needed, and
 * never overwrites: when any of them exists nothing is written and FilesExistError lists them.
 * Each file is created with the `wx` flag, so a file that appears meanwhile is not overwritten
 * either; the files this call already wrote are then removed again. A `dir` that is a file is a
 * FolderError.
 */
export async function writeNewFiles(dir: string, files: readonly TextFile[]): Promise<void> {
  if ((await exists(dir)) && !(await stat(dir)).isDirectory())
    throw new FolderError(`${dir} is a file, not a folder.`);
  const existing = await existingPaths(
    dir,
    files.map((f) => f.path),
  );
  if (existing.length > 0) throw new FilesExistError(existing);
  const written: string[] = [];
  try {
    for (const file of files) {
      const full = path.join(dir, file.path);
      await mkdir(path.dirname(full), { recursive: true });
      await writeFile(full, file.text, { flag: 'wx' });
      written.push(full);
    }
  } catch (error) {
    await Promise.all(written.map((full) => rm(full, { force: true })));
    if (error instanceof Error && 'code' in error && error.code === 'EEXIST') {
      throw new FilesExistError(files.slice(written.length, written.length + 1).map((f) => f.path));
    }
    throw error;
  }
}

async function exists(full: string): Promise<boolean> {
  try {
    await access(full);
    return true;
  } catch {
    return false;
  }
}

/** Which of `paths` (relative to `dir`) exist. */
export async function existingPaths(dir: string, paths: readonly string[]): Promise<string[]> {
  const out: string[] = [];
  for (const rel of paths) if (await exists(path.join(dir, rel))) out.push(rel);
  return out;
}
