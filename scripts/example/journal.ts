/**
 * Northwind's KPI journal: the quarterly KPI reviews (keep / modify / retire / add) and the actions
 * taken when a trigger fired. Two firings are left unanswered on purpose — the cost-per-order
 * surcharge creep and the on-time delivery drop — so the example shows what an open alert looks like.
 */
import type { JournalEntry, Metric } from '../lib/org-model.ts';
import { PEOPLE as P } from './company.ts';

type Decision = NonNullable<JournalEntry['decisions']>[number];

const LEADERSHIP = [P.ceo, P.cfo, P.digital, P.retail, P.sales, P.coo];

/**
 * A quarterly review: the decisions written out, plus `keep` for every other KPI on a quarterly
 * review cycle that existed at the time — a review looks at all of them.
 */
function review(
  metrics: readonly Metric[],
  entry: Omit<JournalEntry, 'decisions'> & { decisions: Decision[] },
): JournalEntry {
  const mentioned = new Set(entry.decisions.map((d) => d.kpi));
  const kept: Decision[] = metrics
    .filter((m) => m.review === 'quarterly' && m.status === 'active' && m.introduced <= entry.date)
    .filter((m) => !mentioned.has(m.id))
    .map((m) => ({ kpi: m.id, decision: 'keep' }));
  return { ...entry, decisions: [...entry.decisions, ...kept] };
}

/** The journal entries, given the KPI definitions (for the reviews' `keep` lists). */
export function buildJournal(metrics: readonly Metric[]): JournalEntry[] {
  return [
    review(metrics, {
      file: '2025-01-14-q4-2024-kpi-review',
      date: '2025-01-14',
      title: 'Q4 2024 KPI review',
      attendees: LEADERSHIP,
      notes:
        'Best peak season so far. We fixed the baselines of the 2026 plan on the January 2025 close, and agreed that the WMS rollout is what pays for the cost-per-order goal.',
      decisions: [
        {
          kpi: 'net-revenue',
          decision: 'keep',
          note: 'Baseline of the 2026 plan: the January 2025 close',
        },
        {
          kpi: 'cost-per-order',
          decision: 'modify',
          note: 'Goal set to $7.50 by September 2026, after the WMS rollout',
        },
        {
          kpi: 'first-contact-resolution',
          decision: 'modify',
          note: 'Follow-up window widened from 3 to 7 days',
        },
      ],
    }),
    review(metrics, {
      file: '2025-07-08-q2-2025-kpi-review',
      date: '2025-07-08',
      title: 'Q2 2025 KPI review',
      attendees: [...LEADERSHIP, P.web],
      decisions: [
        {
          kpi: 'cart-abandonment-rate',
          decision: 'retire',
          note: 'Moves with email campaigns, not with the site; replaced by conversion-rate',
        },
        {
          kpi: 'conversion-rate',
          decision: 'add',
          note: 'Weekly, bot-filtered; backfilled to 2023',
        },
      ],
    }),
    review(metrics, {
      file: '2025-10-14-q3-2025-kpi-review',
      date: '2025-10-14',
      title: 'Q3 2025 KPI review',
      attendees: LEADERSHIP,
      notes:
        'Tariffs on imported tents and down will hit landed cost from October. We keep the 44% margin goal and will revisit it in April if the price increases do not hold.',
      decisions: [
        {
          kpi: 'customer-acquisition-cost',
          decision: 'modify',
          note: 'Brand spend (catalogue, events) taken out of the numerator',
        },
      ],
    }),
    {
      file: '2025-12-16-peak-ticket-backlog',
      date: '2025-12-16',
      title: 'Peak ticket backlog — seasonal agents in',
      attendees: [P.care, P.coo],
      notes:
        'The open-ticket trigger fired: the new returns portal doubled "where is my refund" contacts on top of peak.',
      actions: [
        {
          kpi: 'support-backlog',
          date: '2025-12-16',
          action:
            'Brought in eight seasonal agents from the temp pool and switched email auto-replies to the 48-hour promise',
          owner: P.care,
          done: '2025-12-23',
        },
      ],
    },
    review(metrics, {
      file: '2026-01-13-q4-2025-kpi-review',
      date: '2026-01-13',
      title: 'Q4 2025 KPI review',
      attendees: [...LEADERSHIP, P.people],
      decisions: [
        {
          kpi: 'employee-engagement',
          decision: 'keep',
          note: 'No target until we have two years of the Culture Amp retail benchmark',
        },
        {
          kpi: 'support-backlog',
          decision: 'keep',
          note: 'Returns portal fixed; peak wave handled',
        },
      ],
    }),
    review(metrics, {
      file: '2026-04-14-q1-2026-kpi-review',
      date: '2026-04-14',
      title: 'Q1 2026 KPI review',
      attendees: [...LEADERSHIP, P.crm],
      notes:
        'The HubSpot → Salesforce migration went live on 2 March. March leads, bookings and first-contact resolution are partial; we annotate them rather than backfill.',
      decisions: [
        {
          kpi: 'qualified-leads',
          decision: 'modify',
          note: 'Source is Salesforce from March 2026',
        },
        {
          kpi: 'first-contact-resolution',
          decision: 'keep',
          note: 'The March dip is the migration, not the team',
        },
      ],
    }),
    {
      file: '2026-06-17-checkout-bug',
      date: '2026-06-17',
      title: 'Checkout bug after the payments SDK upgrade',
      attendees: [P.web, P.digital],
      notes: 'Conversion fell by half for four days; card payments on Safari failed silently.',
      actions: [
        {
          kpi: 'conversion-rate',
          date: '2026-06-17',
          action:
            'Rolled back the payments SDK and added a checkout smoke test to the deploy pipeline',
          owner: P.web,
          done: '2026-06-18',
        },
      ],
    },
    review(metrics, {
      file: '2026-07-14-q2-2026-kpi-review',
      date: '2026-07-14',
      title: 'Q2 2026 KPI review',
      attendees: LEADERSHIP,
      notes:
        'Carrier surcharges started in May. Procurement is reopening the regional carrier contract.',
      decisions: [
        {
          kpi: 'gross-margin',
          decision: 'keep',
          note: 'Price increases hold; tariffs cost us about 4 points',
        },
      ],
    }),
    review(metrics, {
      file: '2026-10-13-q3-2026-kpi-review',
      date: '2026-10-13',
      title: 'Q3 2026 KPI review',
      attendees: [...LEADERSHIP, P.web, P.growth],
      notes:
        'Online sessions stopped tracking orders in August: AI crawlers inflate GA4. Store footfall counters are being replaced, so expect a gap until the new vendor is live.',
      decisions: [
        {
          kpi: 'online-sessions',
          decision: 'modify',
          note: 'Switch the source to the bot-filtered session model by the Q4 review',
        },
        {
          kpi: 'page-views',
          decision: 'keep',
          note: 'Vanity metric — out of the board pack from Q1 2027',
        },
        { kpi: 'store-footfall', decision: 'keep', note: 'Counter replacement under way' },
        { kpi: 'b2b-reorder-rate', decision: 'add', note: 'First reading with the Q4 close' },
        { kpi: 'creator-revenue', decision: 'add', note: 'Proposed; decide after the pilot' },
      ],
    }),
    {
      file: '2026-10-16-receiving-surge',
      date: '2026-10-16',
      title: 'Receiving surge before peak',
      attendees: [P.fulfillment, P.coo],
      actions: [
        {
          kpi: 'dock-to-stock-hours',
          date: '2026-10-16',
          action: 'Added a second receiving shift (2 pm to 10 pm) until the dock is clear',
          owner: P.fulfillment,
          done: '2026-10-30',
        },
      ],
    },
  ];
}
