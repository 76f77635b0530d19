import { copyFileSync, renameSync, writeFileSync } from 'node:fs';
import { mkdir, readdir, rm } from 'node:fs/promises';
import path from 'node:path';

let tmpCounter = 0;

/**
 * Writes `target` from a content-addressed cache folder: the file `<dir>/<key><ext>` when there
 * is one, else `make()`'s text, which is then stored there (atomically) for the next build.
 * Without a folder, just writes `make()`.
 */
export async function writeCached(
  dir: string | undefined,
  key: string,
  ext: string,
  target: string,
  make: () => string,
): Promise<void> {
  if (!/^[0-9a-f]{64}$/.test(key)) throw new Error(`Not a cache key: ${key}`);
  // Synchronous file calls: each is short, and the promise API's per-call cost is not.
  if (dir === undefined) return writeFileSync(target, make());
  const cached = path.join(dir, `${key}${ext}`);
  try {
    copyFileSync(cached, target);
    return;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  const text = make();
  writeFileSync(target, text);
  await mkdir(dir, { recursive: true });
  const tmp = `${cached}.${process.pid}.${++tmpCounter}.tmp`;
  writeFileSync(tmp, text);
  renameSync(tmp, cached);
}

/**
 * Removes from a cache folder the `<key><ext>` files whose key is not in `keep` (what the build
 * just used), so the cache holds the latest build's files rather than every version ever made.
 */
export async function pruneCache(
  dir: string,
  ext: string,
  keep: ReadonlySet<string>,
): Promise<void> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
    throw error;
  }
  await Promise.all(
    names
      .filter((n) => n.endsWith(ext) && !keep.has(n.slice(0, -ext.length)))
      .map((n) => rm(path.join(dir, n), { force: true })),
  );
}
