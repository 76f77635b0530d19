import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { projectFiles, strategyWithPolicy } from '../../helpers/project-files.ts';

const KPI = 'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\n'; // 4 lines

function found(overrides: Record<string, string>) {
  return loadProject(projectFiles(overrides)).diagnostics.map(
    ({ rule, file, line, col, message, hint }) => ({ rule, file, line, col, message, hint }),
  );
}

describe('plans that contradict themselves', () => {
  it('a warning threshold beyond the critical one, at the warning', () => {
    expect(
      found({ 'metrics/leads.yaml': `${KPI}thresholds:\n  warning: 15%\n  critical: 5%\n` }),
    ).toEqual([
      {
        rule: 'plan-contradiction',
        file: 'metrics/leads.yaml',
        line: 6,
        col: 12,
        message:
          'The warning threshold (15%) is beyond the critical one (5%), so the KPI would be off track before it is ever at risk.',
        hint: 'Make the warning the smaller gap, for example by swapping them: `thresholds: { warning: 5%, critical: 15% }`.',
      },
    ]);
  });

  it('absolute thresholds compare too; a percent and a number cannot be compared', () => {
    const abs = found({
      'metrics/leads.yaml': `${KPI}thresholds: { warning: 20, critical: 10 }\n`,
    });
    // `thresholds: { warning: ` is 23 characters: the 20 starts at column 24.
    expect(abs.map((d) => [d.rule, d.line, d.col])).toEqual([['plan-contradiction', 5, 24]]);
    expect(
      found({ 'metrics/leads.yaml': `${KPI}thresholds: { warning: 20, critical: 10% }\n` }),
    ).toEqual([]);
  });

  it('a target dated before its baseline, at the target date', () => {
    const text = `${KPI}baseline: { value: 1, date: 2026-06-30 }\ntarget: { value: 2, date: 2026-01-31 }\n`;
    expect(found({ 'metrics/leads.yaml': text })).toEqual([
      {
        rule: 'plan-contradiction',
        file: 'metrics/leads.yaml',
        line: 6,
        col: 27,
        message:
          'The target is dated 2026-01-31, before its baseline (2026-06-30), so there is no path from one to the other.',
        hint: 'Date the target after the baseline (or the baseline before the target).',
      },
    ]);
  });

  it('a milestone after the target, at the milestone date', () => {
    const text = `${KPI}target: { value: 2, date: 2026-06 }\nmilestones:\n  - { value: 1, date: 2026-03 }\n  - { value: 3, date: 2026-Q4 }\n`;
    expect(found({ 'metrics/leads.yaml': text })).toEqual([
      {
        rule: 'plan-contradiction',
        file: 'metrics/leads.yaml',
        line: 8,
        col: 23, // `  - { value: 3, date: ` is 22 characters
        message:
          'This milestone (2026-12-31) is after the target (2026-06-30); milestones are steps on the way to it.',
        hint: 'Date the milestone before the target, or move the target later.',
      },
    ]);
  });

  it('a vital_few range written [7, 5], at the range', () => {
    const strategy = strategyWithPolicy('{ vital_few: { team: [7, 5] } }');
    expect(found({ 'strategy.yaml': strategy })).toEqual([
      {
        rule: 'range-reversed',
        file: 'strategy.yaml',
        line: 2,
        col: 30,
        message: '`vital_few.team` is [7, 5]: its minimum is above its maximum, so no count fits.',
        hint: 'Write the range as [min, max]: [5, 7].',
      },
    ]);
  });
});
