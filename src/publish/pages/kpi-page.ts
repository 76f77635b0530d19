/** The props of a KPI's page: its verdict and step, charts, links in words, decisions, readings. Pure. */
import { alertTitle, issueSearchUrl, type Repository } from '../../core/alerts/issue-search.ts';
import { forecastWords } from '../../core/analytics/forecast-words.ts';
import type { NextStep } from '../../core/analytics/next-step.ts';
import { scorecardState } from '../../core/analytics/scorecard-counts.ts';
import { formatValues, sameValue } from '../../core/format/format-value.ts';
import type { KpiJson, ModelJson } from '../../core/model/model.ts';
import { impactWords, linkCaveats } from '../evidence-words.ts';
import type { PlannedCharts } from '../plan-charts.ts';
import type { ChartTitle, KpiLinkRow, KpiPageProps, LegendItem, TableRow } from '../site-plan.ts';

/** The props of the page of `kpi`. */
export function kpiPage(
  names: ReadonlyMap<string, string>,
  model: ModelJson,
  kpi: KpiJson,
  drawn: PlannedCharts,
  step: NextStep | null,
  repository: Repository | null,
): KpiPageProps {
  const table = drawn.tables[kpi.id] ?? [];
  const first = table.at(-1);
  const impact = kpi.impact === null ? null : impactWords(kpi.impact, kpi.direction);
  return {
    id: kpi.id,
    kpi: {
      ...kpi,
      alignment: {
        ...kpi.alignment,
        checks: kpi.alignment.checks.map((c) => ({ ...c, detail: named(c.detail, names) })),
      },
    },
    state: scorecardState(kpi),
    step,
    numbers: pageNumbers(kpi, table, model.locale),
    charts: {
      wide: drawn.charts[`kpi/${kpi.id}`]!,
      narrow: drawn.charts[`kpi-narrow/${kpi.id}`]!,
      caption: drawn.captions[`kpi/${kpi.id}`]!,
      legend: drawn.legends[`kpi/${kpi.id}`]!,
    },
    links: linkRows(kpi, drawn),
    impact: impact === null ? null : { to: kpi.impact!.to, lead: impact.lead, tail: impact.tail },
    // One note per linked KPI and sentence: a supports and a drives link to one KPI share theirs.
    caveats: [
      ...new Map(
        kpi.links.flatMap((l) =>
          linkCaveats(l).map((text) => [`${l.to}\u0000${text}`, { to: l.to, text }] as const),
        ),
      ).values(),
    ],
    decisions: model.journal.flatMap((j) =>
      j.decisions
        .filter((d) => d.kpi === kpi.id)
        .map((d) => ({ date: j.date, title: j.title, decision: d.decision, note: d.note })),
    ),
    // The date of each period is said by its label; only the oldest row's is needed (below).
    table: table.map(({ date: _, ...row }) => row),
    forecastWords: kpi.forecast === null ? null : forecastWords(kpi.forecast.probability),
    alertIssues: kpi.alerts.map((a) =>
      repository === null
        ? null
        : issueSearchUrl(
            repository,
            alertTitle(kpi.name, kpi.triggerDefinitions[a.trigger]?.when ?? '', a.since),
          ),
    ),
    firstReading: first === undefined ? null : { date: first.date, value: first.value },
    explorable: drawn.explorable.includes(kpi.id),
  };
}

/**
 * The links of a KPI as its table lists them: a KPI linked twice with the same statistics
 * (supports and drives at the same lag) is one row naming both.
 */
function linkRows(kpi: KpiJson, drawn: PlannedCharts): KpiLinkRow[] {
  const rows: {
    types: ('supports' | 'drives')[];
    link: KpiJson['links'][number];
    chart: string | null;
    narrowChart: string | null;
    title: ChartTitle | null;
    legend: readonly LegendItem[];
  }[] = [];
  const same = (a: KpiJson['links'][number], b: KpiJson['links'][number]) =>
    a.to === b.to && a.lag === b.lag && a.r === b.r && a.n === b.n && a.pAdjusted === b.pAdjusted;
  for (const l of kpi.links) {
    const pair = `${kpi.id}/${l.to}`;
    const drawnAs = (name: string) =>
      l.type === 'drives' ? (drawn.charts[`${name}/${pair}`] ?? null) : null;
    const [chart, narrowChart] = [drawnAs('leadlag'), drawnAs('leadlag-narrow')];
    const title = chart === null ? null : (drawn.titles[`leadlag/${pair}`] ?? null);
    const legend = chart === null ? [] : (drawn.legends[`leadlag/${pair}`] ?? []);
    const twin = rows.find((r) => same(r.link, l));
    if (twin === undefined) {
      rows.push({ types: [l.type], link: l, chart, narrowChart, title, legend });
      continue;
    }
    twin.types.push(l.type);
    // The drives link carries the effect's direction and the chart.
    if (l.type === 'drives')
      Object.assign(twin, {
        link: { ...l, weight: twin.link.weight },
        chart,
        narrowChart,
        title,
        legend,
      });
  }
  return rows;
}

/**
 * A check's words with each hyphenated id of a KPI, objective, goal or team replaced by its name
 * ("Reaches earn-customer-loyalty" → "Reaches Earn customer loyalty"): pages say names, not slugs.
 * Single-word ids are left alone, as they cannot be told from words.
 */
export function named(text: string, names: ReadonlyMap<string, string>): string {
  return text.replace(/\b[a-z0-9]+(?:-[a-z0-9]+)+\b/g, (id) => names.get(id) ?? id);
}

/**
 * The texts of the values a KPI page shows on their own (KpiPageProps.numbers): the readings
 * table with one precision, the headline values (the period so far, target, forecast and its
 * range, baseline, milestones) with another, so a table of fine readings does not lengthen the
 * target; and all of them with one precision when two different values would read alike.
 */
export function pageNumbers(
  kpi: KpiJson,
  table: readonly TableRow[],
  locale: string,
): Record<string, string> {
  const readings: number[] = [];
  for (const r of table) finite(readings, r.value, r.planned);
  const headline = finite(
    [],
    kpi.current?.value,
    kpi.target?.value,
    kpi.forecast?.value,
    kpi.forecast?.low,
    kpi.forecast?.high,
    kpi.baseline?.value,
    ...kpi.milestones.map((m) => m.value),
  );
  const texts = (values: readonly number[]) => formatValues(values, kpi.unit, { locale });
  const apart: Record<string, string> = {};
  // The value each text shows; two different values (to 12 digits) with one text are alike.
  const valueOf = new Map<string, number>();
  let alike = false;
  for (const values of [readings, headline]) {
    const shown = texts(values);
    for (let i = 0; i < values.length; i++) {
      const text = shown[i]!;
      const seen = valueOf.get(text);
      if (seen === undefined) valueOf.set(text, values[i]!);
      else alike ||= !sameValue(seen, values[i]!);
      apart[String(values[i])] = text;
    }
  }
  if (!alike) return apart;
  const all = [...readings, ...headline];
  const shown = texts(all);
  const together: Record<string, string> = {};
  for (let i = 0; i < all.length; i++) together[String(all[i])] = shown[i]!;
  return together;
}

/** Pushes the finite values among `values` onto `into`, and returns it. */
function finite(into: number[], ...values: (number | null | undefined)[]): number[] {
  for (const v of values) if (v !== undefined && v !== null && Number.isFinite(v)) into.push(v);
  return into;
}
