import { spawn, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import { readFile, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { acquireLock } from '../../src/io/build-lock.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();
const LOCK_MODULE = path.join(import.meta.dirname, '..', '..', 'src', 'io', 'build-lock.ts');

async function lockPath() {
  const t = await tempProject({});
  defer(t.cleanup);
  return path.join(t.dir, 'build.lock');
}

const exists = (file: string) =>
  stat(file).then(
    () => true,
    () => false,
  );

/**
 * A real process that takes the lock as a build does, says `waiting for <pid>` if it has to,
 * `held` once it has it, and releases it when it reads a line on stdin (or is killed).
 */
function holder(lock: string): { child: ChildProcess; said: (line: string) => Promise<void> } {
  const script = `
    import { acquireLock } from ${JSON.stringify(LOCK_MODULE)};
    const lock = await acquireLock(${JSON.stringify(lock)}, {
      pollMs: 20,
      onWait: (pid) => process.stdout.write('waiting for ' + pid + '\\n'),
    });
    process.stdout.write('held\\n');
    process.stdin.once('data', () => { lock.release(); process.stdout.write('released\\n'); process.exit(0); });
  `;
  const child = spawn(process.execPath, ['--input-type=module', '-e', script], {
    stdio: ['pipe', 'pipe', 'inherit'],
  });
  defer(async () => void child.kill('SIGKILL'));
  let out = '';
  const waiters: { line: string; resolve: () => void }[] = [];
  child.stdout!.setEncoding('utf8').on('data', (chunk: string) => {
    out += chunk;
    for (const w of waiters.splice(0)) {
      if (out.split('\n').includes(w.line)) w.resolve();
      else waiters.push(w);
    }
  });
  const said = (line: string) =>
    new Promise<void>((resolve, reject) => {
      if (out.split('\n').includes(line)) return resolve();
      waiters.push({ line, resolve });
      child.once('exit', () => reject(new Error(`exited before saying "${line}": ${out}`)));
    });
  return { child, said };
}

describe('acquireLock', () => {
  it('holds the lock with its process id beside it, and removes both on release', async () => {
    const file = await lockPath();
    const lock = await acquireLock(file);
    expect((await stat(file)).isDirectory()).toBe(true);
    expect(await readFile(`${file}.pid`, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
    lock.release(); // twice is harmless
    expect(await exists(file)).toBe(false);
    expect(await exists(`${file}.pid`)).toBe(false);
  });

  it('makes a second taker wait until the first releases, and says who holds it, once', async () => {
    const file = await lockPath();
    const events: string[] = [];
    const first = await acquireLock(file);
    let toldWaiting!: () => void;
    const waiting = new Promise<void>((resolve) => (toldWaiting = resolve));
    const second = acquireLock(file, {
      pollMs: 5,
      onWait: (holderPid) => {
        events.push(`waiting for ${holderPid}`);
        toldWaiting();
      },
    }).then((lock) => {
      events.push('second has it');
      return lock;
    });
    await waiting;
    events.push('first releases');
    first.release();
    const lock = await second;
    expect(events).toEqual([`waiting for ${process.pid}`, 'first releases', 'second has it']);
    lock.release();
  });

  it('lets two builds in two processes run one after the other', async () => {
    const file = await lockPath();
    const a = holder(file);
    await a.said('held');
    const b = holder(file);
    await b.said(`waiting for ${a.child.pid}`);
    expect(await readFile(`${file}.pid`, 'utf8')).toBe(`${a.child.pid}\n`); // still a's
    a.child.stdin!.write('go\n');
    await a.said('released');
    await b.said('held');
    expect(await readFile(`${file}.pid`, 'utf8')).toBe(`${b.child.pid}\n`);
    b.child.stdin!.write('go\n');
    await b.said('released');
    expect(await exists(file)).toBe(false);
  });

  it('takes over the lock of a build killed outright, once it is seen to be gone', async () => {
    const file = await lockPath();
    const killed = holder(file);
    await killed.said('held');
    const pid = killed.child.pid!;
    killed.child.kill('SIGKILL');
    await once(killed.child, 'exit');
    expect(await exists(file)).toBe(true); // left behind: no exit handler ran
    const waitedFor: (number | null)[] = [];
    // staleAfterMs a day: only knowing the holder is gone lets it through.
    const lock = await acquireLock(file, {
      pollMs: 20,
      staleAfterMs: 86_400_000,
      onWait: (holderPid) => waitedFor.push(holderPid),
    });
    expect(waitedFor.every((p) => p === pid)).toBe(true);
    expect(await readFile(`${file}.pid`, 'utf8')).toBe(`${process.pid}\n`);
    lock.release();
  });

  it('waits for a holder in another process, naming it, until it releases', async () => {
    const file = await lockPath();
    const live = holder(file);
    await live.said('held');
    let toldWaiting!: (pid: number | null) => void;
    const told = new Promise<number | null>((resolve) => (toldWaiting = resolve));
    const taken = acquireLock(file, { pollMs: 20, onWait: (pid) => toldWaiting(pid) });
    expect(await told).toBe(live.child.pid);
    live.child.stdin!.write('go\n');
    await live.said('released');
    (await taken).release();
  });

  it('removes a lock file left by an older Plumbline, which used a file instead of a folder', async () => {
    const file = await lockPath();
    await writeFile(file, '999999\n');
    const lock = await acquireLock(file);
    expect((await stat(file)).isDirectory()).toBe(true);
    lock.release();
  });
});
