import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { classifyFiles } from '../../../src/core/load/classify-files.ts';
import type { SourceFile } from '../../../src/core/load/source-file.ts';

const text = (path: string): SourceFile => ({ path, text: 'x: 1\n' });

describe('classifyFiles', () => {
  it('sorts a folder’s files by kind, each list by path', () => {
    const diagnostics: Diagnostic[] = [];
    const c = classifyFiles(
      [
        text('metrics/b.yaml'),
        text('journal/2026/q1.yaml'),
        text('metrics/a.csv'),
        text('teams.yaml'),
        text('metrics/a.yaml'),
        text('strategy.yaml'),
        text('people.yaml'),
        text('journal/2025-q4.yml'),
      ],
      diagnostics,
    );
    expect(diagnostics).toEqual([]);
    expect([c.strategy?.path, c.teams?.path, c.people?.path]).toEqual([
      'strategy.yaml',
      'teams.yaml',
      'people.yaml',
    ]);
    expect(c.metrics.map((f) => f.path)).toEqual(['metrics/a.yaml', 'metrics/b.yaml']);
    expect([...c.readingsByKpi.keys()]).toEqual(['a']);
    expect(c.journal.map((f) => f.path)).toEqual(['journal/2025-q4.yml', 'journal/2026/q1.yaml']);
    expect([...c.declaredKpis].sort()).toEqual(['a', 'b']);
  });

  it('reads none of two files for one KPI, and reports each once', () => {
    const diagnostics: Diagnostic[] = [];
    const c = classifyFiles([text('metrics/orders.yaml'), text('metrics/Orders.yml')], diagnostics);
    expect(c.metrics).toEqual([]);
    // Both name a KPI, so a reference to it is not "unknown".
    expect([...c.declaredKpis].sort()).toEqual(['Orders', 'orders']);
    expect(diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['file-duplicate', 'metrics/Orders.yml'],
      ['file-duplicate', 'metrics/orders.yaml'],
    ]);
  });

  it('counts a misnamed file as present under the name it stands for, and reports it', () => {
    const diagnostics: Diagnostic[] = [];
    const c = classifyFiles(
      [text('Strategy.yaml'), text('metrics/sales/orders.yaml')],
      diagnostics,
    );
    expect(c.strategy).toBeUndefined();
    expect(c.present('strategy.yaml')).toBe(true);
    expect(c.present('Strategy.yaml')).toBe(true);
    expect(c.present('teams.yaml')).toBe(false);
    expect(c.declaredKpis.has('orders')).toBe(true);
    expect(diagnostics.map((d) => [d.rule, d.file])).toEqual([
      ['file-misnamed', 'Strategy.yaml'],
      ['file-misnamed', 'metrics/sales/orders.yaml'],
    ]);
  });

  it('reports a file that could not be read as text, and leaves it out', () => {
    const diagnostics: Diagnostic[] = [];
    const c = classifyFiles(
      [{ path: 'teams.yaml', problem: 'encoding', detail: 'byte 0xff', line: 2, col: 3 }],
      diagnostics,
    );
    expect(c.teams).toBeUndefined();
    expect(c.present('teams.yaml')).toBe(true);
    expect(diagnostics.map((d) => [d.rule, d.file, d.line, d.col])).toEqual([
      ['file-encoding', 'teams.yaml', 2, 3],
    ]);
  });

  it('has nothing for an empty folder', () => {
    const diagnostics: Diagnostic[] = [];
    const c = classifyFiles([], diagnostics);
    expect([c.strategy, c.teams, c.people, c.metrics, c.journal]).toEqual([
      undefined,
      undefined,
      undefined,
      [],
      [],
    ]);
    expect(c.declaredKpis.size).toBe(0);
    expect(diagnostics).toEqual([]);
  });
});
