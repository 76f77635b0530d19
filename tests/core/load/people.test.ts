import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { codeownersBlock } from '../../../src/core/scaffold/codeowners-block.ts';
import { personUnlisted } from '../../../src/core/findings/person-unlisted.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

const load = (people: string, extra: Record<string, string> = {}) =>
  loadProject(projectFiles({ 'people.yaml': people, ...extra }));

describe('people.yaml', () => {
  it('loads names, GitHub logins and e-mail addresses', () => {
    const { project, diagnostics } = load(
      '- { name: Lee Wong, github: leewong, email: lee@example.com }\n- name: Ana Silva\n  github: ana-s1\n',
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
    expect(project.people).toEqual([
      { name: 'Lee Wong', github: 'leewong', email: 'lee@example.com' },
      { name: 'Ana Silva', github: 'ana-s1' },
    ]);
  });

  it('is null without the file, so nothing asks for it', () => {
    expect(loadProject(projectFiles()).project.people).toBeNull();
  });

  it.each([
    ['@leewong', 'an @'],
    ['-lee', 'a leading hyphen'],
    ['lee-', 'a trailing hyphen'],
    ['lee--wong', 'a double hyphen'],
    ['lee_wong', 'an underscore'],
    ['a'.repeat(40), '40 characters'],
  ])('rejects the login %s (%s) at its value', (login) => {
    const { diagnostics } = load(`- name: Lee Wong\n  github: '${login}'\n`);
    expect(where(diagnostics.filter((d) => d.severity === 'error'))).toEqual([
      { rule: 'schema-value', severity: 'error', file: 'people.yaml', line: 2, col: 11 },
    ]);
    expect(diagnostics[0]!.message).toContain('must be a GitHub login without `@`');
  });

  it('accepts a 39-character login and a one-letter one', () => {
    const { diagnostics } = load(
      `- { name: A, github: ${'a'.repeat(39)} }\n- { name: B, github: b }\n`,
    );
    expect(diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  });

  it('rejects a bad e-mail address and an unknown field', () => {
    const { diagnostics } = load('- { name: Lee, email: not-an-address, slack: lee }\n');
    expect(where(diagnostics)).toEqual([
      { rule: 'schema-value', severity: 'error', file: 'people.yaml', line: 1, col: 23 },
      { rule: 'schema-unknown-key', severity: 'error', file: 'people.yaml', line: 1, col: 39 },
    ]);
    expect(diagnostics[0]!.message).toContain('must be an e-mail address');
  });

  it('rejects one name listed twice (case and spaces ignored), pointing at the second', () => {
    const { diagnostics } = load(
      '- { name: Lee Wong, github: leewong }\n- { name: Ana Silva }\n- { name: " lee  WONG" }\n',
    );
    expect(where(diagnostics.filter((d) => d.rule === 'person-duplicate'))).toEqual([
      { rule: 'person-duplicate', severity: 'error', file: 'people.yaml', line: 3, col: 11 },
    ]);
    expect(diagnostics[0]!.message).toContain('first on line 1');
  });

  it('asks for people.yaml when it is named people.yml', () => {
    const { diagnostics, project } = loadProject(
      projectFiles({ 'people.yml': '- { name: Lee Wong }\n' }),
    );
    expect(where(diagnostics)).toEqual([
      { rule: 'file-misnamed', severity: 'error', file: 'people.yml', line: 1, col: 1 },
    ]);
    expect(diagnostics[0]!.hint).toBe('Rename the file to `people.yaml`.');
    expect(project.people).toBeNull();
  });

  it('is a list: a map at the top is a type error', () => {
    const { diagnostics } = load('name: Lee\n');
    expect(diagnostics.map((d) => d.rule)).toEqual(['schema-type']);
  });
});

describe('person-unlisted', () => {
  const files = (people: string | null) => ({
    'people.yaml': people,
    'teams.yaml':
      '- { id: acme, name: Acme, level: enterprise, lead: Ana Silva }\n- { id: sales, name: Sales, level: function, parent: acme, lead: Raj }\n',
    'metrics/leads.yaml': metricYaml({
      name: 'Leads',
      team: 'sales',
      objectives: ['grow-sales'],
      owner: 'Lee Wong',
      triggers: [{ when: { below: 5, periods: 1 }, action: 'Call', owner: 'Zoë 張' }],
    }),
    'journal/2026-02-10.yaml':
      'date: 2026-02-10\nactions:\n  - { kpi: leads, date: 2026-02-10, action: Called, owner: Raj }\n  - { kpi: leads, date: 2026-02-11, action: Called, owner: Kim }\n',
  });

  it('reports each unlisted name once, at the first place naming it, as info', () => {
    const found = personUnlisted(analyzeFiles(files('- { name: ana silva }\n')));
    // metricYaml writes name, direction, team, cadence, objectives (2 lines), owner (line 7),
    // triggers (line 8: when 9-11, action 12, owner 13). Raj (teams.yaml line 2) first, then
    // Lee Wong and Zoë 張 in leads.yaml, then Kim in the
    // journal; Raj's journal action is not reported again.
    expect(found.map((d) => [d.file, d.line, d.message.split(' (')[0]])).toEqual([
      ['teams.yaml', 2, 'Raj'],
      ['metrics/leads.yaml', 7, 'Lee Wong'],
      ['metrics/leads.yaml', 13, 'Zoë 張'],
      ['journal/2026-02-10.yaml', 4, 'Kim'],
    ]);
    expect(found.every((d) => d.severity === 'info')).toBe(true);
    expect(found[0]!.hint).toBe(
      'Add `- { name: Raj, github: <their GitHub login> }` to people.yaml.',
    );
  });

  it('says nothing without people.yaml', () => {
    expect(personUnlisted(analyzeFiles(files(null)))).toEqual([]);
  });
});

describe('codeowners with people.yaml', () => {
  it("uses a team's lead's login where the team has no github:, before its parent's", () => {
    const { project } = loadProject(
      projectFiles({
        'teams.yaml':
          "- { id: acme, name: Acme, level: enterprise, github: '@acme/leads', lead: Ana }\n- { id: sales, name: Sales, level: function, parent: acme, lead: Raj Patel }\n",
        'people.yaml': '- { name: Raj Patel, github: rajp }\n- { name: Ana, github: ana }\n',
      }),
    );
    const lines = codeownersBlock(project, 'kpis').split('\n');
    // acme has its own team handle (not Ana's); sales has none, so its lead Raj's.
    expect(lines).toContain('/kpis/metrics/leads.yaml @rajp');
    expect(lines).toContain('/kpis/metrics/revenue.yaml @acme/leads');
  });
});
