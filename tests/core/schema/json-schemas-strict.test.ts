/**
 * The JSON Schemas editors use are as strict as `plumbline check` on what they can express: each
 * case below is run through both (ajv on the committed schemas/*.json, and the checker), and they
 * agree. Every property carries a description for autocomplete.
 */
import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormats from 'ajv-formats';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import { computeProject } from '../../../src/core/pipeline.ts';
import { parseDay } from '../../../src/core/period/period.ts';
import { starterFiles } from '../../../src/core/scaffold/starter-files.ts';
import { FILE_KINDS, type FileKind } from '../../../src/core/schema/json-schemas.ts';
import { RULES } from '../../../src/core/diagnostics/rules.ts';
import { metricYaml, projectFiles, strategyWithPolicy } from '../../helpers/project-files.ts';

const root = path.join(import.meta.dirname, '..', '..', '..');
const committed = Object.fromEntries(
  FILE_KINDS.map((kind) => [
    kind,
    JSON.parse(readFileSync(path.join(root, 'schemas', `${kind}.json`), 'utf8')) as object,
  ]),
) as Record<FileKind, object>;

// Strict (unknown keywords fail), except that a condition (then, oneOf) may require a property
// defined beside it rather than in itself.
const ajv = new Ajv2020({ strict: true, strictRequired: false, allErrors: true });
addFormats.default(ajv); // `format: email` (people.yaml) is checked as an editor would
const validators = Object.fromEntries(
  FILE_KINDS.map((kind) => [kind, ajv.compile(committed[kind])]),
) as Record<FileKind, ReturnType<typeof ajv.compile>>;

/** Whether the editor (the JSON Schema) accepts a file's YAML text. */
function editorAccepts(kind: FileKind, text: string): boolean {
  return validators[kind](parse(text)) === true;
}

/** The error rules `check` reports when `file` replaces its file in a small valid project. */
function checkErrors(file: string, text: string): string[] {
  const { diagnostics } = computeProject(projectFiles({ [file]: text }), parseDay('2026-11-24')!);
  return diagnostics.filter((d) => d.severity === 'error').map((d) => d.rule);
}

/**
 * Properties without a description, as paths; the conditions (if/then/else/not/oneOf) only
 * restate properties defined elsewhere and are skipped.
 */
function undescribed(node: unknown, at: string): string[] {
  if (node === null || typeof node !== 'object') return [];
  if (Array.isArray(node)) return node.flatMap((n, i) => undescribed(n, `${at}[${i}]`));
  const out: string[] = [];
  const record = node as Record<string, unknown>;
  if (typeof record.properties === 'object' && record.properties !== null) {
    for (const [key, value] of Object.entries(record.properties as Record<string, unknown>)) {
      const description = (value as { description?: unknown }).description;
      if (typeof description !== 'string' || description.trim() === '') out.push(`${at}.${key}`);
    }
  }
  for (const [key, value] of Object.entries(record)) {
    if (['if', 'then', 'else', 'not', 'oneOf'].includes(key)) continue;
    out.push(...undescribed(value, key === 'properties' ? at : `${at}/${key}`));
  }
  return out;
}

describe('every property of every schema', () => {
  it.each(FILE_KINDS)('%s: has a description', (kind) => {
    expect(undescribed(committed[kind], kind)).toEqual([]);
  });

  it('the walk finds a property without one, however deep', () => {
    const schema = {
      properties: {
        a: { description: 'A', type: 'array', items: { properties: { b: { type: 'string' } } } },
        c: { description: ' ' },
      },
    };
    expect(undescribed(schema, 'x')).toEqual(['x.c', 'x/a/items.b']);
  });
});

describe('the schemas accept what check accepts', () => {
  it('every file of the example organisation', () => {
    const kpis = path.join(root, 'kpis');
    const files: [FileKind, string][] = [
      ['strategy', 'strategy.yaml'],
      ['teams', 'teams.yaml'],
      ...readdirSync(path.join(kpis, 'metrics'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f): [FileKind, string] => ['metric', `metrics/${f}`]),
      ...readdirSync(path.join(kpis, 'journal'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f): [FileKind, string] => ['journal', `journal/${f}`]),
    ];
    expect(files.length).toBeGreaterThan(40);
    const rejected = files.filter(
      ([kind, file]) => !editorAccepts(kind, readFileSync(path.join(kpis, file), 'utf8')),
    );
    expect(rejected).toEqual([]);
  });

  it('the starter files `init` writes', () => {
    const kinds: Record<string, FileKind> = {
      'strategy.yaml': 'strategy',
      'teams.yaml': 'teams',
      'metrics/revenue.yaml': 'metric',
    };
    const files = starterFiles({ today: '2026-11-24', schemaDir: '../schemas' });
    const yaml = files.filter((f) => f.path in kinds);
    expect(yaml).toHaveLength(3);
    for (const f of yaml) expect(editorAccepts(kinds[f.path]!, f.text), f.path).toBe(true);
  });
});

describe('dates', () => {
  const withTarget = (date: unknown) => metricYaml({ target: { value: 10, date } });
  it.each([['2026-03-02'], ['2026-W09'], ['2026-03'], ['2026-Q1'], ['2026'], [2026]])(
    '%j is accepted by both',
    (date) => {
      expect(editorAccepts('metric', withTarget(date))).toBe(true);
      expect(checkErrors('metrics/revenue.yaml', withTarget(date))).toEqual([]);
    },
  );
  it.each([
    ['31/12/2026'],
    ['2026-13'],
    ['2026-00-10'],
    ['2026-1-5'],
    ['2026-Q5'],
    ['2026-W54'],
    ['2026-W00'],
    ['26-01-01'],
    ['2026-03-02T10:00'],
    [999],
    [''],
  ])('%j is rejected by both', (date) => {
    expect(editorAccepts('metric', withTarget(date))).toBe(false);
    expect(checkErrors('metrics/revenue.yaml', withTarget(date)).length).toBeGreaterThan(0);
  });
  it('a day that is not on the calendar passes the pattern and is left to check', () => {
    expect(editorAccepts('metric', withTarget('2026-02-30'))).toBe(true);
    expect(checkErrors('metrics/revenue.yaml', withTarget('2026-02-30')).length).toBe(1);
    // The description says so, for the user hovering over the field.
    const target = (committed.metric as { properties: { target: { properties: object } } })
      .properties.target.properties as { date: { description: string } };
    expect(target.date.description).toBeTruthy();
    expect(JSON.stringify(committed.metric)).toContain('`plumbline check` also checks');
  });
});

describe('a trigger', () => {
  const withWhen = (when: object) => metricYaml({ triggers: [{ when, action: 'Call the team' }] });
  it.each([[{ below: 3 }], [{ change: '-20%', periods: 2 }], [{ above: 9 }]])(
    'with one condition, %j, is accepted by both',
    (when) => {
      expect(editorAccepts('metric', withWhen(when))).toBe(true);
      expect(checkErrors('metrics/revenue.yaml', withWhen(when))).toEqual([]);
    },
  );
  it.each([[{}], [{ periods: 2 }], [{ change: '-20%', below: 3 }], [{ below: 1, above: 9 }]])(
    'with none or two, %j, is rejected by both',
    (when) => {
      expect(editorAccepts('metric', withWhen(when))).toBe(false);
      expect(checkErrors('metrics/revenue.yaml', withWhen(when)).length).toBeGreaterThan(0);
    },
  );
});

describe('retired', () => {
  const record = { date: '2026-06-30', reason: 'Replaced' };
  it('status: retired with a retired record is accepted by both', () => {
    const text = metricYaml({ status: 'retired', retired: record });
    expect(editorAccepts('metric', text)).toBe(true);
    expect(checkErrors('metrics/revenue.yaml', text)).toEqual([]);
  });
  it.each([
    ['status: retired without retired:', { status: 'retired' }],
    ['retired: on an active KPI', { status: 'active', retired: record }],
    ['retired: with no status (active by default)', { retired: record }],
  ])('%s is rejected by both', (_, fields) => {
    const text = metricYaml(fields);
    expect(editorAccepts('metric', text)).toBe(false);
    expect(checkErrors('metrics/revenue.yaml', text).length).toBeGreaterThan(0);
  });
});

describe('policy.severity', () => {
  it('takes the rule ids, each described', () => {
    const text = strategyWithPolicy('{ severity: { target-missing: off, vanity-in-core: error } }');
    expect(editorAccepts('strategy', text)).toBe(true);
    expect(checkErrors('strategy.yaml', text)).toEqual([]);
    const severity = (
      committed.strategy as {
        properties: {
          policy: { properties: { severity: { properties: Record<string, object> } } };
        };
      }
    ).properties.policy.properties.severity;
    expect(Object.keys(severity.properties).sort()).toEqual(Object.keys(RULES).sort());
  });
  it.each([['{ severity: { target-mising: off } }'], ['{ severity: { target-missing: loud } }']])(
    '%s is rejected by both',
    (policy) => {
      const text = strategyWithPolicy(policy);
      expect(editorAccepts('strategy', text)).toBe(false);
      expect(checkErrors('strategy.yaml', text).length).toBeGreaterThan(0);
    },
  );
});

describe('locale', () => {
  const withLocale = (locale: string) =>
    strategyWithPolicy('{}').replace(
      'organization: Acme\n',
      `organization: Acme\nlocale: ${locale}\n`,
    );
  it.each([['de-DE'], ['fr'], ['es-419'], ['zh-Hant-TW']])('%s is accepted by both', (locale) => {
    expect(editorAccepts('strategy', withLocale(locale))).toBe(true);
    expect(checkErrors('strategy.yaml', withLocale(locale))).toEqual([]);
  });
  it.each([['German'], ['de_DE'], ['DE-de']])('%s is rejected by both', (locale) => {
    expect(editorAccepts('strategy', withLocale(locale))).toBe(false);
    expect(checkErrors('strategy.yaml', withLocale(locale)).length).toBeGreaterThan(0);
  });
});
