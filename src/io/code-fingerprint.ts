import { createHash } from 'node:crypto';
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';

/**
 * A hash of the code under the given folders (every file, by relative path and content, in a
 * fixed order): part of every chart's content key, so a cached chart is never reused after the
 * code that draws it changed. Folders that do not exist are skipped.
 */
export async function codeFingerprint(dirs: readonly string[]): Promise<string> {
  const h = createHash('sha256');
  for (const dir of dirs) {
    let files: string[];
    try {
      files = (await readdir(dir, { recursive: true, withFileTypes: true }))
        .filter((e) => e.isFile())
        .map((e) => path.relative(dir, path.join(e.parentPath, e.name)))
        .sort();
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') continue;
      throw error;
    }
    const contents = await Promise.all(files.map((f) => readFile(path.join(dir, f))));
    files.forEach((f, i) => {
      h.update(`${path.basename(dir)}/${f.split(path.sep).join('/')}\n${contents[i]!.length}\n`);
      h.update(contents[i]!);
    });
  }
  return h.digest('hex');
}
