import { describe, expect, it } from 'vitest';
import { objectiveWithoutKpi } from '../../../src/core/findings/objective-without-kpi.ts';
import { analyzeFiles, where } from '../../helpers/analyze-files.ts';
import { strategyYaml } from '../../helpers/project-files.ts';

// strategyYaml() ends with objective grow-sales on lines 7–10; this one follows.
const strategy =
  strategyYaml() +
  ['  - id: keep-customers', '    title: Keep customers', '    perspective: customer', ''].join(
    '\n',
  );

describe('objectiveWithoutKpi', () => {
  it('flags an objective no active KPI measures, at its id', () => {
    const found = objectiveWithoutKpi(
      analyzeFiles({
        'strategy.yaml': strategy,
        'metrics/churn.yaml':
          'name: Churn\ndirection: down\nteam: sales\ncadence: monthly\nobjectives: [keep-customers]\nstatus: proposed\n',
      }),
    );
    // A proposed KPI does not count yet.
    expect(where(found)).toEqual([
      {
        rule: 'objective-without-kpi',
        severity: 'warning',
        file: 'strategy.yaml',
        line: 11,
        col: 9,
      },
    ]);
  });

  it('passes objectives that an active KPI measures', () => {
    expect(objectiveWithoutKpi(analyzeFiles())).toEqual([]);
  });
});
