import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
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
