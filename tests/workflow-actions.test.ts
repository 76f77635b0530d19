/**
 * Every action the workflows use is on its current major, built for the Node 24 that GitHub's
 * runners use since 2026 (the majors before these ran on Node 20, which reached its end of life
 * in April 2026). Checked 2026-12 against each action's releases; a new major is a deliberate
 * change here, in one table.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/** The allowed major of each action: the newest, with a `node24` runtime. */
const ACTION_MAJORS: Readonly<Record<string, string>> = {
  'actions/checkout': 'v7',
  'actions/setup-node': 'v7',
  'actions/cache': 'v5',
  'actions/cache/restore': 'v5',
  'actions/configure-pages': 'v6',
  'actions/upload-pages-artifact': 'v5',
  'actions/deploy-pages': 'v5',
  'actions/github-script': 'v9',
  'actions/upload-artifact': 'v7',
  'peter-evans/create-pull-request': 'v8',
};

const dir = path.join(import.meta.dirname, '..', '.github', 'workflows');
const files = readdirSync(dir).filter((f) => f.endsWith('.yml') || f.endsWith('.yaml'));

/** Every `uses:` of a workflow's text, as [action, ref, line]. */
function usesOf(text: string): [string, string, number][] {
  return text.split('\n').flatMap((line, i): [string, string, number][] => {
    const m = /^\s*(?:-\s+)?uses:\s*['"]?([^@\s'"]+)@([^\s'"#]+)/.exec(line);
    return m === null ? [] : [[m[1]!, m[2]!, i + 1]];
  });
}

/** The `uses:` that are not on their allowed major, as `file:line action@ref`. */
function offMajor(file: string, text: string): string[] {
  return usesOf(text)
    .filter(([action, ref]) => ACTION_MAJORS[action] !== ref)
    .map(([action, ref, line]) => `${file}:${line} ${action}@${ref}`);
}

describe('actions in the workflows', () => {
  it('are all on their current major', () => {
    expect(files.length).toBeGreaterThanOrEqual(2);
    const used = files.flatMap((f) => usesOf(readFileSync(path.join(dir, f), 'utf8')));
    expect(used.length).toBeGreaterThanOrEqual(9);
    expect(files.flatMap((f) => offMajor(f, readFileSync(path.join(dir, f), 'utf8')))).toEqual([]);
  });

  it('the check catches an old major, an unknown action and a pinned patch', () => {
    const text = [
      'steps:',
      '  - uses: actions/checkout@v4',
      '  - uses: "actions/setup-node@v7"',
      '  - uses: someone/else@v1',
      '    uses: actions/cache@v5.0.1',
    ].join('\n');
    expect(offMajor('x.yml', text)).toEqual([
      'x.yml:2 actions/checkout@v4',
      'x.yml:4 someone/else@v1',
      'x.yml:5 actions/cache@v5.0.1',
    ]);
  });
});
