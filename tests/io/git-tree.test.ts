import * as childProcess from 'node:child_process';
import { readFile, stat, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { GitTreeError, readProjectAtRef } from '../../src/io/git-tree.ts';
import { decode, readProject } from '../../src/io/read-project.ts';
import { gitRepo } from '../helpers/git-repo.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

vi.mock('node:child_process', { spy: true });

const defer = cleanupsAfterEach();

async function repo(files: Record<string, string>, folder = 'kpis') {
  const r = await gitRepo(
    Object.entries(files).map(([p, text]) => ({ path: p, text })),
    folder,
  );
  defer(r.cleanup);
  return r;
}

const FILES = {
  'strategy.yaml': 'organization: A\n',
  'teams.yaml': '[]\n',
  'metrics/a.yaml': 'name: A\n',
  'metrics/a.csv': 'date,value\n2026-01,1\n',
  'metrics/.hidden': 'x',
  'metrics/sub/deep.yaml': 'x',
  'journal/2026/réunion q1.yaml': 'date: 2026-01-01\n',
  'journal/.drafts/x.yaml': 'x',
  'README.md': '# not read',
};

describe('readProjectAtRef', () => {
  it('selects and reads the same files as readProject does on disk', async () => {
    const r = await repo(FILES);
    const atRef = await readProjectAtRef(r.dir, 'HEAD');
    expect(atRef).toEqual(await readProject(r.dir));
    expect(atRef.map((f) => f.path)).toEqual([
      'journal/2026/réunion q1.yaml',
      'metrics/a.csv',
      'metrics/a.yaml',
      'metrics/sub/deep.yaml', // listed to be reported: a KPI file in a subfolder is not read
      'strategy.yaml',
      'teams.yaml',
    ]);
  });

  it('reads the commit, not the working tree or the index, and changes neither', async () => {
    const r = await repo(FILES);
    await r.write({ 'strategy.yaml': 'organization: B\n', 'metrics/new.yaml': 'name: N\n' });
    await r.git('add', 'kpis/metrics/new.yaml');
    const status = await r.git('status', '--porcelain');
    const index = await readFile(path.join(r.root, '.git', 'index'));
    const mtime = (await stat(path.join(r.root, '.git', 'index'))).mtimeMs;
    const files = await readProjectAtRef(r.dir, 'HEAD');
    expect(files.find((f) => f.path === 'strategy.yaml')).toEqual({
      path: 'strategy.yaml',
      text: 'organization: A\n',
    });
    expect(files.map((f) => f.path)).not.toContain('metrics/new.yaml');
    expect(await readFile(path.join(r.root, '.git', 'index'))).toEqual(index);
    expect((await stat(path.join(r.root, '.git', 'index'))).mtimeMs).toBe(mtime);
    expect(await r.git('status', '--porcelain')).toBe(status);
  });

  it('reads an older commit by any ref git knows', async () => {
    const r = await repo(FILES);
    const first = await r.git('rev-parse', 'HEAD');
    await r.git('tag', 'v1');
    await r.write({ 'strategy.yaml': 'organization: B\n' });
    await r.commit();
    for (const ref of [first, first.slice(0, 8), 'v1', 'HEAD~1', 'main~1']) {
      const files = await readProjectAtRef(r.dir, ref);
      expect(files.find((f) => f.path === 'strategy.yaml')).toMatchObject({
        text: 'organization: A\n',
      });
    }
  });

  it('reads all blobs with one git cat-file process', async () => {
    const many = Object.fromEntries(
      Array.from({ length: 30 }, (_, i) => [`metrics/k${i}.csv`, `date,value\n2026-01,${i}\n`]),
    );
    const r = await repo({ ...FILES, ...many });
    vi.mocked(childProcess.spawn).mockClear();
    const files = await readProjectAtRef(r.dir, 'HEAD');
    expect(files).toHaveLength(36); // 30 + the 6 FILES listed (see the first test)
    expect(vi.mocked(childProcess.spawn).mock.calls.map((c) => c[1])).toEqual([
      expect.arrayContaining(['cat-file', '--batch']),
    ]);
  });

  it('reads the repository root as the folder', async () => {
    const r = await repo({ 'strategy.yaml': 'organization: A\n' }, '.');
    expect(await readProjectAtRef(r.root, 'HEAD')).toEqual([
      { path: 'strategy.yaml', text: 'organization: A\n' },
    ]);
  });

  it('reports links that leave the folder, and reads links to a file inside it', async () => {
    const r = await repo({ 'shared/base.yaml': 'organization: A\n', 'metrics/a.yaml': 'x' });
    await symlink('shared/base.yaml', path.join(r.dir, 'strategy.yaml'));
    await symlink('../../secret.yaml', path.join(r.dir, 'metrics', 'leak.yaml'));
    await symlink('/etc', path.join(r.dir, 'journal'));
    await r.commit();
    const detail = 'it is a link to a file outside the folder';
    expect(await readProjectAtRef(r.dir, 'HEAD')).toEqual([
      { path: 'journal', problem: 'outside', detail },
      { path: 'metrics/a.yaml', text: 'x' },
      { path: 'metrics/leak.yaml', problem: 'outside', detail },
      { path: 'strategy.yaml', text: 'organization: A\n' },
    ]);
  });

  it('reports a file that is not UTF-8 where its first bad byte is', async () => {
    const r = await repo({ 'strategy.yaml': 'organization: A\n' });
    const bytes = new Uint8Array([0x64, 0x61, 0x74, 0x65, 0x0a, 0x61, 0xe9, 0x0a]);
    await r.write({ 'metrics/a.csv': bytes });
    await r.commit();
    const files = await readProjectAtRef(r.dir, 'HEAD');
    expect(files.find((f) => f.path === 'metrics/a.csv')).toEqual(decode('metrics/a.csv', bytes));
    expect(files.find((f) => f.path === 'metrics/a.csv')).toMatchObject({ line: 2, col: 2 });
  });
});

describe('readProjectAtRef errors', () => {
  const problem = (promise: Promise<unknown>) =>
    promise.then(
      () => 'resolved',
      (e: unknown) => (e instanceof GitTreeError ? e.problem : String(e)),
    );

  it('names an unknown ref, and never reads a ref as an option', async () => {
    const r = await repo(FILES);
    expect(await problem(readProjectAtRef(r.dir, 'no-such-branch'))).toBe('unknown-ref');
    expect(await problem(readProjectAtRef(r.dir, '--output=/tmp/x'))).toBe('unknown-ref');
    expect(await problem(readProjectAtRef(r.dir, 'HEAD:kpis'))).toBe('unknown-ref');
    await expect(readProjectAtRef(r.dir, 'nope')).rejects.toThrow(
      '`nope` is not a commit, branch or tag of this repository.',
    );
  });

  it('says when the folder did not exist at the ref', async () => {
    const r = await repo({ 'README.md': 'x' }, '.');
    const first = await r.git('rev-parse', 'HEAD');
    await r.write({ 'kpis/strategy.yaml': 'organization: A\n' });
    await r.commit();
    const dir = path.join(r.root, 'kpis');
    expect(await problem(readProjectAtRef(dir, first))).toBe('folder-missing');
    await expect(readProjectAtRef(dir, first)).rejects.toThrow(
      `The folder kpis did not exist at ${first}.`,
    );
  });

  it('says when the folder is in no repository', async () => {
    const t = await tempProject({ 'strategy.yaml': 'organization: A\n' });
    defer(t.cleanup);
    expect(await problem(readProjectAtRef(t.dir, 'HEAD'))).toBe('not-a-repository');
  });
});
