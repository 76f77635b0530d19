import { describe, expect, it } from 'vitest';
import { smartChecks } from '../../../src/core/findings/smart-checks.ts';
import { analyzeFiles } from '../../helpers/analyze-files.ts';

describe('smartChecks', () => {
  it('says what each part of a SMART goal rests on', () => {
    const strategy = [
      'organization: Acme',
      'goals:',
      '  - { id: grow, title: Grow, statement: Reach $2M by 2026, kpis: [revenue], owner: Ana, priority: 1, deadline: 2026-12-31 }',
      'objectives:',
      '  - { id: grow-sales, title: Grow sales, perspective: financial, goals: [grow] }',
      '',
    ].join('\n');
    const { project } = analyzeFiles({ 'strategy.yaml': strategy });
    const checks = smartChecks(project, project.goalById.get('grow')!);
    expect(checks.map(({ part, ok, detail }) => ({ part, ok, detail }))).toEqual([
      { part: 'specific', ok: true, detail: 'has a `statement`' },
      { part: 'measurable', ok: true, detail: 'headline KPI `revenue`' },
      { part: 'achievable', ok: true, detail: 'owner Ana, priority 1' },
      { part: 'relevant', ok: true, detail: 'served by `grow-sales`' },
      { part: 'time-bound', ok: true, detail: 'deadline 2026-12-31' },
    ]);
  });

  it('treats a blank statement as missing', () => {
    const strategy = [
      'organization: Acme',
      'goals:',
      "  - { id: grow, title: Grow, statement: '  ', kpis: [revenue] }",
      '',
    ].join('\n');
    const { project } = analyzeFiles({
      'strategy.yaml': strategy,
      'metrics/revenue.yaml': 'name: Revenue\ndirection: up\nteam: acme\ncadence: monthly\n',
      'metrics/leads.yaml': 'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\n',
    });
    const [specific] = smartChecks(project, project.goalById.get('grow')!);
    expect(specific).toMatchObject({ part: 'specific', ok: false, detail: 'no `statement`' });
  });
});
