import { describe, expect, it } from 'vitest';
import { planCharts } from '../../src/publish/plan-charts.ts';
import { example } from './example.ts';

/** The chart content keys of the example, with its files edited by `edit`. */
async function keys(edit?: (path: string, text: string) => string, salt = 'code-1') {
  return planCharts(await example(edit), salt).charts;
}

const base = await keys();
/** A new value for the latest reading of qualified-leads (the example's last row). */
const newLatest = (p: string, t: string) =>
  p === 'metrics/qualified-leads.csv' ? t.replace(/\n2026-11-16,\d+,\n$/, '\n2026-11-16,95,\n') : t;

describe('chart content keys', () => {
  it('are the same for the same files and code, and change with the code', async () => {
    expect(await keys()).toEqual(base);
    expect(Object.values(base).every((k) => /^[0-9a-f]{64}$/.test(k))).toBe(true);
    const other = await keys(undefined, 'code-2');
    for (const name of Object.keys(base)) expect(other[name]).not.toBe(base[name]);
  });

  it('change for the charts drawn from a changed reading, and only for those', async () => {
    const after = await keys(newLatest);
    const changed = Object.keys(base).filter((name) => after[name] !== base[name]);
    expect(changed).toContain('kpi/qualified-leads');
    expect(changed).toContain('kpi-narrow/qualified-leads');
    // Every other changed chart is a lead/lag pair with qualified-leads on one side.
    for (const name of changed.filter(
      (n) => !n.endsWith('/qualified-leads') || n.startsWith('leadlag'),
    ))
      expect(name).toMatch(/^leadlag(-narrow)?\/(qualified-leads\/|[^/]+\/qualified-leads$)/);
    expect(changed.length).toBeLessThan(Object.keys(base).length / 4);
  });

  it('draw wide and narrow charts of one KPI under different keys', () => {
    expect(base['kpi/qualified-leads']).not.toBe(base['kpi-narrow/qualified-leads']);
    expect(new Set(Object.values(base)).size).toBe(Object.keys(base).length);
  });
});
