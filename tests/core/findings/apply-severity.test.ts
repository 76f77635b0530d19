import { describe, expect, it } from 'vitest';
import { diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import { applySeverity } from '../../../src/core/findings/apply-severity.ts';

const at = { file: 'metrics/leads.yaml', line: 1, col: 1 };
const guardrail = diagnostic('orphan', at, 'No goal.');
const loadWarning = diagnostic('file-unexpected', at, 'Not read.');
const loadError = diagnostic('yaml-syntax', at, 'Bad YAML.');

describe('applySeverity', () => {
  it('sets a guardrail to any severity, and drops it when off', () => {
    expect(applySeverity([guardrail], { orphan: 'error' })[0]!.severity).toBe('error');
    expect(applySeverity([guardrail], { orphan: 'info' })[0]!.severity).toBe('info');
    expect(applySeverity([guardrail], { orphan: 'off' })).toEqual([]);
    expect(applySeverity([guardrail], {})).toEqual([guardrail]);
  });

  it('never lowers or silences a load rule, but may raise it', () => {
    expect(applySeverity([loadError], { 'yaml-syntax': 'warning' })).toEqual([loadError]);
    expect(applySeverity([loadError], { 'yaml-syntax': 'off' })).toEqual([loadError]);
    expect(applySeverity([loadWarning], { 'file-unexpected': 'info' })).toEqual([loadWarning]);
    expect(applySeverity([loadWarning], { 'file-unexpected': 'off' })).toEqual([loadWarning]);
    expect(applySeverity([loadWarning], { 'file-unexpected': 'error' })[0]!.severity).toBe('error');
  });

  it('ignores keys inherited from Object.prototype', () => {
    const overrides = Object.create({ orphan: 'off' }) as Record<string, 'off'>;
    expect(applySeverity([guardrail], overrides)).toEqual([guardrail]);
  });
});
