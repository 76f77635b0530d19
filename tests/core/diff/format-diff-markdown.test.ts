import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { formatDiffJson } from '../../../src/core/diff/format-diff-json.ts';
import { DIFF_MARKER, formatDiffMarkdown } from '../../../src/core/diff/format-diff-markdown.ts';
import type { ModelDiff } from '../../../src/core/diff/model-diff.ts';
import { diff, revenue } from './diff-fixtures.ts';

/** The cells of a GFM table row: split at pipes that no backslash escapes. */
function cells(row: string): string[] {
  const out: string[] = [];
  let cell = '';
  for (let i = 0; i < row.length; i++) {
    if (row[i] === '\\') cell += row[i]! + (row[++i] ?? '');
    else if (row[i] === '|') {
      out.push(cell);
      cell = '';
    } else cell += row[i];
  }
  out.push(cell);
  return out.slice(1, -1).map((c) => c.trim());
}

describe('formatDiffMarkdown', () => {
  it('says that nothing changed in exactly one line, marker first', () => {
    expect(formatDiffMarkdown(diff({}, {}), { base: 'main' })).toBe(
      `${DIFF_MARKER}✅ No changes to KPIs, findings or alignment scores.\n`,
    );
  });

  it('starts with the marker and the verdict, then shows old → new per change', () => {
    const target = (value: number) =>
      revenue({ owner: 'Ann', target: { value, date: '2026-12-31' } });
    const d = diff(target(120), {
      ...target(200),
      'metrics/leads.yaml': null,
      'metrics/leads.csv': null,
    });
    const lines = formatDiffMarkdown(d, { base: 'origin/main', pathPrefix: 'kpis/' }).split('\n');
    expect(lines.slice(0, 4)).toEqual([
      DIFF_MARKER,
      `### ${d.verdict.text}`,
      '',
      'Compared with `origin/main`, as of 2026-11-24.',
    ]);
    expect(d.verdict.text).toMatch(
      /^⚠️ 1 new warning; 5 findings resolved; alignment [\d.]+ → [\d.]+ \(\+[\d.]+\); 1 KPI removed, 1 changed$/,
    );
    expect(lines).toContain('- Removed: **Leads** (`leads`), team `sales`');
    expect(lines).toContain(
      '| **Revenue** (`revenue`) | target | 120 by 2026-12-31 → 200 by 2026-12-31 |',
    );
    expect(lines).toContain('**Resolved (5)**');
    expect(lines).toContain(
      '- ⚠️ warning `kpis/metrics/leads.yaml:1:1` — `leads` has no owner. (`owner-missing`)',
    );
    const table = lines.indexOf('#### Alignment scores');
    expect(lines.slice(table + 2, table + 4)).toEqual([
      '| | Before | After | Change |',
      '| --- | ---: | ---: | ---: |',
    ]);
    const org = d.scores![0]!;
    const [label, before, after, change] = cells(lines[table + 4]!);
    expect([label, Number(before), Number(after)]).toEqual([
      'Organisation **Acme**',
      Math.round(org.before! * 10) / 10,
      Math.round(org.after! * 10) / 10,
    ]);
    expect(change).toBe(`+${Math.round((Number(after) - Number(before)) * 10) / 10}`);
  });

  it('writes a note and no score table when scores cannot be compared', () => {
    const text = formatDiffMarkdown(diff({}, { 'teams.yaml': '- { id: acme\n' }));
    expect(text).toContain('\n> ⚠️ Now strategy.yaml or teams.yaml did not load');
    expect(text).not.toContain('#### Alignment scores');
    expect(text.split('\n')[1]).toBe('### ❌ 1 new error; alignment not compared');
  });
});

describe('formatDiffMarkdown on hostile text', () => {
  const evil = '| <script>alert(1)</script> @org/team `x` [a](javascript:1)\nnext';
  const hostile: ModelDiff = {
    asOf: '2026-11-24',
    changed: true,
    verdict: { level: 'warning', text: '⚠️ 1 new warning' },
    notes: [],
    kpis: {
      added: [{ id: 'a|b`c', name: evil, team: 'sales' }],
      removed: [],
      retired: [],
      activated: [],
      broken: [],
      repaired: [],
      changed: [
        {
          id: 'x|<y>',
          name: evil,
          team: 'sales',
          unit: 'count',
          changes: [{ field: 'owner', before: evil, after: '@someone' }],
        },
      ],
    },
    entities: [{ kind: 'goal', id: 'g', name: evil, change: 'added', fields: [] }],
    findings: {
      introduced: [
        {
          rule: 'owner-missing',
          severity: 'warning',
          message: `\`${evil}\` has no owner <img src=x onerror=alert(1)>`,
          hint: null,
          file: 'metrics/<b>|.yaml',
          line: 1,
          col: 1,
        },
      ],
      resolved: [],
    },
    scores: [
      { kind: 'organization', id: '', name: evil, before: 50, after: 60 },
      { kind: 'team', id: 'a|b', name: evil, before: null, after: 60 },
    ],
  };
  const text = formatDiffMarkdown(hostile);

  it('lets no HTML through and breaks every mention outside code', () => {
    const html: string[] = [];
    const texts: string[] = [];
    const walk = (node: { type: string; value?: string; children?: unknown[] }) => {
      if (node.type === 'html') html.push(node.value ?? '');
      if (node.type === 'text') texts.push(node.value ?? '');
      for (const child of node.children ?? []) walk(child as typeof node);
    };
    walk(fromMarkdown(text));
    expect(html).toEqual([DIFF_MARKER]);
    expect(texts.filter((t) => /@\w/.test(t))).toEqual([]);
    expect(texts.join('')).toContain('@\u200borg/team');
  });

  it('keeps every table row to its columns', () => {
    const rows = text.split('\n').filter((l) => l.startsWith('|'));
    const kpiRows = rows.slice(0, 3);
    const scoreRows = rows.slice(3);
    expect(kpiRows.map((r) => cells(r).length)).toEqual([3, 3, 3]);
    expect(scoreRows.map((r) => cells(r).length)).toEqual([4, 4, 4, 4]);
    expect(cells(kpiRows[2]!)[2]).toMatch(/ → @&#8203;someone$/);
  });

  it('keeps every list item on one line', () => {
    const items = text.split('\n').filter((l) => l.startsWith('- '));
    expect(items).toHaveLength(3);
    expect(text).not.toContain('\nnext');
  });
});

describe('formatDiffJson', () => {
  it('prints the diff as indented JSON', () => {
    const d = diff({}, revenue({ owner: 'Ann' }));
    const json = formatDiffJson(d);
    expect(json.endsWith('}\n')).toBe(true);
    const parsed = JSON.parse(json);
    expect(Object.keys(parsed)).toEqual([
      'asOf',
      'changed',
      'verdict',
      'notes',
      'kpis',
      'entities',
      'findings',
      'scores',
    ]);
    expect(parsed).toEqual(d);
    expect(parsed.kpis.changed[0].changes[0]).toEqual({
      field: 'owner',
      before: null,
      after: 'Ann',
    });
  });
});
