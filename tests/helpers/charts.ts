import type { TopLevelSpec } from 'vega-lite';
import type { KpiChartInput, LeadLagChartInput, Point } from '../../src/charts/chart-data.ts';
import { parseDay, parsePeriodText, periodEnd } from '../../src/core/period/period.ts';

/** Period-end days of `n` consecutive periods from `start` (`2026-W01`, `2026-03`, `2026-Q1`…). */
export function periodEnds(start: string, n: number): number[] {
  const first = parsePeriodText(start);
  if (first === null) throw new Error(`bad period ${start}`);
  return Array.from({ length: n }, (_, i) =>
    periodEnd({ grain: first.grain, index: first.index + i }),
  );
}

/** The day number of a `YYYY-MM-DD` date (tests write dates as people read them). */
export function day(date: string): number {
  const d = parseDay(date);
  if (d === null) throw new Error(`bad date ${date}`);
  return d;
}

/** Points at consecutive period ends: points('2026-01', [3, 5]) is Jan 31 → 3, Feb 28 → 5. */
export function points(start: string, values: readonly number[]): Point[] {
  const dates = periodEnds(start, values.length);
  return values.map((value, i) => ({ day: dates[i]!, value }));
}

/** A weekly lead/lag pair of four changes, leads 2 weeks ahead of revenue; override any field. */
export function leadLagInput(overrides: Partial<LeadLagChartInput> = {}): LeadLagChartInput {
  const dates = periodEnds('2026-W03', 4);
  return {
    leadingName: 'Qualified leads',
    laggingName: 'Revenue',
    lag: 2,
    cadence: 'weekly',
    r: 0.8234,
    n: 4,
    p: 0.0421,
    pairs: [
      { day: dates[0]!, leading: 2, lagging: 100 },
      { day: dates[1]!, leading: 4, lagging: 300 },
      { day: dates[2]!, leading: 6, lagging: 200 },
      { day: dates[3]!, leading: 8, lagging: 400 },
    ],
    width: 600,
    ...overrides,
  };
}

/** The text of an SVG's text elements, in order. */
export function svgTexts(svg: string): string[] {
  return [...svg.matchAll(/<text[^>]*>([^<]*)<\/text>/g)].map((m) => m[1]!);
}

/** A weekly KPI chart input with a plan, bands, target, forecast, triggers; override any field. */
export function kpiInput(overrides: Partial<KpiChartInput> = {}): KpiChartInput {
  const dates = periodEnds('2026-W01', 20);
  const series = points('2026-W01', [120, 124, 130, 128, 135, 140, 138, 145, 150, 152]);
  const plan = [
    { day: dates[0]!, value: 120 },
    { day: dates[9]!, value: 160 },
    { day: dates[19]!, value: 200 },
  ];
  return {
    id: 'qualified-leads',
    name: 'Qualified leads',
    unit: 'count',
    cadence: 'weekly',
    direction: 'up',
    status: 'at-risk',
    series,
    plan,
    bands: plan.map((p) => ({
      day: p.day,
      warningLow: p.value - 10,
      warningHigh: p.value + 10,
      criticalLow: p.value - 20,
      criticalHigh: p.value + 20,
    })),
    target: plan[2]!,
    forecast: {
      from: series[9]!,
      to: { day: dates[19]!, value: 188 },
      band: { low: 170, high: 205 },
    },
    triggerDays: [dates[3]!, dates[7]!],
    asOf: dates[9]!,
    width: 640,
    ...overrides,
  };
}

/** A layer of a layered spec by its `name`. */
export function layerNamed(
  spec: TopLevelSpec,
  name: string,
): Record<string, unknown> & {
  data: { values: Record<string, unknown>[] };
  mark: Record<string, unknown>;
  encoding?: Record<string, Record<string, unknown>>;
} {
  const layers = (spec as { layer?: { name?: string; data?: { name?: string } }[] }).layer ?? [];
  const found = layers.find((l) => l.name === name);
  if (found === undefined) throw new Error(`no layer named ${name}`);
  // Rows of a named dataset are shown as the layer's own (as a spec without datasets has them).
  const datasets = (spec as { datasets?: Record<string, unknown[]> }).datasets ?? {};
  const rows = found.data?.name === undefined ? undefined : datasets[found.data.name];
  return (rows === undefined ? found : { ...found, data: { values: rows } }) as ReturnType<
    typeof layerNamed
  >;
}

/** Names of a layered spec's layers, in drawing order. */
export function layerNames(spec: TopLevelSpec): string[] {
  return ((spec as { layer?: { name?: string }[] }).layer ?? []).map((l) => l.name ?? '');
}

/**
 * Checks that an SVG/XML string is well formed enough to be inlined: tags balance, attributes are
 * quoted, and no raw `<` or unescaped `&` appears in text. Returns the problems (empty when fine).
 */
export function xmlProblems(xml: string): string[] {
  const problems: string[] = [];
  const stack: string[] = [];
  const token =
    /<(\/?)([A-Za-z][\w:-]*)((?:\s+[\w:-]+="[^"<]*")*)\s*(\/?)>|<!--[\s\S]*?-->|<|&(?!(?:amp|lt|gt|quot|#39|#\d+|#x[0-9a-fA-F]+);)/g;
  for (const m of xml.matchAll(token)) {
    if (m[0] === '<') problems.push(`raw < at ${m.index}`);
    else if (m[0] === '&') problems.push(`raw & at ${m.index}`);
    else if (m[0].startsWith('<!--')) continue;
    else if (m[1] === '/') {
      const open = stack.pop();
      if (open !== m[2]) problems.push(`</${m[2]}> closes <${open ?? ''}> at ${m.index}`);
    } else if (m[4] !== '/') stack.push(m[2]!);
  }
  if (stack.length > 0) problems.push(`unclosed: ${stack.join(' ')}`);
  return problems;
}

/** Rows of a layer whose `field` equals `value` (e.g. the `Plan` rows of `lines`), without it. */
export function rowsOf(
  spec: TopLevelSpec,
  layer: string,
  field: string,
  value: string,
): Record<string, unknown>[] {
  return layerNamed(spec, layer)
    .data.values.filter((row) => row[field] === value)
    .map((row) => Object.fromEntries(Object.entries(row).filter(([k]) => k !== field)));
}

/** The value of a spec's top-level param. */
export function paramOf(spec: TopLevelSpec, name: string): unknown {
  const params = (spec as { params?: { name: string; value?: unknown }[] }).params ?? [];
  const found = params.find((p) => p.name === name);
  if (found === undefined) throw new Error(`no param named ${name}`);
  return found.value;
}
