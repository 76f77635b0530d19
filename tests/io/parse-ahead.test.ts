import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseReadings } from '../../src/core/load/parse-readings.ts';
import { hasText } from '../../src/core/load/source-file.ts';
import { parseYamlFile } from '../../src/core/load/yaml-file.ts';
import { parseDay } from '../../src/core/period/period.ts';
import { computeProject } from '../../src/core/pipeline.ts';
import { MIN_CSV_BYTES, parseAhead } from '../../src/io/parse-ahead.ts';
import { readProject } from '../../src/io/read-project.ts';

const EXAMPLE = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', '..', 'kpis');

/** The example's files, with a CSV of every kind of problem and unicode notes beside them. */
async function files() {
  return [
    ...(await readProject(EXAMPLE)),
    {
      path: 'metrics/odd-one.csv',
      text: 'date;value;note\n2026-01-05;1,5;ünïcödé 📈\n2026-13-01;2;\n2026-01-12;abc;"=cmd"\n2026-01-05;3;\n',
    },
  ];
}

describe('parseAhead', () => {
  it('parses the CSVs in a worker thread into what parseReadings gives here', async () => {
    const all = await files();
    const ahead = await parseAhead(all, { minBytes: 0 });
    const csvs = all.filter((f) => /^metrics\/[^/]+\.csv$/.test(f.path));
    expect(csvs.length).toBeGreaterThan(40);
    expect([...ahead.readings!.keys()].sort()).toEqual(csvs.map((f) => f.path).sort());
    for (const f of csvs) {
      if (!hasText(f)) throw new Error(f.path);
      // Typed arrays, the notes' Map and the diagnostics, value for value.
      expect(ahead.readings!.get(f.path), f.path).toEqual(parseReadings(f.path, f.text));
    }
    const odd = ahead.readings!.get('metrics/odd-one.csv')!;
    expect(odd.diagnostics.length).toBeGreaterThan(0);
    expect([...odd.readings.notes.values()]).toContain('ünïcödé 📈');
    for (const f of all)
      if (hasText(f) && f.path.endsWith('.yaml'))
        expect(ahead.yaml!.get(f.path)!.value).toEqual(parseYamlFile(f.path, f.text).value);
  });

  it('gives the model and the problems of a folder loaded without it', async () => {
    const all = await files();
    const asOf = parseDay('2026-11-24')!;
    const plain = computeProject(all, asOf);
    const ahead = computeProject(all, asOf, undefined, await parseAhead(all, { minBytes: 0 }));
    expect(ahead.diagnostics).toEqual(plain.diagnostics);
    expect(JSON.stringify(ahead.model)).toBe(JSON.stringify(plain.model));
  });

  it('leaves the CSVs of a small folder to the loader: a thread would cost more', async () => {
    const all = await files();
    const bytes = all.reduce(
      (n, f) => n + (hasText(f) && /^metrics\/.*\.csv$/.test(f.path) ? f.text.length : 0),
      0,
    );
    expect(bytes).toBeLessThan(MIN_CSV_BYTES);
    const ahead = await parseAhead(all);
    expect(ahead.readings).toBeUndefined();
    expect(ahead.yaml!.size).toBeGreaterThan(40);
  });
});
