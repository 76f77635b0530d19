import { spawnSync } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { clearLeftovers, freshDirOf, replaceDir } from '../../src/io/replace-dir.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function temp() {
  const t = await tempProject({});
  defer(t.cleanup);
  return t.dir;
}

/** A folder holding one file `index.html` with this text. */
async function site(dir: string, text: string) {
  await mkdir(dir, { recursive: true });
  await writeFile(path.join(dir, 'index.html'), text);
}

/** The id of a process that has ended. */
const goneProcess = () => spawnSync(process.execPath, ['-e', '']).pid!;

describe('replaceDir', () => {
  it('puts the fresh folder in place of the previous one, leaving nothing beside it', async () => {
    const dir = await temp();
    const dist = path.join(dir, 'dist');
    await site(dist, 'old');
    const fresh = freshDirOf(`${dist}/`);
    expect(fresh).toBe(`${dist}.tmp-${process.pid}`);
    await site(fresh, 'new');
    await replaceDir(fresh, dist);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('new');
    expect(await readdir(dir)).toEqual(['dist']);
  });

  it('puts it in place when there was no previous folder', async () => {
    const dir = await temp();
    const dist = path.join(dir, 'dist');
    await site(freshDirOf(dist), 'new');
    await replaceDir(freshDirOf(dist), dist);
    expect(await readdir(dir)).toEqual(['dist']);
  });
});

describe('clearLeftovers', () => {
  it('removes the unfinished folders of ended builds and keeps those of running ones', async () => {
    const dir = await temp();
    const dist = path.join(dir, 'dist');
    const gone = goneProcess();
    await site(dist, 'current');
    await site(`${dist}.tmp-${gone}`, 'half');
    await site(`${dist}.old-${gone}`, 'previous');
    await site(`${dist}.tmp-${process.pid}`, 'mine, running');
    // Names that only look alike are not ours to touch.
    for (const other of ['dist.tmp-x1', 'distant.tmp-1', `dist.tmp-${gone}.bak`, 'dist.tmp-'])
      await site(path.join(dir, other), 'other');
    expect(await clearLeftovers(dist)).toEqual([`dist.old-${gone}`, `dist.tmp-${gone}`]);
    expect((await readdir(dir)).sort()).toEqual(
      [
        'dist',
        'dist.tmp-',
        `dist.tmp-${gone}.bak`,
        `dist.tmp-${process.pid}`,
        'dist.tmp-x1',
        'distant.tmp-1',
      ].sort(),
    );
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('current');
  });

  it('puts the previous site back when a build was killed between its two renames', async () => {
    const dir = await temp();
    const dist = path.join(dir, 'dist');
    const gone = goneProcess();
    await site(`${dist}.old-${gone}`, 'previous');
    await site(`${dist}.tmp-${gone}`, 'finished, not yet in place');
    expect(await clearLeftovers(`${dist}/`)).toEqual([`dist.old-${gone}`, `dist.tmp-${gone}`]);
    expect(await readdir(dir)).toEqual(['dist']);
    expect(await readFile(path.join(dist, 'index.html'), 'utf8')).toBe('previous');
  });

  it('does nothing when the output folder does not exist yet, nor its parent', async () => {
    const dir = await temp();
    expect(await clearLeftovers(path.join(dir, 'dist'))).toEqual([]);
    expect(await clearLeftovers(path.join(dir, 'no', 'such', 'dist'))).toEqual([]);
  });
});
