import { describe, expect, it } from 'vitest';
import { mergeReadings, type PulledReading } from '../../../src/core/sources/merge-readings.ts';

/** Day number of a date, computed independently of the period code. */
function day(text: string): number {
  return Date.parse(`${text}T00:00:00Z`) / 86_400_000;
}

function pulled(...rows: [string, number, string?][]): PulledReading[] {
  return rows.map(([start, value, note]) => ({ start: day(start), value, note: note ?? null }));
}

function merged(
  csv: string | null,
  cadence: Parameters<typeof mergeReadings>[2],
  rows: PulledReading[],
  since: number | null = null,
) {
  const result = mergeReadings('metrics/k.csv', csv, cadence, rows, since);
  if (result.kind !== 'merged') throw new Error(result.diagnostic.message);
  return result;
}

describe('mergeReadings', () => {
  it('writes a new file in period form, one row per period, in date order', () => {
    const r = merged(null, 'monthly', pulled(['2026-02-01', 7.5], ['2026-01-01', 1e21, 'launch']));
    expect(r.text).toBe('date,value,note\n2026-01,1000000000000000000000,launch\n2026-02,7.5,\n');
    expect(r.added).toEqual(['2026-01', '2026-02']);
    expect(r.changed).toBe(true);
  });

  it('appends new periods and leaves unchanged rows byte for byte', () => {
    const csv = 'date,value,note\n2026-01,100.0,  Kick-off  \n2026-02,110,\n';
    const r = merged(
      csv,
      'monthly',
      pulled(['2026-01-01', 100], ['2026-02-01', 110], ['2026-03-01', 0.1 + 0.2]),
    );
    expect(r.text).toBe(
      'date,value,note\n2026-01,100.0,  Kick-off  \n2026-02,110,\n2026-03,0.30000000000000004,\n',
    );
    expect(r.added).toEqual(['2026-03']);
    expect(r.revised).toEqual([]);
  });

  it('replaces a revised period, reports it, and keeps the note a person wrote', () => {
    const csv = 'date,value,note\n2026-01,100,Trade show week\n2026-02,,\n';
    const r = merged(
      csv,
      'monthly',
      pulled(['2026-01-01', 104, 'from query'], ['2026-02-01', 90, 'query note']),
    );
    expect(r.text).toBe('date,value,note\n2026-01,104,Trade show week\n2026-02,90,query note\n');
    expect(r.revised).toEqual([
      { period: '2026-01', from: 100, to: 104 },
      { period: '2026-02', from: null, to: 90 },
    ]);
  });

  it('keeps rows the query no longer returns and counts those in the pulled range', () => {
    const csv = 'date,value\n2025-12,5\n2026-01,6\n2026-02,7\n';
    const r = merged(csv, 'monthly', pulled(['2026-02-01', 7]), day('2026-01-01'));
    expect(r.text).toBe(csv);
    expect(r.changed).toBe(false);
    expect(r.kept).toBe(1); // 2026-01; 2025-12 is before --since
  });

  it('is idempotent: merging its own output again changes nothing', () => {
    const rows = pulled(
      ['2026-01-05', 3],
      ['2026-01-12', 4, 'a, "quoted" note'],
      ['2025-12-29', 2],
    );
    const first = merged('date,value,note\n2026-W03,9,\n', 'weekly', rows);
    expect(first.text).toBe(
      'date,value,note\n2026-W01,2,\n2026-W02,3,\n2026-W03,4,"a, ""quoted"" note"\n',
    );
    expect(first.revised).toEqual([{ period: '2026-W03', from: 9, to: 4 }]);
    const second = merged(first.text, 'weekly', rows);
    expect(second.changed).toBe(false);
    expect(second.text).toBe(first.text);
  });

  it('sorts rows written out of order once, then leaves them', () => {
    const csv = 'date,value\n2026-03,3\n2026-01,1\n';
    const r = merged(csv, 'monthly', pulled(['2026-01-01', 1]));
    expect(r.text).toBe('date,value\n2026-01,1\n2026-03,3\n');
    expect(r.added).toEqual([]);
  });

  it('keeps the file style: BOM, CRLF, `;` with decimal commas, dates on the last day', () => {
    // ISO week from Monday 2026-01-05 ends Sunday 2026-01-11.
    const csv = '\uFEFFDate;Value;Note\r\n2026-01-04;1,5;\r\n';
    const r = merged(csv, 'weekly', pulled(['2025-12-29', 1.5], ['2026-01-05', 2.25, 'x;y']));
    expect(r.text).toBe('\uFEFFDate;Value;Note\r\n2026-01-04;1,5;\r\n2026-01-11;2,25;"x;y"\r\n');
  });

  it('writes a period on its first day when the file does', () => {
    const csv = 'value,date\n10,2026-04-01\n';
    const r = merged(csv, 'quarterly', pulled(['2026-07-01', 11]));
    expect(r.text).toBe('value,date\n10,2026-04-01\n11,2026-07-01\n');
  });

  it('writes no note into a file without a note column', () => {
    const r = merged('date,value\n', 'yearly', pulled(['2025-01-01', 1, 'dropped']));
    expect(r.text).toBe('date,value\n2025,1\n');
  });

  it('refuses a file with errors, pointing at the first one', () => {
    const result = mergeReadings(
      'metrics/k.csv',
      'date,value\n2026-01,1\n2026-13,2\n',
      'monthly',
      pulled(['2026-01-01', 1]),
      null,
    );
    expect(result).toMatchObject({
      kind: 'error',
      diagnostic: { rule: 'pull-merge', file: 'metrics/k.csv', line: 3 },
    });
  });

  it('refuses to revise a period the file holds several rows of', () => {
    const csv = 'date,value\n2026-01-05,1\n2026-01-06,2\n';
    const result = mergeReadings('metrics/k.csv', csv, 'weekly', pulled(['2026-01-05', 3]), null);
    expect(result).toMatchObject({ kind: 'error', diagnostic: { rule: 'pull-merge', line: 3 } });
    // A period the query does not return is no problem.
    expect(
      mergeReadings('metrics/k.csv', csv, 'weekly', pulled(['2026-01-12', 3]), null).kind,
    ).toBe('merged');
  });

  it('merges an empty pull into an empty file without a change', () => {
    const r = merged('date,value,note\n', 'daily', []);
    expect(r.changed).toBe(false);
  });

  it('handles a daily cadence and many rows', () => {
    const rows = Array.from({ length: 5000 }, (_, i) => ({
      start: day('2020-01-01') + i,
      value: i / 7,
      note: null,
    }));
    const r = merged(null, 'daily', rows);
    const lines = r.text.trim().split('\n');
    expect(lines).toHaveLength(5001);
    expect(lines[1]).toBe('2020-01-01,0,');
    expect(lines[8]).toBe(`2020-01-08,${String(1)},`);
    expect(merged(r.text, 'daily', rows).changed).toBe(false);
  });
});
