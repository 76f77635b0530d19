import { existsSync } from 'node:fs';
import { readdir, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { processAlive } from './process-alive.ts';

/** The folder a build of `target` writes into before `replaceDir` puts it in place. */
export function freshDirOf(target: string): string {
  return `${stripSlashes(target)}.tmp-${process.pid}`;
}

/**
 * Puts a freshly built folder in place of `target` in two renames, so a reader never sees a
 * half-written site and a failed build leaves the previous one untouched.
 */
export async function replaceDir(fresh: string, target: string): Promise<void> {
  const old = `${stripSlashes(target)}.old-${process.pid}`;
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

/**
 * Clears what builds of `target` that were killed left beside it: their unfinished folders
 * (`<target>.tmp-<pid>`) are removed; a previous site moved aside (`<target>.old-<pid>`) goes back
 * in place when the target is missing (killed between the two renames), and is removed otherwise.
 * Folders of processes still running are left alone. Returns the names removed or restored.
 */
export async function clearLeftovers(target: string): Promise<string[]> {
  const dir = path.dirname(stripSlashes(target));
  const base = path.basename(stripSlashes(target));
  const names = await readdir(dir).catch(() => [] as string[]);
  const done: string[] = [];
  for (const name of names.sort()) {
    if (!name.startsWith(`${base}.`)) continue;
    const match = /^\.(tmp|old)-(\d+)$/.exec(name.slice(base.length));
    if (match === null || processAlive(Number(match[2]))) continue;
    const full = path.join(dir, name);
    if (match[1] === 'old' && !existsSync(target)) await rename(full, target);
    else await rm(full, { recursive: true, force: true });
    done.push(name);
  }
  return done;
}

function stripSlashes(dir: string): string {
  return dir.replace(/[\\/]+$/, '');
}
