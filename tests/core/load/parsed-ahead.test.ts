import { describe, expect, it } from 'vitest';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { parseYamlAhead } from '../../../src/core/load/parsed-ahead.ts';
import { parseReadings } from '../../../src/core/load/parse-readings.ts';
import { parseYamlFile } from '../../../src/core/load/yaml-file.ts';
import { hasText, type SourceFile } from '../../../src/core/load/source-file.ts';
import { projectFiles } from '../../helpers/project-files.ts';

/** The text of the file at `path` among `files`. */
function textOf(files: readonly SourceFile[], path: string): string {
  const file = files.find((f) => f.path === path);
  if (file === undefined || !hasText(file)) throw new Error(`no text at ${path}`);
  return file.text;
}

describe('loadProject with files parsed ahead', () => {
  it("takes a file's result from what was parsed ahead, by path", () => {
    const files = projectFiles();
    // Results of other texts than the files', so that their use shows: four readings and a
    // renamed KPI where the files hold two and "Revenue".
    const readings = new Map([
      [
        'metrics/revenue.csv',
        parseReadings(
          'metrics/revenue.csv',
          'date,value\n2026-01,1\n2026-02,2\n2026-03,3\n2026-04,4\n',
        ),
      ],
    ]);
    const yaml = new Map([
      [
        'metrics/revenue.yaml',
        parseYamlFile(
          'metrics/revenue.yaml',
          textOf(files, 'metrics/revenue.yaml').replace('Revenue', 'Takings'),
        ),
      ],
    ]);
    const { project } = loadProject(files, { yaml, readings });
    const revenue = project.kpiById.get('revenue')!;
    expect([...revenue.readings.values]).toEqual([1, 2, 3, 4]);
    expect(revenue.def.name).toBe('Takings');
    // The others are parsed from their files.
    expect([...project.kpiById.get('leads')!.readings.values]).toEqual([10]);
  });

  it('loads the same project, with the same problems, as without', () => {
    const files = projectFiles({
      'metrics/revenue.csv': 'date,value,note\n2026-01,100,ünïcödé 📈\n2026-13,5,\n2026-02,abc,\n',
      'teams.yaml': 'teams:\n  - id: acme\n    name: [unclosed\n',
    });
    const csv = 'metrics/revenue.csv';
    const ahead = {
      yaml: parseYamlAhead(files),
      readings: new Map([[csv, parseReadings(csv, textOf(files, csv))]]),
    };
    const plain = loadProject(files);
    const parsed = loadProject(files, ahead);
    expect(parsed.diagnostics).toEqual(plain.diagnostics);
    expect(parsed.diagnostics.map((d) => d.rule)).toEqual(
      expect.arrayContaining(['yaml-syntax', 'csv-date']),
    );
    expect(parsed.project.kpis).toEqual(plain.project.kpis);
    expect(parsed.complete).toBe(plain.complete);
  });

  it('parses every YAML file ahead, and nothing else', () => {
    const files = [
      ...projectFiles(),
      { path: 'journal/2026-q1.yml', text: 'date: 2026-03-31\n' },
      // YAML the loader does not read: not of a kind (FILE_KINDS).
      { path: 'notes/todo.yaml', text: 'todo: []\n' },
    ];
    const yaml = parseYamlAhead(files);
    expect([...yaml.keys()].sort()).toEqual([
      'journal/2026-q1.yml',
      'metrics/leads.yaml',
      'metrics/revenue.yaml',
      'strategy.yaml',
      'teams.yaml',
    ]);
    for (const f of files)
      if (yaml.has(f.path))
        expect(yaml.get(f.path)!.value).toEqual(parseYamlFile(f.path, textOf(files, f.path)).value);
  });
});
