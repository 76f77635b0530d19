import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { buildLargeOrganization } from '../../scripts/lib/large-org.ts';
import { writeOrganization } from '../../scripts/lib/write-org.ts';
import { CADENCES, parseDay } from '../../src/core/period/period.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { readProject } from '../../src/io/read-project.ts';

describe('gen-large', () => {
  it.each([
    [1, 1, 'daily'],
    [7, 2, 'daily'],
    [60, 2, 'weekly'],
    [45, 3, 'monthly'],
    [30, 4, 'quarterly'],
    [12, 6, 'yearly'],
  ] as const)(
    'writes a valid organisation of %i KPIs over %i years (%s)',
    async (kpis, years, cadence) => {
      const dir = mkdtempSync(join(tmpdir(), 'plumbline-large-'));
      try {
        const large = buildLargeOrganization({ kpis, years, seed: 7, cadence, end: '2026-11-20' });
        const report = writeOrganization(dir, large);
        // Read back through the real loader and model, as `plumbline check` would.
        const { diagnostics, model, project } = computeProject(
          await readProject(dir),
          parseDay('2026-11-24')!,
        );
        expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
        expect(model.kpis).toHaveLength(kpis);
        expect(report.rows).toBe(large.rows);
        expect(new Set(model.teams.map((t) => t.levelName))).toEqual(
          new Set(['enterprise', 'function', 'team']),
        );
        expect(new Set(model.objectives.map((o) => o.perspective)).size).toBe(4);
        expect(project.journal.length).toBe(large.org.journal.length);
        const lastDays = model.kpis.map((k) => parseDay(k.readings.last!)!);
        expect(Math.max(...lastDays)).toBeLessThanOrEqual(parseDay('2026-11-20')!);
      } finally {
        rmSync(dir, { recursive: true, force: true });
      }
    },
  );

  it('sizes the team tree to the KPI count and keeps the vital few per level', () => {
    const { org } = buildLargeOrganization({
      kpis: 1000,
      years: 1,
      seed: 1,
      cadence: 'monthly',
      end: '2026-11-20',
    });
    const level = new Map(org.teams.map((t) => [t.id, t.level]));
    const perTeam = new Map<string, number>();
    for (const m of org.metrics) perTeam.set(m.team, (perTeam.get(m.team) ?? 0) + 1);
    expect(perTeam.get('hq')).toBe(6);
    for (const [team, n] of perTeam) {
      if (level.get(team) === 'function') expect(n).toBe(5);
      if (level.get(team) === 'team') expect(n).toBeGreaterThanOrEqual(3);
    }
    expect(org.metrics.some((m) => Array.isArray(m.drives) && m.drives.length > 0)).toBe(true);
  });

  it('is deterministic for a seed', () => {
    const options = {
      kpis: 20,
      years: 1,
      seed: 3,
      cadence: CADENCES[0],
      end: '2026-11-20',
    } as const;
    const a = buildLargeOrganization(options);
    const b = buildLargeOrganization(options);
    expect(a.csv('kpi-13').text).toBe(b.csv('kpi-13').text);
    expect(a.org.metrics).toEqual(b.org.metrics);
  });
});
