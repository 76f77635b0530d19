import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, stat, unlink, utimes, writeFile } from 'node:fs/promises';
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
  /**
   * The holder touches the file this often (default 10,000 ms), and a file untouched for
   * `staleAfterMs` (default 60,000) counts as abandoned even when a process with its id runs: the
   * id may have been given to another process since (a build killed in a container whose
   * node_modules is restored from a cache).
   */
  readonly refreshMs?: number;
  readonly staleAfterMs?: number;
}

/** A lock held. Release is synchronous, so a signal handler can release it too. */
export interface Lock {
  release(): void;
}

/**
 * Takes the lock `file`. The lock is the file itself, created only if absent (so one process
 * wins) and holding the owner's process id, touched while held; while another live process holds
 * it, this waits. A lock left behind (its process gone, or not touched for `staleAfterMs`) is
 * taken over. Release removes the file only while it is still this process's lock.
 */
export async function acquireLock(file: string, options: LockOptions = {}): Promise<Lock> {
  const pollMs = options.pollMs ?? 200;
  const mine = `${process.pid}\n`;
  let told = false;
  for (;;) {
    try {
      await writeFile(file, mine, { flag: 'wx' });
      const touch = setInterval(() => {
        const now = new Date();
        utimes(file, now, now).catch(() => undefined);
      }, options.refreshMs ?? 10_000);
      touch.unref();
      return {
        release() {
          clearInterval(touch);
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
    const holder = await lockHolder(
      file,
      options.unreadableAfterMs ?? 10_000,
      options.staleAfterMs ?? 60_000,
    );
    if (holder === 'gone') {
      // Abandoned: remove it and try again at once. (Two waiters finding the same abandoned
      // lock at the same instant could both get through: rare enough to accept.)
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
  staleAfterMs: number,
): Promise<number | null | 'gone'> {
  const [text, age] = await Promise.all([
    readFile(file, 'utf8').catch(() => null),
    stat(file).then(
      (s) => Date.now() - s.mtimeMs,
      () => 0,
    ),
  ]);
  if (text === null) return null; // released meanwhile: the next attempt takes it
  const pid = /^(\d+)\n$/.exec(text)?.[1];
  if (pid === undefined) return age > unreadableAfterMs ? 'gone' : null;
  return processAlive(Number(pid)) && age <= staleAfterMs ? Number(pid) : 'gone';
}
