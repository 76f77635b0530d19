import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { parseReadings } from '../../../src/core/load/parse-readings.ts';
import { projectFiles, teamsYaml } from '../../helpers/project-files.ts';

function readingsProblems(text: string) {
  return parseReadings('metrics/x.csv', text).diagnostics.map(
    ({ rule, line, col, message, hint }) => ({ rule, line, col, message, hint }),
  );
}

/** `dd.mm.yyyy` for day `i` of January 2023 (i = 0 → 01.01.2023). */
const dotted = (i: number) => `${String((i % 28) + 1).padStart(2, '0')}.01.2023`;

describe('many errors of one pattern in one column are one error', () => {
  it('fifty dates written 01.01.2023 are one error naming the pattern and the fix', () => {
    const rows = Array.from({ length: 50 }, (_, i) => `${dotted(i)},${i}`);
    expect(readingsProblems(`date,value\n${rows.join('\n')}\n`)).toEqual([
      {
        rule: 'csv-date',
        line: 2,
        col: 1,
        message:
          '"01.01.2023" and 49 more dates of this column (lines 2–51) are written the same way, which Plumbline cannot read.',
        hint: 'Write the dates as YYYY-MM-DD: 2023-01-01 for 01.01.2023. In a spreadsheet, format the date column as YYYY-MM-DD before saving.',
      },
    ]);
  });

  it('slashed dates: month first when a second part is above 12, else both readings named', () => {
    const us = ['03/01/2023', '03/15/2023', '03/20/2023'].map((d) => `${d},1`).join('\n');
    expect(readingsProblems(`date,value\n${us}\n`).map((d) => d.hint)).toEqual([
      'Write the dates as YYYY-MM-DD: 2023-03-01 for 03/01/2023 (they are month first). In a spreadsheet, format the date column as YYYY-MM-DD before saving.',
    ]);
    const unclear = ['03/01/2023', '04/01/2023', '05/01/2023'].map((d) => `${d},1`).join('\n');
    expect(readingsProblems(`date,value\n${unclear}\n`).map((d) => d.hint)).toEqual([
      'Write the dates as YYYY-MM-DD. 03/01/2023 is 2023-01-03 if the day comes first and 2023-03-01 if the month does: no date of the column tells which. In a spreadsheet, format the date column as YYYY-MM-DD before saving.',
    ]);
  });

  it('two unrelated mistakes are still two errors', () => {
    const found = readingsProblems('date,value\n2026-01-01,abc\n2026-02-01,12%\n');
    expect(found.map((d) => [d.rule, d.line, d.col])).toEqual([
      ['csv-number', 2, 12],
      ['csv-number', 3, 12],
    ]);
  });

  it('ten thousand readings on one date are one error', () => {
    const rows = Array.from({ length: 10_000 }, (_, i) => `2026-01-01,${i}`);
    expect(readingsProblems(`date,value\n${rows.join('\n')}\n`)).toEqual([
      {
        rule: 'csv-duplicate-date',
        line: 3,
        col: 1,
        message: '10000 readings have the same date (2026-01-01), on lines 2–10001.',
        hint: 'Keep one reading per date. If every row has this date, the dates were probably filled down by mistake: correct them.',
      },
    ]);
  });

  it('a value column of one mistake is one error that keeps the fix of one cell', () => {
    const rows = Array.from(
      { length: 20 },
      (_, i) => `2026-01-${String(i + 1).padStart(2, '0')},1${i % 10}%`,
    );
    const found = readingsProblems(`date,value\n${rows.join('\n')}\n`);
    expect(found.map((d) => [d.rule, d.line, d.col, d.message, d.hint])).toEqual([
      [
        'csv-number',
        2,
        12,
        '"10%" and 19 more values of this column (lines 2–21) are written the same way, which is not a plain number.',
        'Write the number without the % sign: 12 for 12 %. The unit in the KPI file says it is a percent.',
      ],
    ]);
  });
});

describe('an error in strategy.yaml or teams.yaml has no consequences elsewhere', () => {
  const brokenTeams = {
    'a stray brace': teamsYaml().replace('level: enterprise }', 'level: enterprise }}'),
    'a misspelt level': teamsYaml().replace('level: function', 'level: fuction'),
    'a mapping instead of a list': 'acme: { name: Acme, level: enterprise }\n',
    'an unclosed bracket': '- { id: acme, name: Acme, level: enterprise\n- { id: sales }\n',
  };
  for (const [what, text] of Object.entries(brokenTeams)) {
    it(`a broken teams.yaml (${what}) adds no error to any other file`, () => {
      const { diagnostics, complete } = loadProject(projectFiles({ 'teams.yaml': text }));
      expect(complete).toBe(false);
      expect(diagnostics.length).toBe(1);
      expect(diagnostics.filter((d) => d.file !== 'teams.yaml')).toEqual([]);
    });
  }

  it('a broken strategy.yaml adds no error to any other file', () => {
    const { diagnostics } = loadProject(
      projectFiles({ 'strategy.yaml': 'organization: Acme\ngoals:\n  - id: grow\n    title: [\n' }),
    );
    expect(diagnostics.map((d) => [d.rule, d.file])).toEqual([['yaml-syntax', 'strategy.yaml']]);
  });

  it('references into a KPI file that failed are not checked', () => {
    const { diagnostics } = loadProject(
      projectFiles({ 'metrics/revenue.yaml': 'name: Revenue\nteam: acme\ncadence: montly\n' }),
    );
    expect(diagnostics.every((d) => d.file === 'metrics/revenue.yaml')).toBe(true);
  });
});
