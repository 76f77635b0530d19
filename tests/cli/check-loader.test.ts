import { describe, expect, it } from 'vitest';
import { cli } from '../helpers/cli.ts';
import { projectFiles, quietStrategyYaml } from '../helpers/project-files.ts';
import { cleanupsAfterEach, tempProject } from '../helpers/temp-project.ts';

const defer = cleanupsAfterEach();

const QUIET_STRATEGY = quietStrategyYaml();

const KPI = 'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\n';

/** Each case of issue 14 through `check`: the files changed, then [rule, file, line, col]. */
const CASES: [string, Record<string, string | null>, [string, string, number, number][]][] = [
  [
    'a KPI file saved twice, .yaml and .yml',
    { 'metrics/leads.yml': KPI },
    [
      ['file-duplicate', 'metrics/leads.yaml', 1, 1],
      ['file-duplicate', 'metrics/leads.yml', 1, 1],
    ],
  ],
  [
    'Strategy.yaml with a capital',
    { 'strategy.yaml': null, 'Strategy.yaml': QUIET_STRATEGY },
    [['file-misnamed', 'Strategy.yaml', 1, 1]],
  ],
  [
    'a thousands comma typed in a comma CSV',
    { 'metrics/leads.csv': 'date,value,note\n2026-11-02,360,210\n' },
    [['csv-ambiguous', 'metrics/leads.csv', 2, 12]],
  ],
  [
    'a custom tag',
    { 'metrics/leads.yaml': `${KPI}description: !include leads.md\n` },
    [['yaml-tag', 'metrics/leads.yaml', 5, 14]],
  ],
  [
    'an unclosed brace on line 5',
    { 'metrics/leads.yaml': `${KPI}thresholds: { warning: 5%, critical: 10%\nowner: Lee\n` },
    [['yaml-syntax', 'metrics/leads.yaml', 5, 13]],
  ],
  [
    'a stray brace in teams.yaml: one error, none in the KPI files',
    { 'teams.yaml': '- { id: acme, name: Acme, level: enterprise }}\n' },
    [['yaml-syntax', 'teams.yaml', 1, 46]],
  ],
];

describe('plumbline check on the cases of issue 14', () => {
  for (const [what, overrides, expected] of CASES) {
    it(`${what}: exit 1, one error per mistake, at its place`, async () => {
      const t = await tempProject(projectFiles({ 'strategy.yaml': QUIET_STRATEGY, ...overrides }));
      defer(t.cleanup);
      const { code, stdout } = await cli(['check', t.dir, '--format', 'json']);
      const { findings } = JSON.parse(stdout) as {
        findings: { rule: string; file: string; line: number; col: number }[];
      };
      expect(findings.map((f) => [f.rule, f.file, f.line, f.col])).toEqual(expected);
      expect(code).toBe(1);
    });
  }
});
