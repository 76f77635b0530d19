/**
 * The organisations the whole-site tests build, by folder under the repository, each at the date
 * its readings are current: the example, and an organisation built on real public series
 * (tests/fixtures/public-data-org, from vega-datasets: jobs in thousands, rain in mm, CO2 in ppm…).
 * `listedRows`: at least this many KPI rows in lists are compared with the KPIs' own pages.
 */
export const ORGANISATIONS = [
  { dir: 'kpis', asOf: '2026-11-24', listedRows: 50 },
  { dir: 'tests/fixtures/public-data-org', asOf: '2016-01-15', listedRows: 20 },
] as const;
