import { spawnSync } from 'node:child_process';
import { readFileSync, utimesSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const BIN = path.join(import.meta.dirname, '..', '..', 'bin', 'plumbline.js');
const defer = cleanupsAfterEach();

/**
 * Runs `bin/plumbline.js` with a preload (through NODE_OPTIONS, which child processes inherit)
 * that records the Node options of every process it starts in: the launcher's, and the one it
 * re-runs the command in, if any.
 */
async function launch(args: readonly string[], nodeOptions: readonly string[] = []) {
  const { dir, cleanup } = await tempProject({
    'record.cjs':
      "require('node:fs').appendFileSync(process.env.RECORD_TO, JSON.stringify(process.execArgv) + '\\n');\n",
  });
  defer(cleanup);
  const log = path.join(dir, 'processes.jsonl');
  const result = spawnSync(process.execPath, [...nodeOptions, BIN, ...args], {
    encoding: 'utf8',
    env: {
      ...process.env,
      NODE_OPTIONS: `--require ${path.join(dir, 'record.cjs')}`,
      RECORD_TO: log,
    },
  });
  const processes = readFileSync(log, 'utf8')
    .trim()
    .split('\n')
    .map((line) => JSON.parse(line) as string[]);
  return { ...result, processes };
}

describe('bin/plumbline.js', () => {
  it('re-runs `build` with one V8 helper thread, passing its arguments and output through', async () => {
    const run = await launch(['build', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('plumbline build [dir]');
    expect(run.processes).toEqual([[], ['--v8-pool-size=1']]);
  });

  it('passes the exit code of the re-run command on', async () => {
    const run = await launch(['build', '--threads', 'zero']);
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('--threads must be a whole number');
    expect(run.processes).toHaveLength(2);
  });

  it('does not re-run a build already started with the option', async () => {
    const run = await launch(['build', '--help'], ['--v8-pool-size=1']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('plumbline build [dir]');
    expect(run.processes).toEqual([['--v8-pool-size=1']]);
  });

  it('runs other commands in the same process', async () => {
    const run = await launch(['check', '--help']);
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('plumbline check [dir]');
    expect(run.processes).toEqual([[]]);
  });
});

/**
 * The Node these machines come with (20: too old for Plumbline), which the launcher must deal
 * with; OLD_NODE names another.
 */
const OLD_NODE = process.env.OLD_NODE ?? '/usr/bin/node';

describe('bin/plumbline.js on a Node older than 22.19', () => {
  /** The launcher alone in a folder, with `node_modules` as given; run by the old Node. */
  async function launchAlone(files: Record<string, string>) {
    const { dir, cleanup } = await tempProject({
      'bin/plumbline.js': readFileSync(BIN, 'utf8'),
      ...files,
    });
    defer(cleanup);
    return spawnSync(OLD_NODE, [path.join(dir, 'bin', 'plumbline.js'), 'check'], {
      encoding: 'utf8',
    });
  }

  it('is run by an old Node here', () => {
    const version = spawnSync(OLD_NODE, ['--version'], { encoding: 'utf8' }).stdout.trim();
    expect(Number(/^v(\d+)\./.exec(version)?.[1])).toBeLessThan(22);
  });

  it('runs the command under the Node of the `node` package installed beside it', () => {
    // The repository's own: its `node` package is installed.
    const run = spawnSync(OLD_NODE, [BIN, 'check', '--help'], { encoding: 'utf8' });
    expect(run.status).toBe(0);
    expect(run.stdout).toContain('plumbline check [dir]');
  });

  it('says to approve and run the `node` package’s install script when its binary is missing', async () => {
    const run = await launchAlone({
      'node_modules/node/package.json': '{ "name": "node", "version": "24.0.0" }\n',
    });
    expect(run.status).toBe(2);
    expect(run.stderr).toMatch(/^plumbline: Node \d+\.\d+\.\d+ is too old/);
    expect(run.stderr).toContain('its install script (which fetches the Node binary) did not run');
    expect(run.stderr).toContain('npm approve-scripts node && npm rebuild node');
  });

  it('says what to install when there is no `node` package', async () => {
    const run = await launchAlone({});
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('npm install --save-dev node@24');
    expect(run.stderr).not.toContain('npm rebuild');
  });
});

describe('bin/plumbline.js in the repository, with or without the bundle', () => {
  /**
   * The launcher in a folder laid out like the repository, whose sources and bundle each say
   * which they are; `src/core/x.ts` is the bundle's one input, dated as given.
   */
  async function layout(options: { bundle: boolean; inputAge: 'older' | 'newer' | 'missing' }) {
    const say = (who: string) =>
      `export async function main() { process.stdout.write('${who}\\n'); }\n`;
    const { dir, cleanup } = await tempProject({
      'bin/plumbline.js': readFileSync(BIN, 'utf8'),
      'src/cli/main.ts': say('sources'),
      ...(options.inputAge === 'missing' ? {} : { 'src/core/x.ts': 'export {};\n' }),
      ...(options.bundle
        ? {
            'lib/bundle/main.js': say('bundle'),
            'lib/bundle/inputs.json': JSON.stringify({ inputs: ['src/core/x.ts'] }),
          }
        : {}),
    });
    defer(cleanup);
    if (options.bundle) {
      const made = new Date('2026-06-01T12:00:00Z');
      utimesSync(path.join(dir, 'lib/bundle/main.js'), made, made);
      if (options.inputAge !== 'missing') {
        const changed = new Date(made.getTime() + (options.inputAge === 'newer' ? 1 : -1) * 60_000);
        utimesSync(path.join(dir, 'src/core/x.ts'), changed, changed);
      }
    }
    return (env: NodeJS.ProcessEnv = {}) =>
      spawnSync(process.execPath, [path.join(dir, 'bin', 'plumbline.js'), 'check'], {
        encoding: 'utf8',
        env: { ...process.env, ...env },
      }).stdout.trim();
  }

  it('runs the bundle when none of its inputs changed since it was made', async () => {
    const run = await layout({ bundle: true, inputAge: 'older' });
    expect(run()).toBe('bundle');
    expect(run({ PLUMBLINE_SOURCES: '1' })).toBe('sources');
  });

  it('runs the sources when an input is newer than the bundle, or gone, or there is no bundle', async () => {
    expect((await layout({ bundle: true, inputAge: 'newer' }))()).toBe('sources');
    expect((await layout({ bundle: true, inputAge: 'missing' }))()).toBe('sources');
    expect((await layout({ bundle: false, inputAge: 'older' }))()).toBe('sources');
  });
});
