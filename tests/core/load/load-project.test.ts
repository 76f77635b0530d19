import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

/** The fields tests assert: rule and position, not the prose. */
function where(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map(({ rule, file, line, col }) => ({ rule, file, line, col }));
}

function load(overrides: Record<string, string | null>) {
  return loadProject(projectFiles(overrides));
}

describe('loadProject', () => {
  it('loads a valid folder with no diagnostics and fills defaults', () => {
    const { project, diagnostics } = load({});
    expect(diagnostics).toEqual([]);
    expect(project.kpis.map((k) => k.id)).toEqual(['leads', 'revenue']);
    const revenue = project.kpiById.get('revenue')!;
    expect(revenue.def.aggregate).toBe('last');
    expect(revenue.def.status).toBe('active');
    expect(revenue.readings.length).toBe(2);
    expect(project.strategy.policy.stale_after_periods).toBe(2);
    expect(project.strategy.policy.response_days).toBe(14);
    expect(project.strategy.policy.primary_per_owner).toBe(3);
  });

  it('reports invalid YAML syntax at its line and column', () => {
    const { diagnostics } = load({
      'metrics/leads.yaml': 'name: Leads\ndirection: [up\nteam: sales\n',
    });
    // At the `[` never closed (line 2, column 12), not where the parser gave up (line 3).
    expect(where(diagnostics)[0]).toMatchObject({
      rule: 'yaml-syntax',
      file: 'metrics/leads.yaml',
      line: 2,
      col: 12,
    });
  });

  it('reports a duplicate key as a syntax error', () => {
    const { diagnostics } = load({
      'metrics/leads.yaml':
        'name: Leads\nname: Again\ndirection: up\nteam: sales\ncadence: monthly\n',
    });
    expect(where(diagnostics)).toEqual([
      { rule: 'yaml-syntax', file: 'metrics/leads.yaml', line: 2, col: 1 },
    ]);
  });

  it('reports a wrong type at the value', () => {
    const strategy =
      'organization: Acme\ngoals:\n  - id: grow\n    title: Grow\n    priority: high\n';
    const { diagnostics } = load({
      'strategy.yaml': strategy,
      'metrics/revenue.yaml': metricYaml({ name: 'Revenue' }),
    });
    expect(where(diagnostics)).toContainEqual({
      rule: 'schema-type',
      file: 'strategy.yaml',
      line: 5,
      col: 15,
    });
    const d = diagnostics.find((x) => x.rule === 'schema-type')!;
    expect(d.message).toBe('`goals[0].priority` must be a whole number — got `high`.');
  });

  it('reports an unknown key at the key, suggesting the field it resembles', () => {
    const text = 'name: Leads\ndirection: up\nteam: sales\ncadense: monthly\n';
    const { diagnostics } = load({ 'metrics/leads.yaml': text });
    const unknown = diagnostics.filter((d) => d.rule === 'schema-unknown-key');
    expect(where(unknown)).toEqual([
      { rule: 'schema-unknown-key', file: 'metrics/leads.yaml', line: 4, col: 1 },
    ]);
    expect(unknown[0]!.message).toBe(
      '`cadense` is not a field of a KPI file. Did you mean `cadence`?',
    );
  });

  it('reports a missing required field at the block that lacks it', () => {
    const { diagnostics } = load({
      'metrics/leads.yaml': 'name: Leads\nteam: sales\ncadence: weekly\n',
    });
    expect(where(diagnostics)).toEqual([
      { rule: 'schema-missing', file: 'metrics/leads.yaml', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.message).toBe('`direction` is required of a KPI file but is missing.');
  });

  it('reports a value outside an enum with a did-you-mean', () => {
    const { diagnostics } = load({
      'metrics/leads.yaml': 'name: Leads\ndirection: up\nteam: sales\ncadence: montly\n',
    });
    expect(where(diagnostics)).toEqual([
      { rule: 'schema-value', file: 'metrics/leads.yaml', line: 4, col: 10 },
    ]);
    expect(diagnostics[0]!.message).toBe(
      '`cadence` must be one of daily, weekly, monthly, quarterly, yearly — got `montly`. Did you mean `monthly`?',
    );
  });

  it('reports an invalid date in YAML', () => {
    const text = metricYaml({ target: { value: 3, date: '2026-02-30' } });
    const { diagnostics } = load({ 'metrics/leads.yaml': text });
    expect(diagnostics.map((d) => d.rule)).toEqual(['schema-value']);
    expect(diagnostics[0]!.message).toBe('`target.date` must be a date — got `2026-02-30`.');
  });

  it('reports an unknown id with a suggestion', () => {
    const text =
      'name: Leads\ndirection: up\nteam: sales\ncadence: monthly\nobjectives: [grow-sale]\n';
    const { diagnostics } = load({ 'metrics/leads.yaml': text });
    expect(where(diagnostics)).toEqual([
      { rule: 'ref-unknown', file: 'metrics/leads.yaml', line: 5, col: 14 },
    ]);
    expect(diagnostics[0]!.message).toBe(
      '`objectives` names `grow-sale`, which is not an objective. Did you mean `grow-sales`?',
    );
  });

  it('reports a duplicate id where it is used the second time', () => {
    const strategy =
      'organization: Acme\ngoals:\n  - id: grow\n    title: Grow\n  - id: grow\n    title: Again\n';
    const { diagnostics } = load({ 'strategy.yaml': strategy });
    expect(where(diagnostics.filter((d) => d.rule === 'id-duplicate'))).toEqual([
      { rule: 'id-duplicate', file: 'strategy.yaml', line: 5, col: 9 },
    ]);
    expect(diagnostics.find((d) => d.rule === 'id-duplicate')!.message).toBe(
      'The goal id `grow` is used twice (first on line 3).',
    );
  });

  it('spells out a cycle of drives links', () => {
    const { diagnostics } = load({
      'metrics/a.yaml': metricYaml({ drives: [{ kpi: 'b' }] }),
      'metrics/b.yaml': metricYaml({ drives: [{ kpi: 'c' }] }),
      'metrics/c.yaml': metricYaml({ drives: [{ kpi: 'a' }] }),
    });
    const cycles = diagnostics.filter((d) => d.rule === 'cycle-drives');
    expect(cycles).toHaveLength(1);
    expect(cycles[0]!.message).toBe('These KPIs drive each other in a circle: a → b → c → a.');
    expect(cycles[0]!.file).toBe('metrics/a.yaml');
  });

  it('spells out a cycle of supports links', () => {
    const { diagnostics } = load({
      'metrics/revenue.yaml': metricYaml({ supports: [{ kpi: 'leads' }] }),
    });
    const cycle = diagnostics.find((d) => d.rule === 'cycle-supports')!;
    expect(cycle.message).toBe(
      'These KPIs support each other in a circle: leads → revenue → leads.',
    );
  });

  it('reports a supports link that does not go one level up', () => {
    const { diagnostics } = load({ 'metrics/revenue.yaml': metricYaml({ team: 'sales' }) });
    // `  - kpi: revenue` is line 8; the value starts after 9 characters.
    expect(where(diagnostics)).toEqual([
      { rule: 'ref-level', file: 'metrics/leads.yaml', line: 8, col: 10 },
    ]);
  });

  it('reports a team under a parent of the wrong level, and a missing parent', () => {
    const teams =
      '- { id: acme, name: Acme, level: enterprise }\n- { id: sales, name: Sales, level: team, parent: acme }\n- { id: ops, name: Ops, level: function }\n';
    const { diagnostics } = load({ 'teams.yaml': teams });
    expect(where(diagnostics.filter((d) => d.rule === 'team-level'))).toEqual([
      // `acme` starts at column 50 of `- { id: sales, name: Sales, level: team, parent: acme }`.
      { rule: 'team-level', file: 'teams.yaml', line: 2, col: 50 },
      { rule: 'team-level', file: 'teams.yaml', line: 3, col: 3 },
    ]);
  });

  it('reports an empty file', () => {
    const { diagnostics } = load({ 'metrics/leads.yaml': '# nothing here yet\n' });
    expect(where(diagnostics)).toEqual([
      { rule: 'file-empty', file: 'metrics/leads.yaml', line: 1, col: 1 },
    ]);
  });

  it('refuses a YAML alias bomb without expanding it', () => {
    const bomb = ['a: &a [x, x, x, x, x, x, x, x, x, x]'];
    for (let i = 0; i < 9; i++)
      bomb.push(
        `${String.fromCharCode(98 + i)}: &${String.fromCharCode(98 + i)} [${Array(10)
          .fill(`*${String.fromCharCode(97 + i)}`)
          .join(', ')}]`,
      );
    const { diagnostics } = load({ 'metrics/leads.yaml': `${bomb.join('\n')}\n` });
    expect(where(diagnostics)).toEqual([
      { rule: 'yaml-syntax', file: 'metrics/leads.yaml', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.message).toMatch(/aliases/);
  });

  it('reports files that could not be read as text', () => {
    const files = projectFiles();
    files.push({
      path: 'metrics/x.csv',
      problem: 'encoding',
      detail: 'a byte here is not UTF-8',
      line: 3,
      col: 7,
    });
    const { diagnostics } = loadProject(files);
    expect(where(diagnostics)).toEqual([
      { rule: 'file-encoding', file: 'metrics/x.csv', line: 3, col: 7 },
    ]);
  });

  it('reports missing strategy.yaml and teams.yaml', () => {
    const { diagnostics } = load({ 'strategy.yaml': null, 'teams.yaml': null });
    expect(where(diagnostics)).toEqual([
      { rule: 'file-missing', file: 'strategy.yaml', line: 1, col: 1 },
      { rule: 'file-missing', file: 'teams.yaml', line: 1, col: 1 },
    ]);
  });

  it('reports CSV errors through the loader with their lines', () => {
    const csv = 'date,value,note\n2026-01,100,\n2026-13,5,\n2026-02,abc,\n2026-01,7,\n';
    const { diagnostics } = load({ 'metrics/revenue.csv': csv });
    expect(where(diagnostics)).toEqual([
      { rule: 'csv-date', file: 'metrics/revenue.csv', line: 3, col: 1 },
      { rule: 'csv-number', file: 'metrics/revenue.csv', line: 4, col: 9 },
      { rule: 'csv-duplicate-date', file: 'metrics/revenue.csv', line: 5, col: 1 },
    ]);
  });

  it('reports a wrong CSV header', () => {
    const { diagnostics } = load({ 'metrics/revenue.csv': 'day,value\n2026-01,1\n' });
    expect(where(diagnostics)).toEqual([
      { rule: 'csv-header', file: 'metrics/revenue.csv', line: 1, col: 1 },
    ]);
  });

  it('reports a reading coarser than the cadence', () => {
    const { diagnostics } = load({ 'metrics/revenue.csv': 'date,value\n2026-01,1\n2026-Q2,5\n' });
    expect(where(diagnostics)).toEqual([
      { rule: 'csv-coarse-date', file: 'metrics/revenue.csv', line: 3, col: 1 },
    ]);
  });

  it('warns about readings that belong to no KPI', () => {
    const { diagnostics } = load({ 'metrics/orphan.csv': 'date,value\n' });
    expect(where(diagnostics)).toEqual([
      { rule: 'file-unexpected', file: 'metrics/orphan.csv', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.severity).toBe('warning');
  });

  it('notes a KPI without a readings file', () => {
    const { project, diagnostics } = load({ 'metrics/leads.csv': null });
    expect(where(diagnostics)).toEqual([
      { rule: 'csv-missing', file: 'metrics/leads.yaml', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.severity).toBe('info');
    expect(project.kpiById.get('leads')!.readings.length).toBe(0);
  });

  it('rejects a KPI file name that is not kebab-case', () => {
    const { diagnostics } = load({
      'metrics/Net_Revenue.yaml': metricYaml({}),
      'metrics/Net_Revenue.csv': 'date,value\n',
    });
    expect(where(diagnostics)).toEqual([
      { rule: 'id-format', file: 'metrics/Net_Revenue.yaml', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.hint).toContain('metrics/net-revenue.yaml');
  });

  it('collects every problem of every file in one pass', () => {
    const { diagnostics } = load({
      'metrics/leads.yaml':
        'name: Leads\ndirection: sideways\nteam: sales\ncadence: monthly\ncolour: red\n',
      'metrics/revenue.csv': 'date,value\nyesterday,1\n',
      'teams.yaml':
        '- { id: acme, name: Acme, level: enterprise }\n- { id: acme, name: Again, level: enterprise }\n',
      'journal/q1.yaml': 'date: 2026-03-31\ndecisions:\n  - { kpi: revenu, decision: keep }\n',
    });
    expect(new Set(diagnostics.map((d) => d.rule))).toEqual(
      new Set(['schema-value', 'schema-unknown-key', 'csv-date', 'id-duplicate', 'ref-unknown']),
    );
  });

  it('rejects a policy.severity key that names no rule, suggesting the closest', () => {
    const strategy = 'organization: Acme\npolicy:\n  severity:\n    owner-mising: off\n';
    const { diagnostics } = load({ 'strategy.yaml': strategy });
    const typo = diagnostics.filter((d) => d.message.includes('owner-mising'));
    expect(where(typo)).toEqual([{ rule: 'schema-value', file: 'strategy.yaml', line: 4, col: 5 }]);
    expect(typo[0]!.message).toBe(
      '`owner-mising` is not a rule, so its severity changes nothing. Did you mean `owner-missing`?',
    );
  });

  it('asks to rename strategy.yml to strategy.yaml', () => {
    const files = projectFiles({ 'strategy.yaml': null });
    files.push({ path: 'strategy.yml', text: 'organization: A\n' });
    const { diagnostics } = loadProject(files);
    // One error for one mistake: the misnamed file, not also "there is no strategy.yaml".
    expect(where(diagnostics)).toEqual([
      { rule: 'file-misnamed', file: 'strategy.yml', line: 1, col: 1 },
    ]);
  });

  it('reads unicode names and notes', () => {
    const { project, diagnostics } = load({
      'metrics/revenue.yaml': metricYaml({ name: 'Umsatz — Größe 📈', objectives: ['grow-sales'] }),
      'metrics/revenue.csv': 'date,value,note\n2026-01,1,"Über, ünïcödé 🎉"\n',
    });
    expect(diagnostics).toEqual([]);
    const revenue = project.kpiById.get('revenue')!;
    expect(revenue.def.name).toBe('Umsatz — Größe 📈');
    expect(revenue.readings.notes.get(0)).toBe('Über, ünïcödé 🎉');
  });
});
