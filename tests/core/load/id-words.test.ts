import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { lookAlikeWords, skeleton } from '../../../src/core/load/look-alikes.ts';
import { hasText } from '../../../src/core/load/source-file.ts';
import { metricYaml, projectFiles } from '../../helpers/project-files.ts';

function found(files: ReturnType<typeof projectFiles>) {
  return loadProject(files).diagnostics.map(({ rule, file, line, col, message, hint }) => ({
    rule,
    file,
    line,
    col,
    message,
    hint,
  }));
}

describe('ids suggested from names', () => {
  it('`team: Inside Sales` is told the id of the team of that name', () => {
    const teams =
      '- { id: acme, name: Acme, level: enterprise }\n- { id: sales, name: Inside Sales, level: function, parent: acme }\n';
    // metricYaml writes `team: Inside Sales` on line 4 (name, direction, team, cadence…).
    const kpi = 'name: Leads\ndirection: up\ncadence: monthly\nteam: Inside Sales\n';
    expect(found(projectFiles({ 'teams.yaml': teams, 'metrics/leads.yaml': kpi }))).toEqual([
      {
        rule: 'schema-value',
        file: 'metrics/leads.yaml',
        line: 4,
        col: 7,
        message: '`team` takes an id, and `Inside Sales` is the name of team `sales`.',
        hint: 'Write its id: `team: sales`.',
      },
    ]);
  });

  it('an objective title in a list is told the objective id', () => {
    const kpi = metricYaml({ name: 'Leads', team: 'sales', objectives: ['Grow sales'] });
    expect(
      found(projectFiles({ 'metrics/leads.yaml': kpi })).map((d) => [d.message, d.hint]),
    ).toEqual([
      [
        '`objectives[0]` takes an id, and `Grow sales` is the name of objective `grow-sales`.',
        'Write its id: `grow-sales`.',
      ],
    ]);
  });

  it('a team’s parent written as a name in teams.yaml itself', () => {
    const teams =
      '- { id: acme, name: Acme Inc, level: enterprise }\n- { id: sales, name: Sales, level: function, parent: Acme Inc }\n';
    expect(
      found(projectFiles({ 'teams.yaml': teams })).map((d) => [d.file, d.line, d.message]),
    ).toEqual([
      ['teams.yaml', 2, '`[1].parent` takes an id, and `Acme Inc` is the name of team `acme`.'],
    ]);
  });
});

describe('look-alike characters', () => {
  it('names the script and code point, and gives the plain text', () => {
    expect(lookAlikeWords('оrders')).toBe(
      'the `о` in `оrders` is Cyrillic U+043E, not the Latin letter `o`',
    );
    expect(lookAlikeWords('grοw')).toBe(
      'the `ο` in `grοw` is Greek U+03BF, not the Latin letter `o`',
    );
    expect(lookAlikeWords('a\u200bb')).toBe('`a<U+200B>b` holds an invisible character (U+200B)');
    expect(lookAlikeWords('orders')).toBeNull();
    expect(skeleton('оrders')).toBe('orders');
  });

  it('a KPI file named with a Cyrillic о: one error naming it, no rename to `rders`, no unknown references', () => {
    const files = projectFiles().map((f) =>
      f.path === 'metrics/revenue.yaml' ? { ...f, path: 'metrics/rеvenue.yaml' } : f,
    );
    expect(files.every(hasText)).toBe(true);
    // The goal lists `revenue` and `leads` supports it: the file stands for `revenue`.
    expect(found(files)).toEqual([
      {
        rule: 'id-format',
        file: 'metrics/rеvenue.yaml',
        line: 1,
        col: 1,
        message:
          'The file name `rеvenue` is not a valid KPI id: the `е` in `rеvenue` is Cyrillic U+0435, not the Latin letter `e`.',
        hint: 'A KPI id is its file name in kebab-case: rename the file to `metrics/revenue.yaml` (and its CSV too).',
      },
    ]);
  });

  it('an id typed with a look-alike letter is told which letter', () => {
    const kpi = 'name: Leads\ndirection: up\ncadence: monthly\nteam: ѕales\n';
    expect(
      found(projectFiles({ 'metrics/leads.yaml': kpi })).map((d) => [
        d.line,
        d.col,
        d.message,
        d.hint,
      ]),
    ).toEqual([
      [
        4,
        7,
        '`team` must be a kebab-case id, but the `ѕ` in `ѕales` is Cyrillic U+0455, not the Latin letter `s`.',
        'Retype it with plain letters: `team: sales`.',
      ],
    ]);
  });
});

describe('regex fields worded plainly', () => {
  it('a GitHub handle without @ says what it must be', () => {
    const teams =
      '- { id: acme, name: Acme, level: enterprise }\n- { id: sales, name: Sales, level: function, parent: acme, github: org/sales }\n';
    expect(found(projectFiles({ 'teams.yaml': teams })).map((d) => d.message)).toEqual([
      '`[1].github` must be a GitHub user or team such as `@org/team` — got `org/sales`.',
    ]);
  });
});
