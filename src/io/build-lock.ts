import { readFileSync, unlinkSync } from 'node:fs';
import { readFile, stat, unlink, writeFile } from 'node:fs/promises';
import lockfile from 'proper-lockfile';
import { processAlive } from './process-alive.ts';

/** How a lock is taken: who to tell when it has to wait, and how often to look again. */
export interface LockOptions {
  /** Called once, when the lock is held by another process (its id, when known). */
  readonly onWait?: (holder: number | null) => void;
  /** Milliseconds between attempts while another process holds the lock (default 200). */
  readonly pollMs?: number;
  /**
   * The holder refreshes the lock every `staleAfterMs / 2`; a lock not refreshed for
   * `staleAfterMs` (default 30,000) was left by a process that died without releasing it (killed
   * outright, power lost) and is taken over. Long, so a build whose event loop is busy for a while
   * on a loaded machine keeps its lock.
   */
  readonly staleAfterMs?: number;
}

/** A lock held. Release is synchronous, so a signal handler can release it too. */
export interface Lock {
  release(): void;
}

/**
 * The shortest staleness proper-lockfile accepts: used once the process that holds the lock is
 * known to be gone, so a build killed outright does not make the next one wait `staleAfterMs`.
 */
const GONE_STALE_MS = 2_000;

/**
 * Takes the lock `path` with proper-lockfile: a folder made atomically by `mkdir`, refreshed
 * while held, taken over when stale, and released when the process exits (even through a signal).
 * The holder's process id is written beside it (`<path>.pid`) so a waiter can say who it waits
 * for, and take the lock over quickly once that process is gone.
 */
export async function acquireLock(path: string, options: LockOptions = {}): Promise<Lock> {
  const pidFile = `${path}.pid`;
  const staleAfterMs = options.staleAfterMs ?? 30_000;
  let told = false;
  // A lock of Plumbline 0.1 was a file, left behind only by a build killed outright.
  if ((await stat(path).catch(() => null))?.isFile() === true) await unlink(path);
  for (;;) {
    const holder = await readHolder(pidFile);
    const gone = holder !== null && !processAlive(holder);
    try {
      await lockfile.lock(path, {
        lockfilePath: path,
        realpath: false,
        stale: gone ? GONE_STALE_MS : staleAfterMs,
        update: staleAfterMs / 2,
        // Taken over after all (this process stalled for longer than staleAfterMs): the build
        // goes on; its output is still written to a folder of its own and moved in place.
        onCompromised: () => undefined,
      });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ELOCKED') throw error;
      if (!told) {
        told = true;
        options.onWait?.(holder);
      }
      await new Promise((resolve) => setTimeout(resolve, options.pollMs ?? 200));
      continue;
    }
    const mine = `${process.pid}\n`;
    await writeFile(pidFile, mine);
    let released = false;
    return {
      release() {
        if (released) return;
        released = true;
        try {
          if (readFileSync(pidFile, 'utf8') === mine) unlinkSync(pidFile);
        } catch {
          // gone already
        }
        try {
          lockfile.unlockSync(path, { lockfilePath: path, realpath: false });
        } catch {
          // no longer ours: taken over, or released on exit already
        }
      },
    };
  }
}

/** The process id written beside the lock, or null. */
async function readHolder(pidFile: string): Promise<number | null> {
  const text = await readFile(pidFile, 'utf8').catch(() => null);
  const pid = text === null ? undefined : /^(\d+)\n$/.exec(text)?.[1];
  return pid === undefined ? null : Number(pid);
}
