import { rename, rm } from 'node:fs/promises';

/**
 * Puts a freshly built folder in place of `target` in two renames, so a reader never sees a
 * half-written site and a failed build leaves the previous one untouched.
 */
export async function replaceDir(fresh: string, target: string): Promise<void> {
  const old = `${target}.old-${process.pid}`;
  let moved = false;
  try {
    await rename(target, old);
    moved = true;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw error;
  }
  await rename(fresh, target);
  if (moved) await rm(old, { recursive: true, force: true });
}
