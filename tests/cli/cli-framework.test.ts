/**
 * What every command shares: help per command, --version, --quiet, --no-color, --format json,
 * progress on stderr, and check's GitHub annotations ordered for a pull request.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { colourFindings, colourWanted, paint } from '../../src/cli/colour.ts';
import { commandHelp } from '../../src/cli/command-help.ts';
import type { CliEffects } from '../../src/cli/effects.ts';
import { progressOf } from '../../src/cli/progress.ts';
import { USAGE } from '../../src/cli/usage.ts';
import { cli, type CliOptions } from '../helpers/cli.ts';
import { gitRepo } from '../helpers/git-repo.ts';
import { metricYaml, projectFiles } from '../helpers/project-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();
const root = path.join(import.meta.dirname, '..', '..');

/** Runs the CLI with extra effects (env, terminal), capturing output. */
function run(argv: string[], extra: CliOptions = {}) {
  return cli(argv, extra);
}

describe('help', () => {
  it('after a command, is that command’s alone', async () => {
    const { code, stdout } = await cli(['check', '--help']);
    expect(code).toBe(0);
    expect(stdout).toBe(commandHelp('check'));
    expect(stdout).toContain('plumbline check [dir]');
    expect(stdout).toContain('--changed-since REF');
    for (const other of ['plumbline build', '--out DIR', '--team T', 'markdown|json'])
      expect(stdout).not.toContain(other);
    expect(stdout.split('\n').length).toBeLessThan(USAGE.split('\n').length / 2);
  });

  it('`help <command>` and `<command> -h` say the same; `help` alone is everything', async () => {
    expect((await cli(['help', 'new', 'kpi'])).stdout).toBe(
      (await cli(['new', 'kpi', '-h'])).stdout,
    );
    expect((await cli(['help'])).stdout).toBe(USAGE);
    const unknown = await cli(['help', 'nope']);
    expect(unknown.code).toBe(2);
    expect(unknown.stderr).toContain('there is no command `nope`');
  });

  it('every command in the usage has help naming its own options, and the common ones', () => {
    const flagsOf = (text: string) => new Set(text.match(/--[a-z][a-z-]*/g));
    for (const command of [
      'check',
      'model',
      'build',
      'dev',
      'diff',
      'init',
      'new kpi',
      'codeowners',
    ]) {
      const help = commandHelp(command)!;
      expect(help, command).toContain(`plumbline ${command}`);
      const usageLine = help.split('\n\n')[0]!;
      const options = help.slice(help.indexOf('Options:'));
      // Every flag the usage line spells has its entry under Options.
      for (const flag of flagsOf(usageLine)) expect(options, `${command} ${flag}`).toContain(flag);
      for (const flag of ['--quiet', '--no-color', '--help']) expect(options).toContain(flag);
      // An option marked for another command is not there.
      if (command !== 'build') expect(options, command).not.toContain('--threads');
    }
    expect(commandHelp('model')).toContain('--format text|json\n');
    expect(commandHelp('diff')).not.toContain('--format text|json|github');
  });

  it('a command added to the usage in the same style gets its help with no other change', () => {
    const usage = USAGE.replace(
      '  plumbline help [command]',
      '  plumbline pull [dir] [--since DATE]\n  plumbline help [command]',
    )
      .replace(
        '  help [command]',
        '  pull [dir]    Fetch readings from the sources.\n  help [command]',
      )
      .replace('  --debug ', '  --since DATE  (pull) Only readings since this date.\n  --debug ');
    const help = commandHelp('pull', usage)!;
    expect(help).toContain('plumbline pull [dir] [--since DATE]');
    expect(help).toContain('Fetch readings from the sources.');
    expect(help).toContain('--since DATE  (pull) Only readings');
    expect(commandHelp('check', usage)).not.toContain('--since');
  });
});

describe('--version', () => {
  it('prints the package and its version, from package.json', async () => {
    const manifest = JSON.parse(await readFile(path.join(root, 'package.json'), 'utf8'));
    for (const flag of ['--version', '-v']) {
      const { code, stdout } = await cli([flag]);
      expect(code).toBe(0);
      expect(stdout).toBe(`plumbline-kpi ${manifest.version}\n`);
    }
    expect(JSON.parse((await cli(['--version', '--format', 'json'])).stdout)).toMatchObject({
      name: 'plumbline-kpi',
      version: manifest.version,
    });
  });
});

async function project(overrides: Record<string, string | null> = {}) {
  const t = await tempProject(projectFiles(overrides));
  defer(t.cleanup);
  return t.dir;
}

const BAD = metricYaml({ cadence: 'montly' });

describe('--quiet', () => {
  it('check prints errors only, and nothing when there are none', async () => {
    const clean = await project();
    const noisy = await cli(['check', clean]);
    expect(noisy.stdout).toMatch(/warning/); // the test project has guardrail warnings
    const quiet = await cli(['check', clean, '--quiet']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const broken = await cli(['-q', 'check', await project({ 'metrics/leads.yaml': BAD })]);
    expect(broken.code).toBe(1);
    expect(broken.stdout).toContain('error');
    expect(broken.stdout).not.toContain('warning ');
  });

  it('new kpi prints nothing; --format json still prints its result', async () => {
    const dir = await project();
    const quiet = await cli(['new', 'kpi', 'win-rate', dir, '--team', 'sales', '--quiet']);
    expect(quiet).toEqual({ code: 0, stdout: '', stderr: '' });
    const json = await cli([
      'new',
      'kpi',
      'loss-rate',
      dir,
      '--team',
      'sales',
      '-q',
      '--format',
      'json',
    ]);
    expect(JSON.parse(json.stdout)).toEqual({
      id: 'loss-rate',
      files: [`${dir}/metrics/loss-rate.yaml`, `${dir}/metrics/loss-rate.csv`],
    });
  });
});

describe('--format', () => {
  it('json is taken by every command, and anything else is a usage error', async () => {
    const dir = await project();
    expect(
      JSON.parse((await cli(['codeowners', '.', '--format', 'json'], { cwd: dir })).stdout),
    ).toMatchObject({
      rules: expect.any(Number),
    });
    const model = await cli(['model', dir, '--format', 'json']);
    expect(JSON.parse(model.stdout).kpis.length).toBe(2);
    for (const command of [['build'], ['init'], ['new', 'kpi', 'x', '--team', 'sales'], ['dev']]) {
      const bad = await cli([...command, dir, '--format', 'yaml']);
      expect(bad.code, command.join(' ')).toBe(2);
      expect(bad.stderr).toMatch(/--format must be one of text, json, got `yaml`/);
    }
  });
});

describe('colour', () => {
  it('follows the terminal, NO_COLOR and FORCE_COLOR', () => {
    expect(colourWanted(true, {})).toBe(true);
    expect(colourWanted(false, {})).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '1' })).toBe(false);
    expect(colourWanted(true, { NO_COLOR: '' })).toBe(true); // empty means unset (no-color.org)
    expect(colourWanted(false, { FORCE_COLOR: '1' })).toBe(true);
    expect(colourWanted(true, { NO_COLOR: '1', FORCE_COLOR: '1' })).toBe(false);
    expect(colourWanted(true, { TERM: 'dumb' })).toBe(false);
  });

  it('colours check’s report on a terminal, not with --no-color; the text is the same', async () => {
    const dir = await project({ 'metrics/leads.yaml': BAD });
    const terminal = { colour: { stdout: true, stderr: true } };
    const coloured = await run(['check', dir], terminal);
    expect(coloured.stdout).toContain('\u001b[31merror\u001b[39m');
    const plain = await run(['check', dir, '--no-color'], terminal);
    expect(plain.stdout).not.toContain('\u001b[');
    // eslint-disable-next-line no-control-regex
    expect(coloured.stdout.replace(/\u001b\[\d+m/g, '')).toBe(plain.stdout);
    expect(colourFindings('a\n  1:1     info    x', paint(false))).toBe('a\n  1:1     info    x');
  });
});

describe('progress', () => {
  function capture(extra: Partial<CliEffects>) {
    let err = '';
    const effects: CliEffects = {
      stdout: () => undefined,
      stderr: (t) => (err += t),
      cwd: '/',
      today: () => '2026-11-24',
      ...extra,
    };
    return { effects, out: () => err };
  }

  it('in CI logs: a line per phase, and per quarter of a counted phase', () => {
    const { effects, out } = capture({ stderrIsTTY: true, env: { CI: 'true' } });
    const p = progressOf(effects, 'build');
    p.phase('reading files');
    p.phase('drawing charts');
    for (let done = 0; done <= 10; done++) p.count(done, 10);
    p.end();
    expect(out()).toBe(
      [
        'build: reading files',
        'build: drawing charts',
        'build: drawing charts 3/10',
        'build: drawing charts 5/10',
        'build: drawing charts 8/10',
        'build: drawing charts 10/10',
        '',
      ].join('\n'),
    );
  });

  it('on a terminal: one line rewritten in place, cleared at the end', () => {
    const { effects, out } = capture({ stderrIsTTY: true, env: {} });
    const p = progressOf(effects, 'build');
    p.phase('rendering pages');
    p.count(1, 4, '7 pages');
    p.count(1, 4, '7 pages'); // unchanged: not written again
    p.end();
    expect(out()).toBe(
      '\r\u001b[2Kbuild: rendering pages\r\u001b[2Kbuild: rendering pages 1/4 · 7 pages\r\u001b[2K',
    );
  });

  it('says nothing with --quiet', () => {
    const { effects, out } = capture({ quiet: true, stderrIsTTY: true });
    const p = progressOf(effects, 'build');
    p.phase('x');
    p.count(1, 1);
    p.end();
    expect(out()).toBe('');
  });

  it('is live only on a terminal outside CI (a build counts its pages only then)', () => {
    const live = (extra: Partial<CliEffects>) => progressOf(capture(extra).effects, 'build').live;
    expect(live({ stderrIsTTY: true, env: {} })).toBe(true);
    expect(live({ stderrIsTTY: true, env: { CI: 'true' } })).toBe(false);
    expect(live({ stderrIsTTY: false, env: {} })).toBe(false);
    expect(live({ quiet: true, stderrIsTTY: true, env: {} })).toBe(false);
  });
});

describe('check --format github', () => {
  it('prints errors first, those in the changed files first; the job summary gets everything', async () => {
    const repo = await gitRepo(projectFiles());
    defer(repo.cleanup);
    // An error in a file the branch does not change (committed in base) and one it changes.
    await repo.write({
      'metrics/revenue.yaml': metricYaml({ name: 'Revenue', team: 'acme', cadence: 'montly' }),
    });
    await repo.commit('base with an error');
    await repo.git('branch', 'base');
    await repo.write({ 'metrics/leads.yaml': BAD });
    const summary = path.join(repo.root, 'summary.md');
    const { code, stdout } = await run(
      ['check', 'kpis', '--format', 'github', '--changed-since', 'base'],
      { cwd: repo.root, env: { GITHUB_STEP_SUMMARY: summary } },
    );
    expect(code).toBe(1);
    const lines = stdout.trim().split('\n');
    const kinds = lines.map((l) => /^::(\w+) file=([^,]+)/.exec(l)!.slice(1, 3).join(' '));
    // leads.yaml sorts before revenue.yaml by name, but errors in the changed file come first
    // either way: check that the changed file's error precedes the other's, and all errors
    // precede all warnings.
    const firstWarning = kinds.findIndex((k) => !k.startsWith('error'));
    expect(kinds.slice(0, firstWarning).every((k) => k.startsWith('error'))).toBe(true);
    expect(kinds.slice(firstWarning).some((k) => k.startsWith('error'))).toBe(false);
    expect(kinds[0]).toBe('error kpis/metrics/leads.yaml');
    expect(kinds.slice(0, firstWarning)).toContain('error kpis/metrics/revenue.yaml');
    const report = await readFile(summary, 'utf8');
    expect(report.split('\n')[0]).toMatch(
      /^### ❌ Plumbline check: 2 errors, \d+ warnings?, \d+ notes?$/,
    );
    expect(report).toContain('`kpis/metrics/leads.yaml:');
    expect(report).toContain('(changed in this pull request)');
    expect(report.match(/^- /gm)).toHaveLength(lines.length);
  });

  it('orders a changed file’s errors first even when it sorts last by name', async () => {
    const repo = await gitRepo(projectFiles());
    defer(repo.cleanup);
    await repo.write({ 'metrics/leads.yaml': BAD });
    await repo.commit('base with an error');
    await repo.write({
      'metrics/revenue.yaml': metricYaml({ name: 'Revenue', team: 'acme', cadence: 'montly' }),
    });
    const { stdout } = await run(
      ['check', 'kpis', '--format', 'github', '--changed-since', 'HEAD'],
      {
        cwd: repo.root,
      },
    );
    expect(stdout.split('\n')[0]).toMatch(/^::error file=kpis\/metrics\/revenue\.yaml,/);
    const plain = await run(['check', 'kpis', '--format', 'github'], { cwd: repo.root });
    expect(plain.stdout.split('\n')[0]).toMatch(/^::error file=kpis\/metrics\/leads\.yaml,/);
  });
});
