import type { LeadLagEvidence } from './lead-lag.ts';

/** What a link's evidence amounts to, in one word (SPEC §5 `links[].evidence`). */
export type EvidenceState =
  'validated' | 'suggested' | 'unvalidated' | 'decorrelated' | 'not-enough-data';

/**
 * The word for a link's evidence: `not-enough-data` when no lag had 8 pairs (or a side never
 * moved); `unvalidated` when the test fails; `decorrelated` when it passes but has weakened;
 * `suggested` when it passes at a lag the data picked (a search, until someone declares it);
 * `validated` when it passes at a declared lag (or a supports link's lag 0).
 */
export function evidenceState(e: LeadLagEvidence, lagDetected: boolean): EvidenceState {
  if (e.r === null) return 'not-enough-data';
  if (!e.validated) return 'unvalidated';
  if (e.decorrelated) return 'decorrelated';
  return lagDetected ? 'suggested' : 'validated';
}
