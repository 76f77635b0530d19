import { describe, expect, it } from 'vitest';
import {
  rollUpGoal,
  rollUpObjective,
  rollUpTeam,
  worstStatus,
  type RolledKpi,
} from '../../../src/core/analytics/roll-ups.ts';
import type { Status } from '../../../src/core/analytics/status.ts';

function kpi(id: string, status: Status, more: Partial<RolledKpi> = {}): RolledKpi {
  return { id, status, primary: false, team: 'web', sharedWith: [], objectives: ['grow'], ...more };
}

describe('roll-ups', () => {
  it('takes the worst status that has a plan, no-data only when the list is empty', () => {
    expect(worstStatus([])).toBe('no-data');
    expect(worstStatus(['no-data', 'no-target'])).toBe('no-target');
    expect(worstStatus(['no-target', 'on-track'])).toBe('on-track');
    expect(worstStatus(['on-track', 'off-track', 'at-risk'])).toBe('off-track');
  });

  it('rolls an objective up from its primary KPIs when it has some', () => {
    const active = [
      kpi('a', 'off-track'),
      kpi('b', 'on-track', { primary: true }),
      kpi('c', 'at-risk', { objectives: ['other'] }),
    ];
    expect(rollUpObjective('grow', active)).toEqual({ kpis: ['a', 'b'], status: 'on-track' });
    expect(rollUpObjective('other', active)).toEqual({ kpis: ['c'], status: 'at-risk' });
    expect(rollUpObjective('none', active)).toEqual({ kpis: [], status: 'no-data' });
  });

  it('rolls a goal up from its headline KPIs, else from its objectives', () => {
    expect(rollUpGoal([kpi('a', 'at-risk')], [{ status: 'off-track' }])).toBe('at-risk');
    expect(rollUpGoal([], [{ status: 'on-track' }, { status: 'off-track' }])).toBe('off-track');
  });

  it('counts a team’s own KPIs against the vital few and lists the shared ones', () => {
    const active = [
      kpi('a', 'on-track'),
      kpi('b', 'on-track'),
      kpi('c', 'on-track', { team: 'ops', sharedWith: ['web'] }),
    ];
    expect(rollUpTeam('web', active, [3, 7])).toEqual({
      kpis: ['a', 'b'],
      shared: ['c'],
      vitalFew: { min: 3, max: 7, count: 2, within: false },
    });
    expect(rollUpTeam('ops', active, [1, 1]).vitalFew.within).toBe(true);
  });
});
