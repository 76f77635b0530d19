import { readFileSync, readdirSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FILE_KINDS, jsonSchemas } from '../../../src/core/schema/json-schemas.ts';

const root = path.join(import.meta.dirname, '..', '..', '..');

describe('JSON Schemas', () => {
  it('are committed as generated from the zod schemas (run `npm run schema` after a change)', () => {
    const generated = jsonSchemas();
    for (const kind of FILE_KINDS) {
      const committed = JSON.parse(
        readFileSync(path.join(root, 'schemas', `${kind}.json`), 'utf8'),
      );
      expect(committed, `schemas/${kind}.json is out of date: run npm run schema`).toEqual(
        generated[kind],
      );
    }
  });

  it('reject unknown keys and list the enum values editors complete', () => {
    const metric = jsonSchemas().metric as {
      additionalProperties: boolean;
      properties: Record<string, { enum?: string[] }>;
    };
    expect(metric.additionalProperties).toBe(false);
    expect(metric.properties.cadence!.enum).toEqual([
      'daily',
      'weekly',
      'monthly',
      'quarterly',
      'yearly',
    ]);
    expect(metric.properties.direction!.enum).toEqual(['up', 'down', 'target']);
  });

  it('are referenced by the first line of every example file', () => {
    const kpis = path.join(root, 'kpis');
    const files = [
      ['strategy.yaml', '../schemas/strategy.json'],
      ['teams.yaml', '../schemas/teams.json'],
      ...readdirSync(path.join(kpis, 'metrics'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [`metrics/${f}`, '../../schemas/metric.json']),
      ...readdirSync(path.join(kpis, 'journal'))
        .filter((f) => f.endsWith('.yaml'))
        .map((f) => [`journal/${f}`, '../../schemas/journal.json']),
    ] as const;
    for (const [file, schema] of files) {
      expect(readFileSync(path.join(kpis, file), 'utf8').split('\n')[0], file).toBe(
        `# yaml-language-server: $schema=${schema}`,
      );
    }
  });
});
