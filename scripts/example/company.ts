/**
 * Northwind Outfitters: an outdoor gear retailer with a web store, fourteen stores in the Mountain
 * West and a B2B arm that kits out guiding companies, schools and clubs. Its strategy and its
 * organisation tree.
 */
import type { Strategy, Team } from '../lib/org-model.ts';

/** The people who own things, by role, so a name is spelled the same everywhere. */
export const PEOPLE = {
  ceo: 'Ana Silva',
  cfo: 'David Okafor',
  digital: 'Raj Patel',
  retail: 'Maria Gonzalez',
  sales: 'Tom Becker',
  coo: 'Priya Natarajan',
  people: 'Elena Petrova',
  web: 'Chen Liu',
  growth: 'Sofia Rossi',
  insideSales: 'Lee Wong',
  fulfillment: 'Marcus Johnson',
  care: 'Hannah Kim',
  analyst: 'Sam Taylor',
  planner: 'Grace Ndlovu',
  storeOps: 'Jonas Berg',
  crm: 'Aisha Rahman',
} as const;

const P = PEOPLE;

export const TEAMS: Team[] = [
  {
    id: 'northwind',
    name: 'Northwind Outfitters',
    level: 'enterprise',
    lead: P.ceo,
    github: '@northwind/leadership',
  },
  {
    id: 'digital',
    name: 'Digital Commerce',
    level: 'function',
    parent: 'northwind',
    lead: P.digital,
    github: '@northwind/digital',
  },
  {
    id: 'web-store',
    name: 'Web Store',
    level: 'team',
    parent: 'digital',
    lead: P.web,
    github: '@northwind/web-store',
  },
  {
    id: 'growth-marketing',
    name: 'Growth Marketing',
    level: 'team',
    parent: 'digital',
    lead: P.growth,
  },
  { id: 'retail', name: 'Retail Stores', level: 'function', parent: 'northwind', lead: P.retail },
  {
    id: 'sales',
    name: 'B2B Sales',
    level: 'function',
    parent: 'northwind',
    lead: P.sales,
    github: '@northwind/sales',
  },
  { id: 'inside-sales', name: 'Inside Sales', level: 'team', parent: 'sales', lead: P.insideSales },
  {
    id: 'operations',
    name: 'Operations',
    level: 'function',
    parent: 'northwind',
    lead: P.coo,
    github: '@northwind/ops',
  },
  {
    id: 'fulfillment',
    name: 'Fulfillment Center',
    level: 'team',
    parent: 'operations',
    lead: P.fulfillment,
  },
  {
    id: 'customer-care',
    name: 'Customer Care',
    level: 'team',
    parent: 'operations',
    lead: P.care,
    github: '@northwind/care',
  },
];

const DESTINATION = `By the end of 2026 Northwind Outfitters is the outfitter people in the Mountain West trust
first — online, in our fourteen stores, and for the guiding companies, schools and clubs that kit
out with us. We grow to **$60M in net revenue** without buying that growth with discounts: gross
margin stays at **44%** or better because customers come back for expert advice, reliable delivery
and gear that lasts, not for the next promotion.

Three things get us there:
- **Customers who come back.** Nearly four in ten customers buy from us again within a year, and
  they would tell a friend (NPS 55).
- **One stock pool, three doors.** Web, stores and B2B sell from one inventory and one customer
  record, so an order ships on time from wherever the gear is — at a cost per order we can be
  proud of.
- **Experts on every channel.** Every store associate and care agent is certified on the gear they
  sell, and our tools get out of their way.

What we will not do: open stores outside the region, or chase marketplace volume at a loss.`;

export const STRATEGY: Strategy = {
  organization: 'Northwind Outfitters',
  destination: DESTINATION,
  policy: { primaryPerOwner: 3, staleAfterPeriods: 2, responseDays: 14 },
  goals: [
    {
      id: 'grow-profitable-revenue',
      title: 'Grow profitable revenue',
      statement:
        'Reach $60M in net revenue over the trailing twelve months by 2026-12-31, at a gross margin of at least 44%',
      kpis: ['net-revenue', 'gross-margin'],
      owner: P.ceo,
      deadline: '2026-12-31',
      priority: 1,
      comment: 'set at the 2024 strategy offsite',
    },
    {
      id: 'earn-customer-loyalty',
      title: 'Earn customer loyalty',
      statement:
        'Raise the 12-month repeat purchase rate to 38% and the Net Promoter Score to 55 by 2026-12-31',
      kpis: ['repeat-purchase-rate', 'net-promoter-score'],
      owner: P.retail,
      deadline: '2026-12-31',
      priority: 2,
    },
    {
      id: 'cut-cost-to-serve',
      title: 'Cut the cost to serve',
      statement:
        'Bring the fulfillment cost per order down from $9.10 to $7.50 by 2026-09-30, with 97% of orders delivered on time',
      kpis: ['cost-per-order'],
      owner: P.coo,
      deadline: '2026-09-30',
      priority: 3,
    },
  ],
  objectives: [
    {
      id: 'grow-net-revenue',
      title: 'Grow net revenue across all three channels',
      perspective: 'financial',
      goals: ['grow-profitable-revenue'],
      owner: P.ceo,
    },
    {
      id: 'protect-gross-margin',
      title: 'Protect gross margin',
      description: 'Grow through full-price sales and fewer markdowns, not through promotions.',
      perspective: 'financial',
      goals: ['grow-profitable-revenue'],
      owner: P.cfo,
    },
    {
      id: 'lower-cost-to-serve',
      title: 'Lower the cost to serve each order',
      perspective: 'financial',
      goals: ['cut-cost-to-serve'],
      owner: P.coo,
    },
    {
      id: 'win-new-customers',
      title: 'Win new customers online',
      perspective: 'customer',
      goals: ['grow-profitable-revenue'],
      drives: ['grow-net-revenue'],
      owner: P.digital,
    },
    {
      id: 'keep-customers-coming-back',
      title: 'Keep customers coming back',
      description:
        'Repeat customers buy at full price and cost nothing to acquire: they are the margin plan.',
      perspective: 'customer',
      goals: ['earn-customer-loyalty', 'grow-profitable-revenue'],
      drives: ['grow-net-revenue', 'protect-gross-margin'],
      owner: P.retail,
    },
    {
      id: 'win-b2b-accounts',
      title: 'Become the outfitter of choice for guiding companies, schools and clubs',
      perspective: 'customer',
      goals: ['grow-profitable-revenue'],
      drives: ['grow-net-revenue'],
      owner: P.sales,
    },
    {
      id: 'convert-online-demand',
      title: 'Turn online visits into orders',
      perspective: 'internal-process',
      goals: ['grow-profitable-revenue'],
      drives: ['win-new-customers'],
      owner: P.web,
    },
    {
      id: 'deliver-on-time',
      title: 'Deliver on time, every time',
      description:
        'Ship the same day from one stock pool, and hand over to carriers that keep their promise.',
      perspective: 'internal-process',
      goals: ['earn-customer-loyalty', 'cut-cost-to-serve'],
      drives: ['keep-customers-coming-back', 'lower-cost-to-serve'],
      owner: P.fulfillment,
    },
    {
      id: 'resolve-at-first-contact',
      title: 'Resolve customer issues at first contact',
      perspective: 'internal-process',
      goals: ['earn-customer-loyalty'],
      drives: ['keep-customers-coming-back'],
      owner: P.care,
    },
    {
      id: 'build-expert-staff',
      title: 'Build expert staff on every channel',
      description:
        'Product certification for store associates and care agents; an engaged team that stays.',
      perspective: 'learning-growth',
      goals: ['earn-customer-loyalty'],
      drives: ['resolve-at-first-contact', 'convert-online-demand'],
      owner: P.people,
    },
    {
      id: 'modernize-tools',
      title: 'Give teams modern tools and clean data',
      description: 'Warehouse scanning everywhere, one CRM, one customer record.',
      perspective: 'learning-growth',
      goals: ['cut-cost-to-serve'],
      drives: ['deliver-on-time'],
      owner: P.coo,
    },
  ],
};
