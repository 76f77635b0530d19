import { stringify } from 'yaml';
import { RULES, type RuleId } from '../../src/core/diagnostics/rules.ts';
import type { SourceFile } from '../../src/core/load/source-file.ts';

/** A small valid organisation as files; override any file by path. */
export function projectFiles(overrides: Record<string, string | null> = {}): SourceFile[] {
  const files: Record<string, string> = {
    'strategy.yaml': strategyYaml(),
    'teams.yaml': teamsYaml(),
    'metrics/revenue.yaml': metricYaml({
      name: 'Revenue',
      team: 'acme',
      objectives: ['grow-sales'],
    }),
    'metrics/revenue.csv': 'date,value,note\n2026-01,100,\n2026-02,110,\n',
    'metrics/leads.yaml': metricYaml({
      name: 'Leads',
      team: 'sales',
      objectives: ['grow-sales'],
      supports: [{ kpi: 'revenue' }],
    }),
    'metrics/leads.csv': 'date,value\n2026-01,10\n',
  };
  const merged = new Map(Object.entries(files));
  for (const [path, text] of Object.entries(overrides)) {
    if (text === null) merged.delete(path);
    else merged.set(path, text);
  }
  return [...merged].map(([path, text]) => ({ path, text }));
}

/** strategy.yaml text with one goal and one objective. */
export function strategyYaml(): string {
  return [
    'organization: Acme',
    'goals:',
    '  - id: grow',
    '    title: Grow',
    '    kpis: [revenue]',
    'objectives:',
    '  - id: grow-sales',
    '    title: Grow sales',
    '    perspective: financial',
    '    goals: [grow]',
    '',
  ].join('\n');
}

/** strategy.yaml text with a `policy:` line (a YAML flow map) right after the organisation. */
export function strategyWithPolicy(policy: string): string {
  return strategyYaml().replace('organization: Acme\n', `organization: Acme\npolicy: ${policy}\n`);
}

/** teams.yaml text: an enterprise and one function. */
export function teamsYaml(): string {
  return [
    '- { id: acme, name: Acme, level: enterprise }',
    '- { id: sales, name: Sales, level: function, parent: acme }',
    '',
  ].join('\n');
}

/** A KPI file with sensible defaults for the required fields. */
export function metricYaml(fields: Record<string, unknown>): string {
  return stringify({ name: 'A KPI', direction: 'up', team: 'acme', cadence: 'monthly', ...fields });
}

/** strategy.yaml of the test organisation with every guardrail off, so findings are the loader's alone. */
export function quietStrategyYaml(): string {
  const off = (Object.keys(RULES) as RuleId[])
    .filter((id) => RULES[id].kind === 'guardrail')
    .map((id) => `    ${id}: off\n`)
    .join('');
  return `${strategyYaml()}policy:\n  severity:\n${off}`;
}
