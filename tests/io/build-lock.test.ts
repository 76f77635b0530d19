import { spawn, spawnSync } from 'node:child_process';
import { readFile, stat, utimes, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/io/build-lock.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function lockFile() {
  const t = await tempProject({});
  defer(t.cleanup);
  return path.join(t.dir, 'build.lock');
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

describe('acquireLock', () => {
  it('holds the file with its process id, and removes it on release', async () => {
    const file = await lockFile();
    const lock = await acquireLock(file);
    expect(await readFile(file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(await exists(file)).toBe(false);
  });

  it('makes a second taker wait until the first releases, and says who holds it', async () => {
    const file = await lockFile();
    const events: string[] = [];
    const first = await acquireLock(file);
    const second = acquireLock(file, {
      pollMs: 5,
      onWait: (holder) => events.push(`waiting for ${holder}`),
    }).then((lock) => {
      events.push('second has it');
      return lock;
    });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(events).toEqual([`waiting for ${process.pid}`]); // told once, not at every poll
    events.push('first releases');
    first.release();
    const lock = await second;
    expect(events).toEqual([`waiting for ${process.pid}`, 'first releases', 'second has it']);
    lock.release();
  });

  it('takes over a lock whose process is gone, without waiting', async () => {
    const file = await lockFile();
    const gone = spawnSync(process.execPath, ['-e', '']).pid!;
    await writeFile(file, `${gone}\n`);
    let waited = false;
    const lock = await acquireLock(file, { onWait: () => (waited = true) });
    expect(waited).toBe(false);
    expect(await readFile(file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('waits for a live process holding it, and takes it when that process ends', async () => {
    const file = await lockFile();
    const holder = spawn(process.execPath, ['-e', 'setTimeout(() => {}, 30000)']);
    defer(async () => void holder.kill());
    await writeFile(file, `${holder.pid}\n`);
    let waitedFor: number | null = null;
    const taken = acquireLock(file, { pollMs: 5, onWait: (pid) => (waitedFor = pid) });
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(waitedFor).toBe(holder.pid);
    expect(await readFile(file, 'utf8')).toBe(`${holder.pid}\n`); // still theirs
    const exited = new Promise((resolve) => holder.once('exit', resolve));
    holder.kill();
    await exited;
    const lock = await taken;
    expect(await readFile(file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('waits on a lock without a process id while it is fresh, and takes it once it is old', async () => {
    const file = await lockFile();
    await writeFile(file, '');
    let waited = false;
    const taken = acquireLock(file, {
      pollMs: 5,
      unreadableAfterMs: 60_000,
      onWait: (pid) => (waited = pid === null),
    });
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(waited).toBe(true);
    expect(await readFile(file, 'utf8')).toBe(''); // fresh: maybe a taker between create and write
    const old = new Date(Date.now() - 120_000);
    await utimes(file, old, old);
    const lock = await taken;
    expect(await readFile(file, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    expect(await exists(file)).toBe(false);
  });

  it('takes over a lock untouched for too long, though a process with its id runs', async () => {
    const file = await lockFile();
    // This test's own process stands for an unrelated process that was given the id since.
    await writeFile(file, `${process.pid}\n`);
    const old = new Date(Date.now() - 120_000);
    await utimes(file, old, old);
    let waited = false;
    const lock = await acquireLock(file, { staleAfterMs: 60_000, onWait: () => (waited = true) });
    expect(waited).toBe(false);
    lock.release();
  });

  it('touches the file while it holds it, so a live holder never looks stale', async () => {
    const file = await lockFile();
    const lock = await acquireLock(file, { refreshMs: 10 });
    const old = new Date(Date.now() - 120_000);
    await utimes(file, old, old);
    await new Promise((resolve) => setTimeout(resolve, 60));
    expect(Date.now() - (await stat(file)).mtimeMs).toBeLessThan(10_000);
    lock.release();
    // Released: not touched (nor created) again.
    await new Promise((resolve) => setTimeout(resolve, 40));
    expect(await exists(file)).toBe(false);
  });

  it('leaves a lock alone on release once it is no longer its own', async () => {
    const file = await lockFile();
    const lock = await acquireLock(file);
    await writeFile(file, '999999\n'); // taken over by another process meanwhile
    lock.release();
    expect(await readFile(file, 'utf8')).toBe('999999\n');
  });
});
