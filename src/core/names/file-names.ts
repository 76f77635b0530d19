/**
 * The names of the files Plumbline reads at the top of a KPI folder: one home that the loader, the
 * guardrails (which point at these files) and the scaffolding (which writes them) all import.
 */

/** The organisation, its goals, objectives and policy. */
export const STRATEGY_FILE = 'strategy.yaml';
/** The organisation tree. */
export const TEAMS_FILE = 'teams.yaml';
/** The people who own KPIs (optional). */
export const PEOPLE_FILE = 'people.yaml';
/** Where each KPI's readings come from (optional). */
export const SOURCES_FILE = 'sources.yaml';
