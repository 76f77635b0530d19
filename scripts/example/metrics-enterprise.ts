/** Northwind's enterprise scorecard: the vital few the leadership team reviews every month. */
import { PEOPLE as P } from './company.ts';
import { defineKpi, type ExampleKpi } from './kpi.ts';

export const ENTERPRISE_KPIS: ExampleKpi[] = [
  defineKpi(
    {
      id: 'net-revenue',
      name: 'Net revenue (trailing 12 months)',
      description:
        'Net revenue of all three channels — web store, stores and B2B — over the last twelve months, after returns and discounts. The trailing window irons out our very seasonal year: a month is compared with a full year, not with last December.',
      formula: 'sum(net_sales over the last 12 months) across web, stores and B2B',
      unit: 'currency:USD',
      direction: 'up',
      kind: 'lagging',
      team: 'northwind',
      owner: P.cfo,
      cadence: 'monthly',
      objectives: ['grow-net-revenue'],
      primary: true,
      triggers: [
        {
          when: { change: '-2%', periods: 3 },
          action: 'CFO calls a reforecast with the leadership team within two weeks',
          owner: P.cfo,
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      review: 'quarterly',
      source: { system: 'NetSuite', note: 'month-end close, final by the 6th working day' },
      comments: { target: 'the board number' },
    },
    {
      form: 'period',
      plan: {
        baseline: '2025-01-31',
        milestones: ['2026-06-30'],
        target: { date: '2026-12-31', value: 60_000_000 },
        decimals: -5,
      },
    },
  ),
  defineKpi(
    {
      id: 'gross-margin',
      name: 'Gross margin',
      description:
        'Net revenue minus cost of goods sold (landed cost: product, inbound freight and duties) as a share of net revenue. Markdowns and tariffs show up here first.',
      formula: '(net_revenue - cogs) / net_revenue * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
      team: 'northwind',
      owner: P.cfo,
      cadence: 'monthly',
      objectives: ['protect-gross-margin'],
      triggers: [
        {
          when: { below: 39, periods: 2 },
          action:
            'Freeze the promotional calendar; merchandising presents a markdown plan to the CFO',
          owner: P.cfo,
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      review: 'quarterly',
      source: { system: 'NetSuite' },
    },
    {
      form: 'period',
      plan: { baseline: '2024-12-31', target: { date: '2026-12-31', value: 44 }, decimals: 1 },
    },
  ),
  defineKpi(
    {
      id: 'repeat-purchase-rate',
      name: 'Repeat purchase rate',
      description:
        'Share of customers who bought in the last 12 months and placed two or more orders in that window, any channel. Store customers count once we can match them to a Trail Club account or a card token.',
      formula: 'customers_with_2plus_orders_12m / customers_with_orders_12m * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
      team: 'northwind',
      owner: P.retail,
      cadence: 'monthly',
      objectives: ['keep-customers-coming-back'],
      primary: true,
      triggers: [
        {
          when: { change: '-3%', periods: 3 },
          action: 'Loyalty deep-dive: lapsed-customer cohorts by channel, with growth marketing',
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      review: 'quarterly',
      source: { system: 'Snowflake', note: 'customer_360 model' },
    },
    {
      form: 'period',
      plan: { baseline: '2025-01-31', target: { date: '2026-12-31', value: 38 }, decimals: 1 },
    },
  ),
  defineKpi(
    {
      id: 'net-promoter-score',
      name: 'Net Promoter Score',
      description:
        'Quarterly relationship survey of customers who bought in the quarter, all channels (about 2,500 answers a quarter): percent promoters (9–10) minus percent detractors (0–6).',
      formula: 'pct(score >= 9) - pct(score <= 6)',
      unit: 'score',
      direction: 'up',
      kind: 'lagging',
      team: 'northwind',
      owner: P.retail,
      cadence: 'quarterly',
      objectives: ['keep-customers-coming-back'],
      thresholds: { warning: 3, critical: 6 },
      triggers: [
        {
          when: { below: 38, periods: 2 },
          action: 'Read every detractor comment of the quarter at the leadership offsite',
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      review: 'quarterly',
      source: { system: 'Qualtrics' },
      comments: { thresholds: 'NPS points, not percent' },
    },
    {
      form: 'period',
      plan: { baseline: '2025-03-31', target: { date: '2026-12-31', value: 55 }, decimals: 0 },
    },
  ),
  defineKpi(
    {
      id: 'cost-per-order',
      name: 'Fulfillment cost per order',
      description:
        'Pick, pack, packaging and outbound shipping cost divided by orders shipped (web and ship-from-store). B2B pallet shipments are costed separately and left out.',
      formula: '(warehouse_labor + packaging + outbound_freight) / orders_shipped',
      unit: 'currency:USD',
      direction: 'down',
      kind: 'lagging',
      team: 'northwind',
      owner: P.coo,
      cadence: 'monthly',
      objectives: ['lower-cost-to-serve'],
      primary: true,
      baseline: { value: 9.1, date: '2024-01-31' },
      target: { value: 7.5, date: '2026-09-30' },
      triggers: [
        {
          when: { change: '5%', periods: 3 },
          action: 'Carrier rate review with procurement; present options at the next ops review',
          owner: P.coo,
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      review: 'quarterly',
      source: { system: 'NetSuite', note: 'fulfillment cost centre 4100' },
      comments: { target: 'the goal deadline' },
    },
    { form: 'period' },
  ),
  defineKpi(
    {
      id: 'employee-engagement',
      name: 'Employee engagement index',
      description:
        'Annual all-staff survey, run every October: mean of the ten engagement items, scaled 0–100. Culture Amp since 2021, Glint before.',
      formula: 'mean(engagement_items) scaled to 0-100',
      unit: 'score',
      direction: 'up',
      kind: 'lagging',
      team: 'northwind',
      owner: P.people,
      cadence: 'yearly',
      objectives: ['build-expert-staff'],
      audit: 'outcome',
      horizon: 'long',
      introduced: '2018-01-01',
      review: 'yearly',
      source: { system: 'Culture Amp' },
      comments: {
        top: 'No target yet: we set one once we have two years of the Culture Amp retail benchmark.',
      },
    },
    { form: 'period', from: '2018-01-01' },
  ),
];
