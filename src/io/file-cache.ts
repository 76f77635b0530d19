import { copyFileSync, mkdirSync, renameSync, writeFileSync } from 'node:fs';
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';

let tmpCounter = 0;

/** A cache key: a sha256 digest in hex (never a path). */
const KEY = /^[0-9a-f]{64}$/;

/**
 * Writes a file of a cache atomically, creating its folder: a temporary file renamed into place,
 * so concurrent builds or a killed one never leave a half-written file. Synchronous: each call
 * is short, and the promise API's per-call cost is not.
 */
export function writeFileAtomic(file: string, data: string | Uint8Array): void {
  mkdirSync(path.dirname(file), { recursive: true });
  const tmp = `${file}.${process.pid}.${++tmpCounter}.tmp`;
  writeFileSync(tmp, data);
  renameSync(tmp, file);
}

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
  if (!KEY.test(key)) throw new Error(`Not a cache key: ${key}`);
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
  writeFileAtomic(cached, text);
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
  const stale = (await cachedKeys(dir, ext)).filter((key) => !keep.has(key));
  await Promise.all(stale.map((key) => rm(path.join(dir, `${key}${ext}`), { force: true })));
}

/** The keys of the `<key><ext>` files in a cache folder (none when there is no folder). */
export async function cachedKeys(dir: string, ext: string): Promise<string[]> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return [];
    throw error;
  }
  return names
    .filter((n) => n.endsWith(ext) && KEY.test(n.slice(0, -ext.length)))
    .map((n) => n.slice(0, -ext.length));
}
