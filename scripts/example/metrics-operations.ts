/** Operations: the Fulfillment Center and Customer Care. */
import { PEOPLE as P } from './company.ts';
import { defineKpi, type ExampleKpi } from './kpi.ts';

export const OPERATIONS_KPIS: ExampleKpi[] = [
  defineKpi(
    {
      id: 'on-time-delivery',
      name: 'On-time delivery',
      description:
        'Web and ship-from-store parcels delivered by the promised date, from carrier scan events, by delivery week.',
      formula: 'parcels_delivered_by_promise_date / parcels_delivered * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
      team: 'operations',
      owner: P.coo,
      cadence: 'weekly',
      aggregate: 'mean',
      objectives: ['deliver-on-time'],
      supports: [{ kpi: 'net-promoter-score', weight: 0.3 }],
      primary: true,
      target: { value: 97, date: '2026-09-30' },
      triggers: [
        {
          when: { below: 92, periods: 2 },
          action:
            'Carrier escalation: daily call with the regional carrier, and move Front Range volume to the backup carrier if there is no recovery within a week',
          owner: P.fulfillment,
        },
      ],
      audit: 'outcome',
      review: 'quarterly',
      source: { system: 'Shippo', note: 'carrier tracking events' },
      comments: { target: 'from the cost-to-serve goal' },
    },
    {
      form: 'end',
      plan: { baseline: '2025-01-05', target: { date: '2026-09-30', value: 97 }, decimals: 1 },
    },
  ),
  defineKpi(
    {
      id: 'inventory-days-on-hand',
      name: 'Inventory days on hand',
      description:
        'Inventory at cost at month end divided by the average daily cost of goods sold over the last 90 days. Too high ties up cash and ends in markdowns; too low means empty shelves at peak.',
      formula: 'inventory_at_cost / (cogs_last_90_days / 90)',
      unit: 'days',
      direction: 'target',
      kind: 'lagging',
      team: 'operations',
      owner: P.planner,
      cadence: 'monthly',
      aggregate: 'last',
      objectives: ['protect-gross-margin', 'lower-cost-to-serve'],
      supports: [{ kpi: 'gross-margin', weight: 0.2 }],
      thresholds: { warning: '8%', critical: '15%' },
      triggers: [
        { when: { above: 125, periods: 1 }, action: 'Open a markdown review with merchandising' },
      ],
      horizon: 'long',
      source: { system: 'NetSuite' },
      comments: { thresholds: 'seasonal builds make ±8% normal' },
    },
    {
      form: 'end',
      plan: {
        want: 'on-track',
        baseline: '2025-10-31',
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
  defineKpi(
    {
      id: 'return-rate',
      name: 'Return rate',
      description:
        'Units returned as a share of units sold, by month of sale, web and stores together.',
      formula: 'units_returned / units_sold * 100',
      unit: 'percent',
      direction: 'down',
      kind: 'lagging',
      team: 'operations',
      owner: P.planner,
      cadence: 'monthly',
      objectives: ['protect-gross-margin'],
      supports: [{ kpi: 'gross-margin', weight: 0.15 }],
      triggers: [
        {
          when: { above: 16, periods: 1 },
          action: 'Top-20 returned SKUs review with merchandising and QA',
        },
      ],
      audit: 'outcome',
      source: { system: 'Loop Returns', note: 'store returns from Lightspeed' },
    },
    {
      form: 'period',
      plan: {
        want: 'at-risk',
        baseline: '2025-10-31',
        target: { date: '2026-12-31' },
        decimals: 1,
      },
    },
  ),
  defineKpi(
    {
      id: 'csat-score',
      name: 'Customer satisfaction (CSAT)',
      description: 'Post-contact and post-delivery survey, 1 to 5, monthly mean of all answers.',
      formula: 'mean(csat_answer)',
      unit: 'score',
      direction: 'up',
      kind: 'lagging',
      team: 'operations',
      sharedWith: ['customer-care'],
      owner: P.care,
      cadence: 'monthly',
      aggregate: 'mean',
      objectives: ['keep-customers-coming-back', 'resolve-at-first-contact'],
      supports: [{ kpi: 'net-promoter-score', weight: 0.3 }],
      triggers: [
        {
          when: { below: 4, periods: 2 },
          action: 'Read every 1- and 2-star comment of the month with the team leads',
        },
      ],
      audit: 'outcome',
      source: { system: 'Zendesk', note: 'delivery survey via Shippo' },
    },
    {
      form: 'start',
      plan: {
        want: 'on-track',
        baseline: '2025-10-01',
        target: { date: '2026-12-31' },
        decimals: 2,
      },
    },
  ),
  // — Fulfillment Center —
  defineKpi(
    {
      id: 'orders-shipped-same-day',
      name: 'Orders shipped same day',
      description:
        'Web orders placed before 2 pm Mountain time that leave the building the same day.',
      formula: 'orders_shipped_same_day / orders_placed_before_cutoff * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'leading',
      team: 'fulfillment',
      owner: P.fulfillment,
      cadence: 'daily',
      aggregate: 'mean',
      objectives: ['deliver-on-time'],
      supports: [{ kpi: 'on-time-delivery', weight: 0.5 }],
      drives: [{ kpi: 'on-time-delivery', lag: 0 }],
      triggers: [
        {
          when: { below: 80, periods: 3 },
          action: 'Call in the flex crew and pause replenishment picks until the backlog clears',
          owner: P.fulfillment,
        },
      ],
      source: { system: 'Manhattan WMS' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-11-12',
        target: { date: '2026-12-31' },
        decimals: 1,
      },
    },
  ),
  defineKpi(
    {
      id: 'pick-accuracy',
      name: 'Pick accuracy',
      description: 'Order lines picked without error, as checked at pack-out.',
      formula: 'lines_picked_correctly / lines_picked * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'lagging',
      team: 'fulfillment',
      owner: P.fulfillment,
      cadence: 'weekly',
      aggregate: 'mean',
      objectives: ['deliver-on-time'],
      supports: [{ kpi: 'return-rate', weight: 0.2 }],
      triggers: [
        {
          when: { below: 98, periods: 2 },
          action: 'Audit the pick paths and labels in the zones with most errors',
        },
      ],
      audit: 'outcome',
      source: { system: 'Manhattan WMS' },
    },
    {
      form: 'period',
      plan: {
        want: 'on-track',
        baseline: '2025-01-05',
        target: { date: '2026-12-27' },
        decimals: 2,
      },
    },
  ),
  defineKpi(
    {
      id: 'dock-to-stock-hours',
      name: 'Dock-to-stock time',
      description:
        "Hours from a purchase order's arrival at the dock until its units can be picked. One reading per receiving day; the week's value is their mean.",
      formula: 'mean(putaway_completed_at - dock_arrival_at) in hours',
      unit: 'hours',
      direction: 'down',
      kind: 'lagging',
      team: 'fulfillment',
      owner: P.fulfillment,
      cadence: 'weekly',
      aggregate: 'mean',
      objectives: ['lower-cost-to-serve'],
      supports: [{ kpi: 'inventory-days-on-hand', weight: 0.3 }],
      triggers: [
        {
          when: { above: 36, periods: 2 },
          action: 'Add a second receiving shift until the dock is clear',
          owner: P.fulfillment,
        },
      ],
      audit: 'outcome',
      source: { system: 'Manhattan WMS' },
    },
    {
      form: 'period',
      plan: { baseline: '2025-11-16', target: { date: '2026-12-27', value: 20 }, decimals: 1 },
    },
  ),
  defineKpi(
    {
      id: 'wms-scan-compliance',
      name: 'Scan compliance',
      description:
        'Warehouse moves confirmed with a handheld scan rather than keyed in by hand: our proxy for how well the WMS rollout has landed on the floor.',
      formula: 'scanned_moves / all_moves * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'leading',
      team: 'fulfillment',
      owner: P.fulfillment,
      cadence: 'monthly',
      objectives: ['modernize-tools'],
      drives: [{ kpi: 'pick-accuracy', lag: 1 }],
      triggers: [
        {
          when: { change: '-10%', periods: 1 },
          action: 'Retrain the shift; check handheld batteries and the wifi dead spots',
        },
      ],
      audit: 'proxy',
      horizon: 'long',
      introduced: '2024-03-01',
      source: { system: 'Manhattan WMS' },
    },
    {
      form: 'period',
      from: '2024-03-01',
      plan: {
        want: 'on-track',
        baseline: '2025-01-31',
        target: { date: '2026-12-31' },
        decimals: 0,
      },
    },
  ),
  // — Customer Care —
  defineKpi(
    {
      id: 'first-contact-resolution',
      name: 'First-contact resolution',
      description:
        'Care contacts (chat, phone, email) resolved without a follow-up contact within 7 days.',
      formula: 'contacts_without_followup_7d / contacts * 100',
      unit: 'percent',
      direction: 'up',
      kind: 'leading',
      team: 'customer-care',
      owner: P.care,
      cadence: 'monthly',
      objectives: ['resolve-at-first-contact'],
      supports: [{ kpi: 'csat-score', weight: 0.5 }],
      drives: [{ kpi: 'net-promoter-score', lag: 0 }],
      primary: true,
      triggers: [
        {
          when: { change: '-8%', periods: 1 },
          action:
            'Listen to twenty unresolved contacts with the team leads; fix the top macro or policy gap',
          owner: P.care,
        },
      ],
      review: 'quarterly',
      source: { system: 'Zendesk' },
    },
    {
      form: 'period',
      plan: {
        want: 'at-risk',
        baseline: '2025-01-31',
        target: { date: '2026-12-31' },
        decimals: 1,
      },
    },
  ),
  defineKpi(
    {
      id: 'support-backlog',
      name: 'Open support tickets (weekly peak)',
      description:
        'Open tickets in the care queue, counted every morning. The weekly value is the highest count of the week.',
      formula: "count(tickets where status in ('new', 'open', 'pending'))",
      unit: 'count',
      direction: 'down',
      kind: 'leading',
      team: 'customer-care',
      owner: P.care,
      cadence: 'weekly',
      aggregate: 'max',
      objectives: ['resolve-at-first-contact'],
      supports: [{ kpi: 'csat-score', weight: 0.3 }],
      drives: [{ kpi: 'csat-score', lag: 0 }],
      triggers: [
        {
          when: { above: 450, periods: 2 },
          action:
            'Bring in seasonal agents from the temp pool; switch email auto-replies to the 48-hour promise',
          owner: P.care,
        },
      ],
      source: { system: 'Zendesk' },
      comments: { drives: 'more open tickets, lower CSAT' },
    },
    {
      form: 'period',
      plan: { baseline: '2025-11-16', target: { date: '2026-12-27', value: 200 }, decimals: 0 },
    },
  ),
  defineKpi(
    {
      id: 'training-hours-per-agent',
      name: 'Training hours per agent',
      description:
        'Formal training hours per care agent in the month: Care Academy modules and product clinics.',
      formula: 'training_hours / care_agents_fte',
      unit: 'hours',
      direction: 'up',
      kind: 'leading',
      team: 'customer-care',
      owner: P.care,
      cadence: 'monthly',
      aggregate: 'sum',
      objectives: ['build-expert-staff'],
      drives: [{ kpi: 'first-contact-resolution', lag: 1 }],
      triggers: [
        { when: { below: 2, periods: 2 }, action: 'Protect the training slots in the rota' },
      ],
      source: { system: 'Workday Learning' },
    },
    {
      form: 'end',
      plan: {
        want: 'on-track',
        baseline: '2025-01-31',
        target: { date: '2026-12-31' },
        decimals: 1,
      },
    },
  ),
];
