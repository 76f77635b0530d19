import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { intendedPath, kindOf } from '../../../src/core/load/file-kinds.ts';
import { loadProject } from '../../../src/core/load/load-project.ts';
import { hasText, type SourceFile } from '../../../src/core/load/source-file.ts';
import { projectFiles } from '../../helpers/project-files.ts';

function load(overrides: Record<string, string | null>, extra: SourceFile[] = []) {
  return loadProject([...projectFiles(overrides), ...extra]);
}

/** The text of a file of the test organisation. */
function textOf(path: string): string {
  const file = projectFiles().find((f) => f.path === path);
  if (file === undefined || !hasText(file)) throw new Error(`no ${path}`);
  return file.text;
}

function brief(diagnostics: readonly Diagnostic[]) {
  return diagnostics.map(({ rule, file, line, col, message, hint }) => ({
    rule,
    file,
    line,
    col,
    message,
    hint,
  }));
}

describe('FILE_KINDS', () => {
  it('classifies every kind of file, including the ones other loaders read', () => {
    expect(
      [
        'strategy.yaml',
        'teams.yaml',
        'sources.yaml',
        'people.yaml',
        'metrics/a.yaml',
        'metrics/a.yml',
        'metrics/a.csv',
        'metrics/a.sql',
        'journal/2026/q1.yaml',
        'metrics/README.md',
        'strategy.yml',
      ].map(kindOf),
    ).toEqual([
      'strategy',
      'teams',
      'sources',
      'people',
      'metric',
      'metric',
      'readings',
      'query',
      'journal',
      null,
      null,
    ]);
  });

  it('names the path a misnamed file was meant to have', () => {
    expect(intendedPath('Strategy.yaml')).toBe('strategy.yaml');
    expect(intendedPath('TEAMS.YML')).toBe('teams.yaml');
    expect(intendedPath('metrics/net-revenue.CSV')).toBe('metrics/net-revenue.csv');
    expect(intendedPath('metrics/sales/orders.yaml')).toBe('metrics/orders.yaml');
    expect(intendedPath('journal/q3.YAML')).toBe('journal/q3.yaml');
    expect(intendedPath('metrics/README.md')).toBeNull();
    expect(intendedPath('notes.yaml')).toBeNull();
    expect(intendedPath('metrics/a.yaml')).toBeNull();
  });
});

describe('loadProject: files that look meant for Plumbline', () => {
  it('names Strategy.yaml with the fix, and does not also say strategy.yaml is missing', () => {
    const { diagnostics } = load({ 'strategy.yaml': null }, [
      { path: 'Strategy.yaml', text: 'organization: A\n' },
    ]);
    expect(brief(diagnostics)).toEqual([
      {
        rule: 'file-misnamed',
        file: 'Strategy.yaml',
        line: 1,
        col: 1,
        message:
          'Plumbline reads `strategy.yaml`, not `Strategy.yaml` (names are case-sensitive, and end in `.yaml`).',
        hint: 'Rename the file to `strategy.yaml`.',
      },
    ]);
  });

  it('says which file is read when the misnamed one sits beside it', () => {
    const { diagnostics } = load({}, [{ path: 'Strategy.yaml', text: 'organization: B\n' }]);
    expect(brief(diagnostics).map((d) => d.hint)).toEqual([
      '`strategy.yaml` is there too and is the one read: merge what differs into it and delete `Strategy.yaml`.',
    ]);
  });

  it('names a .CSV with the fix, and does not also say the KPI has no readings file', () => {
    const { diagnostics } = load({ 'metrics/leads.csv': null }, [
      { path: 'metrics/leads.CSV', text: 'date,value\n2026-01,10\n' },
    ]);
    expect(brief(diagnostics)).toEqual([
      {
        rule: 'file-misnamed',
        file: 'metrics/leads.CSV',
        line: 1,
        col: 1,
        message: 'Plumbline reads `.csv` files, not `.CSV`, so `metrics/leads.CSV` is not read.',
        hint: 'Rename the file to `leads.csv`.',
      },
    ]);
  });

  it('names a KPI file in a subfolder, and references to it are not unknown', () => {
    const { diagnostics } = load({ 'metrics/leads.yaml': null }, [
      { path: 'metrics/sales/leads.yaml', text: textOf('metrics/leads.yaml') },
    ]);
    expect(brief(diagnostics)).toEqual([
      {
        rule: 'file-misnamed',
        file: 'metrics/sales/leads.yaml',
        line: 1,
        col: 1,
        message:
          'KPI files sit directly in `metrics/`, so `metrics/sales/leads.yaml` in a subfolder is not read.',
        hint: 'Move it to `metrics/leads.yaml`.',
      },
    ]);
  });
});

describe('loadProject: two files for one id', () => {
  it('is an error on both files for orders.yaml and orders.yml, and neither KPI loads', () => {
    const { diagnostics, project } = load({}, [
      { path: 'metrics/revenue.yml', text: textOf('metrics/revenue.yaml') },
    ]);
    expect(brief(diagnostics)).toEqual([
      {
        rule: 'file-duplicate',
        file: 'metrics/revenue.yaml',
        line: 1,
        col: 1,
        message:
          'This file and `metrics/revenue.yml` are two files for the KPI `revenue`, so neither is read.',
        hint: 'Keep one of them: merge what differs into it and delete the other.',
      },
      {
        rule: 'file-duplicate',
        file: 'metrics/revenue.yml',
        line: 1,
        col: 1,
        message:
          'This file and `metrics/revenue.yaml` are two files for the KPI `revenue`, so neither is read.',
        hint: 'Keep one of them: merge what differs into it and delete the other.',
      },
    ]);
    expect(project.kpis.map((k) => k.id)).toEqual(['leads']);
  });

  it('counts names that differ in case only as one id', () => {
    const { diagnostics } = load({}, [
      { path: 'metrics/Revenue.yaml', text: textOf('metrics/revenue.yaml') },
    ]);
    expect(diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['file-duplicate', 'metrics/Revenue.yaml'],
      ['file-duplicate', 'metrics/revenue.yaml'],
    ]);
  });

  it('reports two readings files for one KPI on both', () => {
    const { diagnostics } = load({}, [{ path: 'metrics/Leads.csv', text: 'date,value\n' }]);
    expect(diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['file-duplicate', 'metrics/Leads.csv'],
      ['file-duplicate', 'metrics/leads.csv'],
    ]);
  });
});

describe('loadProject: a file that cannot be read', () => {
  it('adds no unknown-reference error where other files name it', () => {
    // The goal lists `revenue` and `leads` supports it: neither is an unknown reference.
    const { diagnostics } = load({ 'metrics/revenue.yaml': null }, [
      { path: 'metrics/revenue.yaml', problem: 'special', detail: 'a named pipe (FIFO)' },
    ]);
    expect(diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['file-special', 'metrics/revenue.yaml'],
    ]);
  });
});
