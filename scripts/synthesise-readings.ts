/**
 * Writes the example's readings, `kpis/metrics/<id>.csv`, from a short description of each KPI's
 * series in scripts/example-series.yaml. Everything else in kpis/ is edited by hand like any user's
 * files; the three pulled KPIs get theirs from `plumbline pull` (data/ is their source).
 *
 *   node scripts/synthesise-readings.ts [--series scripts/example-series.yaml] [--out kpis]
 *
 * A value is level × season × weekday × event × (1 + noise × z), rounded:
 *
 *   level    straight lines between dated knots, flat before the first and after the last
 *   season   twelve monthly factors, January first, read smoothly between mid-months
 *   weekday  seven factors, Monday first, for KPIs written one row a day
 *   events   a factor on one row, by its date as the CSV writes it (an outage, a peak, a surge)
 *   z        a standard normal draw, seeded per KPI; `follows` mixes in (with weight `share`, until
 *            a date) the draws of another KPI `lag` periods earlier, so lead/lag links show: the
 *            last draw of the period for a KPI that keeps the last reading, else all of them
 *
 * Rows run from `from` (default 2023-01-01) through the last period that ended before `as_of`, or
 * `until`; one per period of the KPI's cadence, or per day (`per: day`, `per: weekday`). `values`
 * lists the readings outright (surveys, a pilot); `gaps` are empty readings with a note.
 * Deterministic: the seed and the description decide every byte.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { parse } from 'yaml';
import {
  GRAIN_OF,
  GRAIN_RANK,
  formatDay,
  formatPeriod,
  isoWeekday,
  parseDay,
  parsePeriodText,
  periodEnd,
  periodIndexOf,
  periodStart,
  ymdFromDay,
  type Grain,
  type Period,
} from '../src/core/period/period.ts';
import { metricSchema, type Metric } from '../src/core/schema/metric.ts';
import { createRandom } from './lib/random.ts';

/** How one KPI's series is described (scripts/example-series.yaml). */
export interface SeriesSpec {
  form?: 'period' | 'start' | 'end';
  per?: 'day' | 'weekday';
  from?: string;
  until?: string;
  level?: Record<string, number>;
  season?: readonly number[];
  weekday?: readonly number[];
  noise?: number;
  decimals?: number;
  follows?: { kpi: string; lag?: number; share: number; until?: string };
  events?: Record<string, number>;
  gaps?: Record<string, string>;
  notes?: Record<string, string>;
  values?: Record<string, number>;
}

/** The whole description file. */
export interface SeriesFile {
  seed: number;
  as_of: string;
  kpis: Record<string, SeriesSpec>;
}

/** One reading, with the standard normal draw it was made from (for KPIs that follow it). */
export interface Row {
  period: Period;
  z: number;
  value: number | null;
  note?: string;
}

const day = (text: string | number): number => {
  const d = parseDay(String(text));
  if (d === null) throw new Error(`not a date: ${text}`);
  return d;
};

/** Linear between knots, flat outside them. */
function levelAt(knots: readonly [number, number][], d: number): number {
  if (d <= knots[0]![0]) return knots[0]![1];
  for (let i = 1; i < knots.length; i++) {
    const [d1, v1] = knots[i]!;
    const [d0, v0] = knots[i - 1]!;
    if (d <= d1) return v0 + ((v1 - v0) * (d - d0)) / (d1 - d0);
  }
  return knots[knots.length - 1]![1];
}

/** A monthly profile read on a day: linear between mid-month points. */
function seasonAt(profile: readonly number[], d: number): number {
  const { month, day: dom } = ymdFromDay(d);
  const x = month - 1 + (dom - 15) / 30.4;
  const lo = Math.floor(x);
  const at = (i: number) => profile[((i % 12) + 12) % 12]!;
  return at(lo) * (1 - (x - lo)) + at(lo + 1) * (x - lo);
}

/** The readings of every described KPI, by id, given each KPI's cadence and aggregate. */
export function synthesise(
  file: SeriesFile,
  kpis: ReadonlyMap<string, Pick<Metric, 'cadence' | 'aggregate'>>,
): Map<string, Row[]> {
  const asOf = day(file.as_of);
  const random = createRandom(file.seed);
  const done = new Map<string, Row[]>();
  const grainOf = (id: string): Grain => {
    const kpi = kpis.get(id);
    if (kpi === undefined) throw new Error(`no KPI file for ${id}`);
    return GRAIN_OF[kpi.cadence];
  };

  const build = (id: string): Row[] => {
    const known = done.get(id);
    if (known !== undefined) return known;
    const spec = file.kpis[id];
    if (spec === undefined) throw new Error(`no series for ${id}`);
    const grain = grainOf(id);
    const r = random.fork(id);
    const rows: Row[] = [];
    if (spec.values !== undefined) {
      for (const [text, value] of Object.entries(spec.values))
        rows.push({ period: parsePeriodText(text)!, z: 0, value });
    } else if (spec.level !== undefined) {
      const rowGrain: Grain = spec.per === undefined ? grain : 'day';
      const first = day(spec.from ?? '2023-01-01');
      const last = spec.until === undefined ? asOf - 1 : day(spec.until);
      const knots = Object.entries(spec.level)
        .map(([d, v]) => [day(d), v] as [number, number])
        .sort((a, b) => a[0] - b[0]);
      const leader = spec.follows === undefined ? null : build(spec.follows.kpi);
      const common: Grain =
        spec.follows === undefined || GRAIN_RANK[grain] >= GRAIN_RANK[grainOf(spec.follows.kpi)]
          ? grain
          : grainOf(spec.follows.kpi);
      for (let i = periodIndexOf(first, rowGrain); ; i++) {
        const period = { grain: rowGrain, index: i };
        const start = periodStart(period);
        const end = periodEnd(period);
        if (end > last) break;
        if (spec.per === 'weekday' && isoWeekday(start) > 5) continue;
        const mid = Math.floor((start + end) / 2);
        let z = r.normal();
        const follows = spec.follows;
        if (leader !== null && follows !== undefined) {
          const share =
            follows.until !== undefined && start >= day(follows.until) ? 0 : follows.share;
          const target = periodIndexOf(end, common) - (follows.lag ?? 0);
          let from = leader.filter((x) => periodIndexOf(periodEnd(x.period), common) === target);
          if (kpis.get(follows.kpi)!.aggregate === 'last') from = from.slice(-1);
          const lead = from.reduce((s, x) => s + x.z, 0) / Math.sqrt(Math.max(1, from.length));
          // Still a standard normal draw: its correlation with the leader's is `share`.
          z = share * lead + Math.sqrt(1 - share * share) * z;
        }
        const date = dateText(period, spec.form);
        const factor =
          levelAt(knots, mid) *
          (spec.season === undefined ? 1 : seasonAt(spec.season, mid)) *
          (spec.weekday === undefined ? 1 : spec.weekday[isoWeekday(start) - 1]!) *
          (spec.events?.[date] ?? 1);
        const gap = spec.gaps?.[date];
        rows.push({
          period,
          z,
          value:
            gap === undefined
              ? round(factor * (1 + (spec.noise ?? 0) * z), spec.decimals ?? 0)
              : null,
          ...(gap === undefined ? {} : { note: gap }),
        });
      }
    }
    for (const row of rows) {
      const note = spec.notes?.[dateText(row.period, spec.form)];
      if (note !== undefined) row.note = note;
    }
    done.set(id, rows);
    return rows;
  };
  for (const id of Object.keys(file.kpis).sort()) build(id);
  return done;
}

function round(x: number, decimals: number): number {
  const f = 10 ** decimals;
  return Math.round(x * f) / f + 0;
}

/** A CSV cell: quoted when it holds a delimiter, a quote or a line break. */
function csvCell(text: string): string {
  return /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** A reading's date as the CSV writes it: a day, or the period (`2026-W09`), its first or last day. */
function dateText(period: Period, form: SeriesSpec['form']): string {
  if (period.grain === 'day' || form === 'start') return formatDay(periodStart(period));
  return form === 'end' ? formatDay(periodEnd(period)) : formatPeriod(period);
}

/** `metrics/<id>.csv` text of a KPI's rows, dates in the KPI's form. */
export function readingsCsv(rows: readonly Row[], form: SeriesSpec['form']): string {
  const lines = ['date,value,note'];
  for (const { period, value, note } of rows)
    lines.push(
      `${dateText(period, form)},${value ?? ''},${note === undefined ? '' : csvCell(note)}`,
    );
  return `${lines.join('\n')}\n`;
}

/** Reads the description and the KPIs' cadences, and returns every CSV to write by path. */
export function exampleCsvs(seriesPath: string, kpisDir: string): Map<string, string> {
  const file = parse(readFileSync(seriesPath, 'utf8')) as SeriesFile;
  const kpis = new Map<string, Metric>();
  for (const id of Object.keys(file.kpis)) {
    const text = readFileSync(path.join(kpisDir, 'metrics', `${id}.yaml`), 'utf8');
    kpis.set(id, metricSchema.parse(parse(text)));
  }
  const out = new Map<string, string>();
  for (const [id, rows] of synthesise(file, kpis))
    out.set(path.join(kpisDir, 'metrics', `${id}.csv`), readingsCsv(rows, file.kpis[id]!.form));
  return out;
}

if (import.meta.main) {
  const { values } = parseArgs({
    options: {
      series: { type: 'string', default: 'scripts/example-series.yaml' },
      out: { type: 'string', default: 'kpis' },
    },
  });
  const files = exampleCsvs(values.series, values.out);
  for (const [file, text] of files) writeFileSync(file, text);
  console.log(`Wrote ${files.size} readings files under ${values.out}/metrics/.`);
}
