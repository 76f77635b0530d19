import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import { processAlive } from './process-alive.ts';

/** How a lock is taken: who to tell when it has to wait, and how often to look again. */
export interface LockOptions {
  /** Called once, when the lock is held by another process (its id, when known). */
  readonly onWait?: (holder: number | null) => void;
  /** Milliseconds between attempts (default 200). */
  readonly pollMs?: number;
  /**
   * A lock file without a process id (its owner was stopped between creating and writing it)
   * counts as abandoned after this many milliseconds (default 10,000).
   */
  readonly unreadableAfterMs?: number;
}

/** A lock held: release it, or release it at once from a signal handler. */
export interface Lock {
  release(): Promise<void>;
  releaseSync(): void;
}

/**
 * Takes the lock `file`. The lock is the file itself, created only if absent (so one process
 * wins) and holding the owner's process id; while another live process holds it, this waits. A
 * lock left behind by a process that is gone (killed mid-build) is taken over. Release removes
 * the file only while it is still this process's lock.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<Lock> {
  const pollMs = options.pollMs ?? 200;
  const mine = `${process.pid}\n`;
  let told = false;
  for (;;) {
    try {
      await writeFile(file, mine, { flag: 'wx' });
      return {
        async release() {
          if ((await readFile(file, 'utf8').catch(() => null)) === mine)
            await unlink(file).catch(() => undefined);
        },
        releaseSync() {
          try {
            if (readFileSync(file, 'utf8') === mine) unlinkSync(file);
          } catch {
            // gone already
          }
        },
      };
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
    }
    const holder = await lockHolder(file, options.unreadableAfterMs ?? 10_000);
    if (holder === 'gone') {
      // Abandoned: remove it and try again at once (another waiter may win that race: fine).
      await unlink(file).catch(() => undefined);
      continue;
    }
    if (!told) {
      told = true;
      options.onWait?.(holder);
    }
    await new Promise((resolve) => setTimeout(resolve, pollMs));
  }
}

/** The process holding the lock; null while unknown; 'gone' when it is abandoned. */
async function lockHolder(
  file: string,
  unreadableAfterMs: number,
): Promise<number | null | 'gone'> {
  const text = await readFile(file, 'utf8').catch(() => null);
  if (text === null) return null; // released meanwhile: the next attempt takes it
  const pid = /^(\d+)\n$/.exec(text)?.[1];
  if (pid === undefined) {
    const age = await stat(file).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    );
    return age > unreadableAfterMs ? 'gone' : null;
  }
  return processAlive(Number(pid)) ? Number(pid) : 'gone';
}
