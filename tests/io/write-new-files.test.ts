import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findSchemaDir } from '../../src/io/find-schema-dir.ts';
import { FolderError } from '../../src/io/read-project.ts';
import { FilesExistError, writeNewFiles } from '../../src/io/write-new-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

async function temp(files: Record<string, string> = {}) {
  const t = await tempProject(files);
  defer(t.cleanup);
  return t.dir;
}

describe('writeNewFiles', () => {
  it('writes files, creating folders', async () => {
    const dir = await temp();
    await writeNewFiles(path.join(dir, 'kpis'), [
      { path: 'strategy.yaml', text: 'a' },
      { path: 'metrics/x.csv', text: 'b' },
    ]);
    expect(await readFile(path.join(dir, 'kpis/strategy.yaml'), 'utf8')).toBe('a');
    expect(await readFile(path.join(dir, 'kpis/metrics/x.csv'), 'utf8')).toBe('b');
  });

  it('writes nothing when any file exists, and names those that do', async () => {
    const dir = await temp({ 'metrics/x.csv': 'mine' });
    const attempt = writeNewFiles(dir, [
      { path: 'metrics/x.yaml', text: 'new' },
      { path: 'metrics/x.csv', text: 'new' },
    ]);
    await expect(attempt).rejects.toEqual(new FilesExistError(['metrics/x.csv']));
    expect(await readdir(path.join(dir, 'metrics'))).toEqual(['x.csv']);
    expect(await readFile(path.join(dir, 'metrics/x.csv'), 'utf8')).toBe('mine');
  });

  it('refuses a folder that is a file', async () => {
    const dir = await temp({ kpis: 'not a folder' });
    await expect(writeNewFiles(path.join(dir, 'kpis'), [])).rejects.toBeInstanceOf(FolderError);
  });
});

describe('findSchemaDir', () => {
  it('finds node_modules/plumbline-kpi/schemas in a folder above', async () => {
    const dir = await temp({ 'node_modules/plumbline-kpi/schemas/metric.json': '{}' });
    expect(await findSchemaDir(path.join(dir, 'org', 'kpis'))).toEqual({
      dir: '../../node_modules/plumbline-kpi/schemas',
      found: 'installed',
    });
  });

  it('finds the schemas of the Plumbline repository itself', async () => {
    const dir = await temp({
      'package.json': '{"name":"plumbline-kpi"}',
      'schemas/metric.json': '{}',
    });
    expect(await findSchemaDir(path.join(dir, 'kpis'))).toEqual({
      dir: '../schemas',
      found: 'repository',
    });
  });

  it('prefers the nearest: an installed copy inside the repository wins', async () => {
    const dir = await temp({
      'package.json': '{"name":"plumbline-kpi"}',
      'schemas/metric.json': '{}',
      'demo/node_modules/plumbline-kpi/schemas/metric.json': '{}',
    });
    expect((await findSchemaDir(path.join(dir, 'demo', 'kpis'))).found).toBe('installed');
  });

  it('otherwise expects them beside the nearest package.json, once plumbline is installed', async () => {
    const dir = await temp({ 'package.json': '{"name":"my-org"}' });
    await mkdir(path.join(dir, 'a'));
    await writeFile(path.join(dir, 'a', 'package.json'), '{not json');
    expect(await findSchemaDir(path.join(dir, 'a', 'b', 'kpis'))).toEqual({
      dir: '../../node_modules/plumbline-kpi/schemas',
      found: 'expected',
    });
  });
});
