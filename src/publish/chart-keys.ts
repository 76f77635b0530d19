/**
 * Content keys of the charts (and of the readings CSVs), computed from what each is made from
 * rather than from the finished spec or text, so an unchanged one is recognised without making
 * it. A key hashes exactly the arguments its input function reads (chart-data-from-analysis.ts,
 * readings-csv.ts) and a salt naming the code (and renderer) that make it: equal keys, equal bytes.
 */
import { createHash, type Hash } from 'node:crypto';
import type { KpiAnalysis, LinkAnalysis } from '../core/analytics/analyze-project.ts';
import type { Readings } from '../core/load/parse-readings.ts';
import type { KpiRecord } from '../core/load/project.ts';
import type { KpiChartFacts } from '../charts/chart-data-from-analysis.ts';

/** The key of a KPI chart drawn `width` px wide: its series, plan, definition, facts and date. */
export function kpiChartKey(
  salt: string,
  k: KpiAnalysis,
  json: KpiChartFacts,
  asOf: number,
  width: number,
): string {
  const { series, plan } = k.facts;
  const h = createHash('sha256').update(`${salt}\nkpi ${width} ${asOf}\n`);
  h.update(JSON.stringify(k.record.def)).update('\n').update(JSON.stringify(json)).update('\n');
  h.update(`${series.grain} ${series.first}\n`);
  bytes(h, series.values);
  return h.update(JSON.stringify(plan)).digest('hex');
}

/**
 * The key of the lead/lag chart of a link drawn `width` px wide: both KPIs' readings and
 * definitions, the evidence.
 */
export function leadLagChartKey(
  salt: string,
  lead: KpiRecord,
  lag: KpiRecord,
  link: LinkAnalysis,
  asOf: number,
  width: number,
): string {
  const h = createHash('sha256').update(`${salt}\nleadlag ${width} ${asOf}\n`);
  for (const r of [lead, lag]) {
    h.update(JSON.stringify(r.def)).update('\n');
    readings(h, r.readings);
  }
  return h.update(JSON.stringify(link)).digest('hex');
}

/** The key of a KPI's readings CSV as of a day: its readings, notes included. */
export function readingsCsvKey(salt: string, r: Readings, asOf: number): string {
  const h = createHash('sha256').update(`${salt}\ncsv ${asOf}\n`);
  readings(h, r);
  return h.update(JSON.stringify([...r.notes])).digest('hex');
}

function readings(h: Hash, r: Readings): void {
  bytes(h, r.days);
  bytes(h, r.values);
}

function bytes(h: Hash, a: Float64Array | Int32Array): void {
  h.update(`${a.length}\n`).update(new Uint8Array(a.buffer, a.byteOffset, a.byteLength));
}
