import { describe, expect, it } from 'vitest';
import { RULES, type RuleId } from '../../../src/core/diagnostics/rules.ts';
import { GUARDRAILS, runGuardrails } from '../../../src/core/findings/run-guardrails.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';
import { strategyWithPolicy } from '../../helpers/project-files.ts';

describe('runGuardrails', () => {
  it('runs every rule and sorts the findings by file, line, column and rule', () => {
    // The default project: two KPIs with a stale reading each (leads.csv line 2, revenue.csv line
    // 3), no owner, target or trigger (top of each file); goal `grow` (line 3, id col 9) lacks
    // statement, owner, priority and deadline; one objective (`objectives:` on line 6) leaves 3
    // perspectives empty and the total under 8; financial has 1 objective (perspective on line
    // 9, col 18); both teams own one KPI (teams.yaml lines 1 and 2, id col 9).
    const found = runGuardrails(analyzeFiles());
    expect(where(found).map((d) => `${d.file}:${d.line}:${d.col} ${d.rule}`)).toEqual([
      'metrics/leads.csv:2:1 stale-data',
      'metrics/leads.yaml:1:1 owner-missing',
      'metrics/leads.yaml:1:1 target-missing',
      'metrics/leads.yaml:1:1 trigger-missing',
      'metrics/revenue.csv:3:1 stale-data',
      'metrics/revenue.yaml:1:1 owner-missing',
      'metrics/revenue.yaml:1:1 target-missing',
      'metrics/revenue.yaml:1:1 trigger-missing',
      'strategy.yaml:3:9 goal-not-smart',
      'strategy.yaml:6:1 objectives-total',
      'strategy.yaml:6:1 perspective-empty',
      'strategy.yaml:6:1 perspective-empty',
      'strategy.yaml:6:1 perspective-empty',
      'strategy.yaml:9:18 perspective-count',
      'teams.yaml:1:9 vital-few',
      'teams.yaml:2:9 vital-few',
    ]);
    expect(found.every((d) => d.severity === 'warning')).toBe(true);
  });

  it('applies policy.severity: raised to error, lowered to info, or off', () => {
    const found = runGuardrails(
      analyzeFiles({
        'strategy.yaml': strategyWithPolicy(
          '{ severity: { owner-missing: error, stale-data: info, perspective-empty: off, vital-few: off } }',
        ),
      }),
    );
    expect(where(found.filter((d) => d.rule === 'owner-missing'))).toEqual([
      { rule: 'owner-missing', severity: 'error', file: 'metrics/leads.yaml', line: 1, col: 1 },
      { rule: 'owner-missing', severity: 'error', file: 'metrics/revenue.yaml', line: 1, col: 1 },
    ]);
    expect(found.filter((d) => d.rule === 'stale-data').map((d) => d.severity)).toEqual([
      'info',
      'info',
    ]);
    const rules = new Set(found.map((d) => d.rule));
    expect(rules.has('perspective-empty')).toBe(false);
    expect(rules.has('vital-few')).toBe(false);
    expect(rules.has('goal-not-smart')).toBe(true);
  });

  it('has exactly one guardrail per guardrail rule of the catalogue', () => {
    const catalogue = (Object.keys(RULES) as RuleId[]).filter(
      (id) => RULES[id].kind === 'guardrail',
    );
    expect(Object.keys(GUARDRAILS).sort()).toEqual(catalogue.sort());
  });

  it('lets each guardrail report only under its own rule id', () => {
    const analysis = analyzeFiles();
    for (const [id, rule] of Object.entries(GUARDRAILS)) {
      for (const d of rule(analysis)) expect(d.rule).toBe(id);
    }
  });
});
