/** Retail Stores, B2B Sales and the Inside Sales team. */
import { PEOPLE as P } from './company.ts';
import { defineKpi, type ExampleKpi } from './kpi.ts';

export const RETAIL_SALES_KPIS: ExampleKpi[] = [
  defineKpi(
    {
      id: 'store-revenue',
      name: 'Store net revenue',
      description:
        'Net sales rung up in our fourteen stores. Pick-ups of web orders count as online revenue, not here.',
      formula: "sum(net_sales where channel = 'store')",
      unit: 'currency:USD',
      direction: 'up',
      kind: 'lagging',
      team: 'retail',
      owner: P.retail,
      cadence: 'monthly',
      aggregate: 'sum',
      objectives: ['grow-net-revenue'],
      supports: [{ kpi: 'net-revenue', weight: 0.47 }],
      primary: true,
      triggers: [
        {
          when: { change: '-12%', periods: 12 },
          action: 'Store-by-store review with the district managers: traffic, conversion, basket',
          owner: P.retail,
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      review: 'quarterly',
      source: { system: 'Lightspeed POS' },
    },
    {
      form: 'end',
      plan: {
        want: 'at-risk',
        baseline: '2025-10-31',
        target: { date: '2026-12-31' },
        decimals: -4,
      },
    },
  ),
  defineKpi(
    {
      id: 'store-footfall',
      name: 'Store footfall',
      description:
        'Visitors counted at the doors of all fourteen stores in the week. The counter vendor filters out staff.',
      formula: 'sum(door_counter_entries) - staff_entries',
      unit: 'count',
      direction: 'up',
      kind: 'leading',
      team: 'retail',
      owner: P.storeOps,
      cadence: 'weekly',
      aggregate: 'mean',
      objectives: ['grow-net-revenue'],
      drives: [{ kpi: 'store-revenue', lag: 0 }],
      triggers: [
        {
          when: { change: '-25%', periods: 52 },
          action: 'Check the counters first, then local events and weather with the store manager',
        },
      ],
      source: {
        system: 'ShopperTrak',
        note: 'counters replaced by the new vendor from October 2026; no data until it is live',
      },
      comments: { aggregate: 'a month is its average week' },
    },
    {
      form: 'end',
      until: '2026-10-04',
      plan: {
        want: 'on-track',
        baseline: '2025-10-05',
        target: { date: '2026-12-27' },
        decimals: -2,
      },
    },
  ),
  defineKpi(
    {
      id: 'staff-certification-rate',
      name: 'Certified store associates',
      description:
        'Share of store associates (headcount at quarter end) who passed the Northwind Gear Expert certification for their department.',
      formula: 'certified_associates / associates * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'leading',
      team: 'retail',
      owner: P.storeOps,
      cadence: 'quarterly',
      objectives: ['build-expert-staff'],
      triggers: [
        {
          when: { change: '-15%', periods: 1 },
          action: 'Book certification sessions for the new hires before peak',
        },
      ],
      horizon: 'long',
      source: { system: 'Workday Learning' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-03-31',
        milestones: ['2026-06-30'],
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
  defineKpi(
    {
      id: 'sales-per-labor-hour',
      name: 'Sales per labor hour',
      description: 'Store net revenue divided by paid store labor hours.',
      formula: 'store_net_revenue / paid_labor_hours',
      unit: 'currency:USD',
      direction: 'up',
      kind: 'lagging',
      team: 'retail',
      owner: P.storeOps,
      cadence: 'monthly',
      aggregate: 'mean',
      objectives: ['lower-cost-to-serve'],
      triggers: [
        {
          when: { change: '-10%', periods: 12 },
          action: 'Rework the rota template for the stores that fell most',
        },
      ],
      audit: 'outcome',
      source: { system: 'Lightspeed POS', note: 'hours from Deputy' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-10-31',
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
  // — B2B Sales —
  defineKpi(
    {
      id: 'b2b-bookings',
      name: 'B2B bookings',
      description:
        'Signed B2B orders — pre-season and replenishment — net of cancellations, by booking date.',
      formula: 'sum(order_value where stage = signed) - cancellations',
      unit: 'currency:USD',
      direction: 'up',
      kind: 'lagging',
      team: 'sales',
      owner: P.sales,
      cadence: 'monthly',
      aggregate: 'sum',
      objectives: ['win-b2b-accounts'],
      supports: [{ kpi: 'net-revenue', weight: 0.16 }],
      primary: true,
      triggers: [
        {
          when: { change: '-25%', periods: 12 },
          action: 'Pipeline review with every account manager; pull forward next-season offers',
          owner: P.sales,
        },
      ],
      audit: 'outcome',
      review: 'quarterly',
      source: { system: 'Salesforce', note: 'HubSpot until the March 2026 migration' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-09-30',
        target: { date: '2026-12-31' },
        decimals: -4,
      },
    },
  ),
  defineKpi(
    {
      id: 'win-rate',
      name: 'Win rate',
      description:
        'Opportunities closed-won over all opportunities closed in the quarter (won and lost), by count.',
      formula: 'closed_won / (closed_won + closed_lost) * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
      team: 'sales',
      owner: P.sales,
      cadence: 'quarterly',
      objectives: ['win-b2b-accounts'],
      triggers: [
        {
          when: { below: 20, periods: 2 },
          action: 'Loss review of the last twenty lost deals with the team',
        },
      ],
      audit: 'outcome',
      source: { system: 'Salesforce' },
    },
    {
      form: 'period',
      plan: {
        want: 'at-risk',
        baseline: '2025-03-31',
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
  defineKpi(
    {
      id: 'active-b2b-accounts',
      name: 'Active B2B accounts',
      description: 'B2B accounts with at least one order in the last 12 months.',
      formula: 'count(accounts where last_order_date >= today - 12 months)',
      unit: 'count',
      direction: 'up',
      kind: 'lagging',
      team: 'sales',
      owner: P.sales,
      cadence: 'monthly',
      aggregate: 'last',
      objectives: ['win-b2b-accounts'],
      triggers: [
        {
          when: { change: '-5%', periods: 3 },
          action: 'Win-back calls to accounts that lapsed this quarter',
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      source: { system: 'Salesforce' },
    },
    {
      form: 'end',
      plan: {
        want: 'on-track',
        baseline: '2025-01-31',
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
  defineKpi(
    {
      id: 'b2b-reorder-rate',
      name: 'B2B reorder rate',
      description:
        "Share of last season's B2B accounts that have booked again for the coming season. Added at the Q3 2026 review; the first reading comes with the Q4 close.",
      formula: 'accounts_rebooked / accounts_last_season * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
      team: 'sales',
      owner: P.sales,
      cadence: 'quarterly',
      objectives: ['win-b2b-accounts'],
      target: { value: 65, date: '2027-06-30' },
      triggers: [
        {
          when: { below: 50, periods: 1 },
          action: 'Account reviews for every lapsed account over $20k',
        },
      ],
      audit: 'outcome',
      horizon: 'long',
      introduced: '2026-10-13',
      source: { system: 'Salesforce' },
    },
    { form: 'period' },
  ),
  // — Inside Sales —
  defineKpi(
    {
      id: 'qualified-leads',
      name: 'Qualified leads',
      description:
        'Inbound and outbound leads that fit our B2B profile — guiding companies, schools, clubs and corporate teams of 20 or more — and booked a discovery call.',
      formula: 'count(leads where icp_fit and discovery_call_booked)',
      unit: 'count',
      direction: 'up',
      kind: 'leading',
      team: 'inside-sales',
      sharedWith: ['growth-marketing'],
      owner: P.insideSales,
      cadence: 'weekly',
      aggregate: 'sum',
      objectives: ['win-b2b-accounts'],
      supports: [{ kpi: 'b2b-bookings', weight: 0.6 }],
      drives: [{ kpi: 'b2b-bookings', lag: 1 }],
      primary: true,
      triggers: [
        {
          when: { below: 30, periods: 3 },
          action: 'Review lead sources with marketing in the Monday pipeline call',
          owner: P.insideSales,
        },
      ],
      review: 'quarterly',
      source: { system: 'Salesforce', note: 'HubSpot until the March 2026 migration' },
      comments: {
        shared_with: 'marketing sources most inbound leads',
        drives: 'a qualified lead books about a month later',
      },
    },
    {
      form: 'start',
      plan: {
        want: 'on-track',
        baseline: '2025-11-17',
        target: { date: '2026-12-28' },
        decimals: 0,
      },
    },
  ),
  defineKpi(
    {
      id: 'lead-response-hours',
      name: 'Lead response time',
      description:
        "Median business hours from a lead's form submission to the first reply by a person.",
      formula: 'median(first_human_reply_at - submitted_at) in business hours',
      unit: 'hours',
      direction: 'down',
      kind: 'leading',
      team: 'inside-sales',
      owner: P.insideSales,
      cadence: 'weekly',
      aggregate: 'mean',
      objectives: ['win-b2b-accounts'],
      supports: [{ kpi: 'win-rate', weight: 0.3 }],
      triggers: [
        {
          when: { above: 24, periods: 2 },
          action: 'Reassign the inbound queue; pause outbound for the week',
        },
      ],
      source: { system: 'Salesforce' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-01-05',
        target: { date: '2026-12-27' },
        decimals: 1,
      },
    },
  ),
  defineKpi(
    {
      id: 'sales-cycle-days',
      name: 'Sales cycle length',
      description:
        'Median days from discovery call to signed order, for deals closed in the month.',
      formula: 'median(signed_at - discovery_call_at) in days',
      unit: 'days',
      direction: 'down',
      kind: 'lagging',
      team: 'inside-sales',
      owner: P.insideSales,
      cadence: 'monthly',
      aggregate: 'mean',
      objectives: ['win-b2b-accounts'],
      supports: [{ kpi: 'win-rate', weight: 0.2 }],
      triggers: [
        {
          when: { above: 60, periods: 2 },
          action: 'Deal-desk review of every open deal older than 45 days',
        },
      ],
      audit: 'outcome',
      source: { system: 'Salesforce' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-01-31',
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
];
