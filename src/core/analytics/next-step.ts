/**
 * What is being done about a KPI that is off track or at risk, and by whom, in one place for
 * every page (SPEC: verdict first, action next): the action of its active alert, else the latest
 * open action the journal records for it, else nothing planned — a warning that names the KPI's
 * owner. A KPI on track, stale, without target or data, or not active needs no step. Pure.
 */
import type { JournalJson, KpiJson } from '../model/model.ts';

/** The step in force for a KPI. */
export type NextStep =
  | {
      readonly kind: 'alert';
      readonly action: string;
      readonly owner: string | null;
      readonly since: string;
    }
  | {
      readonly kind: 'journal';
      readonly action: string;
      readonly owner: string | null;
      readonly date: string;
    }
  | { readonly kind: 'none'; readonly owner: string | null };

/** Whether a KPI's verdict calls for a step: active, not stale, off track or at risk. */
export function needsStep(k: Pick<KpiJson, 'lifecycle' | 'stale' | 'status'>): boolean {
  return (
    k.lifecycle === 'active' && !k.stale && (k.status === 'off-track' || k.status === 'at-risk')
  );
}

/**
 * The step of each KPI that needs one, by id. Journal actions count up to the as-of date (the
 * model's journal holds only those) and while not done; the latest by date wins, then the later
 * entry.
 */
export function nextSteps(
  kpis: readonly Pick<KpiJson, 'id' | 'owner' | 'lifecycle' | 'stale' | 'status' | 'alerts'>[],
  journal: readonly Pick<JournalJson, 'actions'>[],
): Map<string, NextStep> {
  const latest = new Map<string, { action: string; owner: string | null; date: string }>();
  for (const entry of journal)
    for (const a of entry.actions) {
      if (a.done !== null) continue;
      const seen = latest.get(a.kpi);
      if (seen === undefined || a.date >= seen.date)
        latest.set(a.kpi, { action: a.action, owner: a.owner, date: a.date });
    }
  const steps = new Map<string, NextStep>();
  for (const k of kpis) {
    if (!needsStep(k)) continue;
    const alert = k.alerts[0];
    const logged = latest.get(k.id);
    steps.set(
      k.id,
      alert !== undefined
        ? { kind: 'alert', action: alert.action, owner: alert.owner ?? k.owner, since: alert.since }
        : logged !== undefined
          ? {
              kind: 'journal',
              action: logged.action,
              owner: logged.owner ?? k.owner,
              date: logged.date,
            }
          : { kind: 'none', owner: k.owner },
    );
  }
  return steps;
}
