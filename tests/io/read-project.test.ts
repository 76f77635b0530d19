import { mkdir, symlink } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { decode, FolderError, readProject } from '../../src/io/read-project.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function temp(files: Record<string, string | Uint8Array>) {
  const t = await tempProject(files);
  defer(t.cleanup);
  return t.dir;
}

describe('readProject', () => {
  it('reads the known files, posix-relative and sorted, and ignores others', async () => {
    const dir = await temp({
      'strategy.yaml': 'organization: A\n',
      'teams.yaml': '[]\n',
      'metrics/a.yaml': 'x',
      'metrics/a.csv': 'date,value\n',
      'journal/2026/q1.yaml': 'date: 2026-01-01\n',
      'README.md': '# not read',
      'metrics/.hidden': 'x',
    });
    const files = await readProject(dir);
    expect(files.map((f) => f.path)).toEqual([
      'journal/2026/q1.yaml',
      'metrics/a.csv',
      'metrics/a.yaml',
      'strategy.yaml',
      'teams.yaml',
    ]);
  });

  it('does not follow a link that leads outside the folder', async () => {
    const outside = await temp({ 'secret.yaml': 'password: hunter2\n' });
    const dir = await temp({ 'strategy.yaml': 'organization: A\n' });
    await mkdir(path.join(dir, 'metrics'));
    await symlink(path.join(outside, 'secret.yaml'), path.join(dir, 'metrics', 'leak.yaml'));
    await symlink(outside, path.join(dir, 'journal'));
    const files = await readProject(dir);
    const detail = 'it is a link to a file outside the folder';
    expect(files).toEqual([
      { path: 'journal', problem: 'outside', detail },
      { path: 'metrics/leak.yaml', problem: 'outside', detail },
      { path: 'strategy.yaml', text: 'organization: A\n' },
    ]);
    expect(JSON.stringify(files)).not.toContain('hunter2');
  });

  it('follows a link that stays inside the folder', async () => {
    const dir = await temp({ 'shared/base.yaml': 'organization: A\n' });
    await symlink(path.join(dir, 'shared', 'base.yaml'), path.join(dir, 'strategy.yaml'));
    expect(await readProject(dir)).toEqual([{ path: 'strategy.yaml', text: 'organization: A\n' }]);
  });

  it('throws FolderError for a missing folder or a file', async () => {
    const dir = await temp({ 'strategy.yaml': 'x' });
    await expect(readProject(path.join(dir, 'nope'))).rejects.toBeInstanceOf(FolderError);
    await expect(readProject(path.join(dir, 'strategy.yaml'))).rejects.toBeInstanceOf(FolderError);
  });
});

describe('decode', () => {
  it('accepts UTF-8 and keeps a BOM for the parsers', () => {
    expect(decode('a.csv', new TextEncoder().encode('\uFEFFdate,value'))).toEqual({
      path: 'a.csv',
      text: '\uFEFFdate,value',
    });
  });

  it('reports the line and column of the first byte that is not UTF-8', () => {
    // Latin-1 "é" (0xE9) on line 2 after "ab": column 3.
    const bytes = Uint8Array.from([...new TextEncoder().encode('date,value\nab'), 0xe9, 0x0a]);
    expect(decode('a.csv', bytes)).toEqual({
      path: 'a.csv',
      problem: 'encoding',
      detail: 'a byte here is not UTF-8',
      line: 2,
      col: 3,
    });
  });

  it('counts columns in characters before the bad byte', () => {
    const bytes = Uint8Array.from([...new TextEncoder().encode('€€'), 0xff]);
    expect(decode('a.csv', bytes)).toMatchObject({ line: 1, col: 3 });
  });

  it('reports UTF-16 files', () => {
    expect(decode('a.csv', Uint8Array.from([0xff, 0xfe, 0x64, 0x00]))).toEqual({
      path: 'a.csv',
      problem: 'encoding',
      detail: 'it is UTF-16',
    });
  });
});
