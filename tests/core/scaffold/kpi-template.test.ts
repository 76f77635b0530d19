import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { metricSchema } from '../../../src/core/schema/metric.ts';
import {
  kpiTemplate,
  READINGS_HEADER,
  type KpiTemplateInput,
} from '../../../src/core/scaffold/kpi-template.ts';
import { projectFiles } from '../../helpers/project-files.ts';

const BASE: KpiTemplateInput = {
  id: 'win-rate',
  name: 'Win rate',
  team: 'sales',
  cadence: 'monthly',
  direction: 'up',
  kind: 'lagging',
  unit: 'percent',
  aggregate: 'last',
  objectives: ['grow-sales'],
  sharedWith: [],
  today: '2026-11-24',
  schemaDir: '../schemas',
};

/** Loads the project of tests/helpers with this KPI added; returns its errors and record. */
function load(text: string) {
  const { project, diagnostics } = loadProject(
    projectFiles({ 'metrics/win-rate.yaml': text, 'metrics/win-rate.csv': `${READINGS_HEADER}\n` }),
  );
  return {
    errors: diagnostics.filter((d) => d.severity === 'error'),
    kpi: project.kpiById.get('win-rate'),
  };
}

describe('kpiTemplate', () => {
  it('writes every field of the KPI format, set or commented out', () => {
    const text = kpiTemplate(BASE);
    const fields = Object.keys(metricSchema.shape).filter((k) => k !== '$schema');
    expect(fields.length).toBeGreaterThan(25);
    for (const field of fields) expect(text).toMatch(new RegExp(`^(# )?${field}:`, 'm'));
    // Those without a value yet are commented out, not written empty (they would be invalid).
    for (const field of ['owner', 'baseline', 'target', 'audit', 'horizon', 'retired', 'source'])
      expect(text).toMatch(new RegExp(`^# ${field}: `, 'm'));
  });

  it('starts with the $schema line one folder further down', () => {
    expect(kpiTemplate(BASE).split('\n')[0]).toBe(
      '# yaml-language-server: $schema=../../schemas/metric.json',
    );
  });

  it('loads without errors, with the values given', () => {
    const { errors, kpi } = load(
      kpiTemplate({ ...BASE, owner: 'Lee Wong', sharedWith: ['acme'], cadence: 'weekly' }),
    );
    expect(errors).toEqual([]);
    expect(kpi?.def).toMatchObject({
      name: 'Win rate',
      team: 'sales',
      shared_with: ['acme'],
      owner: 'Lee Wong',
      cadence: 'weekly',
      direction: 'up',
      kind: 'lagging',
      unit: 'percent',
      aggregate: 'last',
      objectives: ['grow-sales'],
      status: 'active',
      primary: false,
      triggers: [],
      introduced: parseDay('2026-11-24'),
      thresholds: {
        warning: { kind: 'percent', value: 0.05 },
        critical: { kind: 'percent', value: 0.1 },
      },
    });
    expect(kpi?.def.owner).toBe('Lee Wong');
    expect(kpi?.def.target).toBeUndefined();
  });

  it('quotes names YAML would read as something else', () => {
    const { errors, kpi } = load(kpiTemplate({ ...BASE, name: 'true', owner: 'Lee # Wong' }));
    expect(errors).toEqual([]);
    expect(kpi?.def.name).toBe('true');
    expect(kpi?.def.owner).toBe('Lee # Wong');
  });

  it('writes a plan and triggers when given them', () => {
    const text = kpiTemplate({
      ...BASE,
      baseline: { value: 20, date: '2026-08' },
      milestones: [{ value: 25, date: '2027-06-30' }],
      target: { value: 30, date: '2027-12-31' },
      triggers: [{ when: '{ below: 15, periods: 2 }', meaning: 'low', action: 'Call Lee' }],
      audit: 'outcome',
      horizon: 'long',
      primary: true,
    });
    const { errors, kpi } = load(text);
    expect(errors).toEqual([]);
    expect(kpi?.def).toMatchObject({
      baseline: { value: 20, date: parseDay('2026-08-31') },
      milestones: [{ value: 25, date: parseDay('2027-06-30') }],
      target: { value: 30, date: parseDay('2027-12-31') },
      triggers: [{ when: { below: 15, periods: 2 }, action: 'Call Lee' }],
      audit: 'outcome',
      horizon: 'long',
      primary: true,
    });
  });

  it('has examples that are valid once uncommented', () => {
    const uncommented = kpiTemplate(BASE)
      .replace('triggers: []', 'triggers:')
      .replace(/^# (owner|baseline|target|audit|horizon|review|source): /gm, '$1: ')
      .replace(/^# {3}( *)(- when|action)/gm, '  $1$2');
    const { errors, kpi } = load(uncommented);
    expect(errors).toEqual([]);
    expect(kpi?.def.triggers).toHaveLength(2);
    expect(kpi?.def.target).toEqual({ value: 150, date: parseDay('2027-12-31') });
    expect(kpi?.def.source?.system).toBe('Your CRM');
  });
});
