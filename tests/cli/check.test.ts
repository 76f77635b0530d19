import { describe, expect, it } from 'vitest';
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

const BAD_CADENCE = 'name: Leads\ndirection: up\nteam: sales\ncadence: montly\n';

describe('plumbline check', () => {
  it('exits 0 on a clean folder', async () => {
    const dir = await folder();
    const { code, stdout } = await cli(['check', dir]);
    expect(code).toBe(0);
    expect(stdout).toBe('✔ No problems.\n');
  });

  it('exits 1 with errors, grouped by file with position, rule and hint', async () => {
    const dir = await folder({ 'metrics/leads.yaml': BAD_CADENCE });
    const { code, stdout } = await cli(['check', '.'], { cwd: dir });
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'metrics/leads.yaml',
        '  4:10    error   `cadence` must be one of daily, weekly, monthly, quarterly, yearly — got `montly`. Did you mean `monthly`?  [schema-value]',
        '              4 | cadence: montly',
        '                |          ^', // under column 10
        '                  → Change it to one of: daily, weekly, monthly, quarterly, yearly.',
        '',
        '✖ 1 error, 0 warnings in 1 file.',
        '',
      ].join('\n'),
    );
  });

  it('prefixes paths with the folder as typed', async () => {
    const dir = await folder({ 'metrics/leads.yaml': BAD_CADENCE });
    const parent = dir.slice(0, dir.lastIndexOf('/'));
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    const result = await cli(['check', name], { cwd: parent });
    expect(result.stdout.split('\n')[0]).toBe(`${name}/metrics/leads.yaml`);
  });

  it('prints JSON findings with paths relative to the KPI folder', async () => {
    const dir = await folder({ 'metrics/leads.yaml': BAD_CADENCE });
    const { code, stdout } = await cli(['check', dir, '--format', 'json']);
    expect(code).toBe(1);
    expect(JSON.parse(stdout)).toEqual({
      findings: [
        {
          rule: 'schema-value',
          severity: 'error',
          message:
            '`cadence` must be one of daily, weekly, monthly, quarterly, yearly — got `montly`. Did you mean `monthly`?',
          hint: 'Change it to one of: daily, weekly, monthly, quarterly, yearly.',
          file: 'metrics/leads.yaml',
          line: 4,
          col: 10,
        },
      ],
    });
  });

  it('prints GitHub workflow commands with escaped properties', async () => {
    const dir = await folder({ 'metrics/leads.yaml': BAD_CADENCE });
    const parent = dir.slice(0, dir.lastIndexOf('/'));
    const name = dir.slice(dir.lastIndexOf('/') + 1);
    const { code, stdout } = await cli(['check', name, '--format=github'], { cwd: parent });
    expect(code).toBe(1);
    expect(stdout).toBe(
      `::error file=${name}/metrics/leads.yaml,line=4,col=10,title=Plumbline schema-value::` +
        '`cadence` must be one of daily, weekly, monthly, quarterly, yearly — got `montly`. Did you mean `monthly`?%0A' +
        'Change it to one of: daily, weekly, monthly, quarterly, yearly.\n',
    );
  });

  it('reports guardrail findings as of --as-of', async () => {
    const t = await tempProject(projectFiles());
    defer(t.cleanup);
    // Latest readings: leads January 2026, revenue February. On 2026-03-15 only February has
    // ended after January (1 overdue); by 2026-11-24 both are far past the default of 2.
    const early = await cli(['check', t.dir, '--format', 'json', '--as-of', '2026-03-15']);
    const late = await cli(['check', t.dir, '--format', 'json', '--as-of', '2026-11-24']);
    const stale = (out: string) =>
      (JSON.parse(out) as { findings: { rule: string; file: string }[] }).findings
        .filter((f) => f.rule === 'stale-data')
        .map((f) => f.file);
    expect(early.code).toBe(0);
    expect(stale(early.stdout)).toEqual([]);
    expect(stale(late.stdout)).toEqual(['metrics/leads.csv', 'metrics/revenue.csv']);
  });

  it('exits 0 with warnings only', async () => {
    const dir = await folder({ 'metrics/orphan.csv': 'date,value\n' });
    const { code, stdout } = await cli(['check', dir]);
    expect(code).toBe(0);
    expect(stdout).toContain('warning');
  });

  it.each([
    [['check', '--frobnicate'], /check: Unknown option '--frobnicate'/],
    [['check', '/nonexistent/plumbline'], /There is no folder \/nonexistent\/plumbline\./],
    [['check', '--format', 'xml', '.'], /--format must be one of text, json, github, got `xml`/],
    [['check', '--as-of', 'soon', '.'], /--as-of must be a date as YYYY-MM-DD, got `soon`/],
    [['check', 'a', 'b'], /expected at most one folder/],
    [['frobnicate'], /Unknown command `frobnicate`/],
  ])('exits 2 on bad usage: %j', async (argv, message) => {
    const { code, stderr } = await cli(argv);
    expect(code).toBe(2);
    expect(stderr).toMatch(message);
    expect(stderr).toContain('plumbline --help');
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('documents every command and flag in --help', async () => {
    const { code, stdout } = await cli(['--help']);
    expect(code).toBe(0);
    for (const word of ['check', '--format', 'text', 'json', 'github', '--as-of', '--debug'])
      expect(stdout).toContain(word);
  });
});
