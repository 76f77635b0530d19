import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { buildExample, EXAMPLE_HEADERS, wantedStatuses } from '../../scripts/example/build.ts';
import { checkExampleProperties } from '../../scripts/example/properties.ts';
import { AS_OF } from '../../scripts/example/shape.ts';
import { checkStructure } from '../../scripts/lib/check-org.ts';
import { readOrganization } from '../../scripts/lib/read-org.ts';
import { writeOrganization } from '../../scripts/lib/write-org.ts';

const COMMITTED = join(import.meta.dirname, '../../kpis');

/** Every file under a folder, as relative paths. */
function listFiles(dir: string, prefix = ''): string[] {
  return readdirSync(join(dir, prefix), { withFileTypes: true })
    .flatMap((e) =>
      e.isDirectory() ? listFiles(dir, join(prefix, e.name)) : [join(prefix, e.name)],
    )
    .sort();
}

describe('gen-example', () => {
  const dir = mkdtempSync(join(tmpdir(), 'plumbline-example-'));
  writeOrganization(dir, buildExample(), { headers: EXAMPLE_HEADERS });
  const { org, problems } = readOrganization(dir);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('writes only keys of the format, each file headed by its schema comment', () => {
    expect(problems).toEqual([]);
  });

  it('loads cleanly: ids, references, the cascade one level up, no cycles, line of sight', () => {
    expect(checkStructure(org)).toEqual([]);
  });

  it('shows every property it promises as of 2026-11-24', () => {
    const report = checkExampleProperties(org, AS_OF, wantedStatuses());
    expect(report.problems).toEqual([]);
  });

  it('has the size of a real organisation', () => {
    expect(org.metrics.length).toBeGreaterThanOrEqual(35);
    expect(org.journal.length).toBeGreaterThanOrEqual(6);
    expect(org.journal.length).toBeLessThanOrEqual(10);
    expect(org.teams.length).toBeGreaterThanOrEqual(8);
  });

  it('is deterministic', () => {
    const again = mkdtempSync(join(tmpdir(), 'plumbline-example-'));
    try {
      writeOrganization(again, buildExample(), { headers: EXAMPLE_HEADERS });
      for (const file of listFiles(dir)) {
        expect(readFileSync(join(again, file), 'utf8'), file).toBe(
          readFileSync(join(dir, file), 'utf8'),
        );
      }
    } finally {
      rmSync(again, { recursive: true, force: true });
    }
  });

  it.runIf(existsSync(join(COMMITTED, 'strategy.yaml')))(
    'matches the committed kpis/ folder',
    () => {
      const owned = (f: string) =>
        /^(strategy|teams)\.yaml$|^metrics\/.*\.(yaml|csv)$|^journal\/.*\.yaml$/.test(f);
      expect(listFiles(COMMITTED).filter(owned)).toEqual(listFiles(dir));
      for (const file of listFiles(dir)) {
        expect(
          readFileSync(join(COMMITTED, file), 'utf8'),
          `${file} (run npm run gen:example)`,
        ).toBe(readFileSync(join(dir, file), 'utf8'));
      }
    },
  );

  it('replaces only the files it owns', () => {
    const target = mkdtempSync(join(tmpdir(), 'plumbline-example-'));
    try {
      writeFileSync(join(target, 'README.md'), 'kept');
      writeOrganization(target, buildExample(), { headers: EXAMPLE_HEADERS });
      writeFileSync(join(target, 'metrics', 'stray.yaml'), 'name: old');
      writeOrganization(target, buildExample(), { headers: EXAMPLE_HEADERS });
      expect(readFileSync(join(target, 'README.md'), 'utf8')).toBe('kept');
      expect(existsSync(join(target, 'metrics', 'stray.yaml'))).toBe(false);
    } finally {
      rmSync(target, { recursive: true, force: true });
    }
  });
});
