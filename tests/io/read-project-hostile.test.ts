import { execFileSync } from 'node:child_process';
import { mkdir, symlink, writeFile } from 'node:fs/promises';
import { createServer } from 'node:net';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { problemOf, readProject, specialKind } from '../../src/io/read-project.ts';
import { cli } from '../helpers/cli.ts';
import { projectFiles, quietStrategyYaml } from '../helpers/project-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

const QUIET_STRATEGY = quietStrategyYaml();

async function folder(overrides: Record<string, string | null> = {}) {
  const t = await tempProject(projectFiles({ 'strategy.yaml': QUIET_STRATEGY, ...overrides }));
  defer(t.cleanup);
  return t.dir;
}

/** `check --format json` on the folder: exit code and findings. */
async function check(dir: string) {
  const { code, stdout } = await cli(['check', dir, '--format', 'json']);
  const findings = (
    JSON.parse(stdout) as {
      findings: { rule: string; file: string; line: number; col: number; message: string }[];
    }
  ).findings;
  return { code, findings, stdout };
}

describe('readProject on files that are not regular files', () => {
  it('reports a named pipe named like a readings file instead of waiting on it forever', async () => {
    const dir = await folder({ 'metrics/leads.csv': null });
    execFileSync('mkfifo', [path.join(dir, 'metrics', 'leads.csv')]);
    const { code, findings, stdout } = await check(dir);
    expect(code).toBe(1);
    expect(findings).toEqual([
      {
        rule: 'file-special',
        severity: 'error',
        file: 'metrics/leads.csv',
        line: 1,
        col: 1,
        message:
          '`metrics/leads.csv` is a named pipe (FIFO), not a file with text, so it is not read.',
        hint: 'Replace it with a regular file, or remove it.',
      },
    ]);
    expect(stdout).not.toContain(dir);
  });

  it('reports a socket named like a KPI file', async () => {
    const dir = await folder();
    const server = createServer();
    const socketPath = path.join(dir, 'metrics', 'orders.yaml');
    await new Promise<void>((resolve) => server.listen(socketPath, resolve));
    try {
      const { code, findings } = await check(dir);
      expect(code).toBe(1);
      expect(findings.map((f) => [f.rule, f.file, f.line, f.col, f.message])).toEqual([
        [
          'file-special',
          'metrics/orders.yaml',
          1,
          1,
          '`metrics/orders.yaml` is a socket, not a file with text, so it is not read.',
        ],
      ]);
    } finally {
      await new Promise((resolve) => server.close(resolve));
    }
  });

  it('reports a folder named like a KPI file, once, at its own path', async () => {
    const dir = await folder();
    await mkdir(path.join(dir, 'metrics', 'orders.yaml'));
    await writeFile(path.join(dir, 'metrics', 'orders.yaml', 'x.yaml'), 'name: X\n');
    const { code, findings } = await check(dir);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.rule, f.file, f.line, f.col, f.message])).toEqual([
      [
        'file-folder',
        'metrics/orders.yaml',
        1,
        1,
        '`metrics/orders.yaml` is a folder, but its name is that of a file Plumbline reads.',
      ],
    ]);
  });

  it('reports a folder named strategy.yaml instead of saying the file is missing', async () => {
    const dir = await folder({ 'strategy.yaml': null });
    await mkdir(path.join(dir, 'strategy.yaml'));
    const { findings } = await check(dir);
    expect(findings.map((f) => [f.rule, f.file])).toEqual([['file-folder', 'strategy.yaml']]);
  });

  it('reports a symbolic link loop as a loop, with no path of the machine', async () => {
    const dir = await folder({ 'metrics/leads.csv': null });
    await symlink('leads.csv', path.join(dir, 'metrics', 'leads.csv'));
    const { code, findings, stdout } = await check(dir);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.rule, f.file, f.line, f.col, f.message])).toEqual([
      [
        'file-loop',
        'metrics/leads.csv',
        1,
        1,
        '`metrics/leads.csv` is a symbolic link that leads back to itself, so it is not read.',
      ],
    ]);
    expect(stdout).not.toContain(dir);
  });

  it('reports a link to nothing as unreadable, not as an encoding problem', async () => {
    const dir = await folder({ 'metrics/leads.csv': null });
    await symlink('gone.csv', path.join(dir, 'metrics', 'leads.csv'));
    const { code, findings, stdout } = await check(dir);
    expect(code).toBe(1);
    expect(findings.map((f) => [f.rule, f.file, f.message])).toEqual([
      [
        'file-unreadable',
        'metrics/leads.csv',
        'This file cannot be read (it is a link to nothing, or it vanished).',
      ],
    ]);
    expect(stdout).not.toContain(dir);
  });

  it('lists a KPI file in a subfolder and a misnamed top file, to be reported', async () => {
    const dir = await folder({
      'metrics/sales/orders.yaml': 'name: Orders\n',
      'Strategy.yaml': 'organization: A\n',
      'notes/readme.md': 'not listed',
    });
    const paths = (await readProject(dir)).map((f) => f.path);
    expect(paths).toContain('metrics/sales/orders.yaml');
    expect(paths).toContain('Strategy.yaml');
    expect(paths).not.toContain('notes/readme.md');
  });
});

describe('problems that need privileges to stage on disk', () => {
  // Making a device node or an unreadable file needs root or not being root: these check the
  // words for what the system reports (stat's kind, the error code), as readSource uses them.
  const kind = (which: string) => ({
    isFIFO: () => which === 'fifo',
    isSocket: () => which === 'socket',
    isBlockDevice: () => which === 'block',
    isCharacterDevice: () => which === 'char',
  });

  it('names a device as a device', () => {
    expect(['block', 'char', 'fifo', 'socket', 'other'].map((k) => specialKind(kind(k)))).toEqual([
      'a device',
      'a device',
      'a named pipe (FIFO)',
      'a socket',
      'not a regular file',
    ]);
  });

  it('words a refused read with no path of the machine', () => {
    expect(problemOf('metrics/a.csv', 'EACCES')).toEqual({
      path: 'metrics/a.csv',
      problem: 'unreadable',
      detail: 'permission denied',
    });
    expect(problemOf('metrics/a.csv', 'ELOOP')).toEqual({ path: 'metrics/a.csv', problem: 'loop' });
    expect(problemOf('metrics/a.csv', 'EIO')).toEqual({
      path: 'metrics/a.csv',
      problem: 'unreadable',
      detail: 'the system refused: EIO',
    });
  });
});
