import { describe, expect, it } from 'vitest';
import { annotationOrder } from '../../../src/core/diagnostics/annotation-order.ts';
import type { Diagnostic } from '../../../src/core/diagnostics/diagnostic.ts';
import {
  gitignoreWith,
  isPlainFolder,
  workflowForFolder,
} from '../../../src/core/scaffold/project-setup.ts';

describe('gitignoreWith', () => {
  it('adds what is missing, counting `/node_modules` and `dist` as present', () => {
    expect(gitignoreWith('/node_modules\ndist\ndist.tmp-*/\ndist.old-*/\n')).toBeNull();
    expect(gitignoreWith('node_modules/\r\n')).toBe(
      'node_modules/\r\n\n# Plumbline: installed packages, the built site, unfinished builds\ndist/\ndist.tmp-*/\ndist.old-*/\n',
    );
    expect(gitignoreWith('')).toBe(gitignoreWith(null));
  });
});

describe('workflowForFolder', () => {
  const text =
    "paths:\n  - 'kpis/**'\nrun: npx plumbline check kpis --format github\n# my-kpis and kpis2 stay\n";
  it('replaces the folder where it stands as a path, nothing else', () => {
    expect(workflowForFolder(text, 'org/okr/')).toBe(
      "paths:\n  - 'org/okr/**'\nrun: npx plumbline check org/okr --format github\n# my-kpis and kpis2 stay\n",
    );
    expect(workflowForFolder(text, './kpis')).toBe(text);
  });
  it('takes plain relative folders only', () => {
    for (const ok of ['kpis', 'org/okr', './a_b.c', 'x/']) expect(isPlainFolder(ok), ok).toBe(true);
    for (const bad of ['my kpis', '../up', '/abs', 'a;b', "it's", '', '.'])
      expect(isPlainFolder(bad), bad).toBe(false);
  });
});

describe('annotationOrder', () => {
  const d = (severity: Diagnostic['severity'], file: string, line: number): Diagnostic => ({
    rule: 'schema-value',
    severity,
    file,
    line,
    col: 1,
    message: 'm',
  });
  it('errors, then warnings, then notes; changed files first within each; then file order', () => {
    const list = [
      d('info', 'z.yaml', 1),
      d('warning', 'a.yaml', 2),
      d('error', 'a.yaml', 9),
      d('warning', 'z.yaml', 1),
      d('error', 'z.yaml', 3),
      d('error', 'a.yaml', 1),
    ];
    const order = annotationOrder(list, new Set(['z.yaml'])).map(
      (x) => `${x.severity} ${x.file}:${x.line}`,
    );
    expect(order).toEqual([
      'error z.yaml:3',
      'error a.yaml:1',
      'error a.yaml:9',
      'warning z.yaml:1',
      'warning a.yaml:2',
      'info z.yaml:1',
    ]);
    expect(annotationOrder([], new Set())).toEqual([]);
  });
});
