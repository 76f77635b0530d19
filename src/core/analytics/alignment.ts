/** The checks of a KPI's alignment score and their points (SPEC §3 Alignment score). */
export const ALIGNMENT_CHECKS = {
  owned: { points: 15, label: 'Owned', explain: 'It names an owner.' },
  'line-of-sight': {
    points: 25,
    label: 'Line of sight',
    explain:
      'It reaches a goal: through an objective that serves a goal, as a headline KPI, or through the KPIs it supports.',
  },
  'time-bound-target': {
    points: 15,
    label: 'Time-bound target',
    explain: 'It has a target with a value and a date.',
  },
  actionable: {
    points: 10,
    label: 'Actionable',
    explain: 'It has a trigger that names the action to take.',
  },
  fresh: { points: 10, label: 'Fresh', explain: 'It has readings and they are not stale.' },
  evidenced: {
    points: 15,
    label: 'Evidenced',
    explain:
      'A leading KPI has a drives link the data confirms (at its declared lag, or at a lag the data suggests), and no drives link with 8 or more pairs is unvalidated.',
  },
  'not-vanity': { points: 10, label: 'Not vanity', explain: 'Its audit label is not vanity.' },
} as const satisfies Record<string, { points: number; label: string; explain: string }>;

/** The id of an alignment check. */
export type AlignmentCheckId = keyof typeof ALIGNMENT_CHECKS;

/** One check, passed or not, with why. */
export interface AlignmentCheck {
  readonly id: AlignmentCheckId;
  readonly points: number;
  readonly passed: boolean;
  readonly detail: string;
}

/** A KPI's score and its checks. */
export interface Alignment {
  readonly score: number;
  readonly checks: AlignmentCheck[];
}

/** What the checks need to know about a KPI. */
export interface AlignmentFacts {
  readonly owner: string | null;
  readonly lineOfSight: readonly string[] | null;
  readonly hasTarget: boolean;
  readonly triggers: number;
  readonly hasReadings: boolean;
  readonly stale: boolean;
  readonly overdue: number | null;
  readonly kind: 'leading' | 'lagging';
  /** `suggested`: validated at a lag the data picked rather than a declared one. */
  /**
   * `suggested`: validated at a lag the data picked rather than a declared one. `weakened`:
   * validated, but weaker in the last 12 periods (the link's evidence reads "decorrelated").
   */
  readonly drives: readonly {
    to: string;
    n: number;
    validated: boolean;
    suggested?: boolean;
    weakened?: boolean;
  }[];
  readonly vanity: boolean;
}

/** Scores a KPI: the sum of the points of the checks it passes, 0–100. */
export function scoreAlignment(f: AlignmentFacts): Alignment {
  const validated = f.drives.filter((l) => l.validated);
  const unvalidated = f.drives.filter((l) => !l.validated && l.n >= 8);
  const evidenced = unvalidated.length === 0 && (f.kind === 'lagging' || validated.length > 0);
  const results: Record<AlignmentCheckId, [boolean, string]> = {
    owned: [f.owner !== null, f.owner === null ? 'No owner is named.' : `Owned by ${f.owner}.`],
    'line-of-sight': [
      f.lineOfSight !== null,
      f.lineOfSight === null
        ? 'It reaches no goal.'
        : `Reaches ${f.lineOfSight[f.lineOfSight.length - 1]} via ${f.lineOfSight.slice(1, -1).join(' → ') || 'its headline role'}.`,
    ],
    'time-bound-target': [
      f.hasTarget,
      f.hasTarget ? 'Has a dated target.' : 'No target with a value and a date.',
    ],
    actionable: [
      f.triggers > 0,
      f.triggers > 0
        ? `${f.triggers} trigger${f.triggers === 1 ? '' : 's'} with an action.`
        : 'No trigger says what to do on deviation.',
    ],
    fresh: [
      f.hasReadings && !f.stale,
      !f.hasReadings
        ? 'No readings yet.'
        : f.stale
          ? `Stale: ${f.overdue} period${f.overdue === 1 ? '' : 's'} overdue.`
          : 'Readings are up to date.',
    ],
    evidenced: [
      evidenced,
      unvalidated.length > 0
        ? `The data does not support its link to ${unvalidated.map((l) => l.to).join(', ')}.`
        : f.kind === 'leading' && validated.length === 0
          ? f.drives.length === 0
            ? 'A leading KPI with no drives link to a lagging KPI.'
            : 'No drives link is validated by the data yet.'
          : validated.length > 0
            ? leadWords(validated)
            : 'A lagging KPI: no lead evidence needed.',
    ],
    'not-vanity': [!f.vanity, f.vanity ? 'Audited as a vanity metric.' : 'Not a vanity metric.'],
  };
  const checks = (Object.keys(ALIGNMENT_CHECKS) as AlignmentCheckId[]).map((id) => ({
    id,
    points: ALIGNMENT_CHECKS[id].points,
    passed: results[id][0],
    detail: results[id][1],
  }));
  return { score: checks.reduce((sum, c) => sum + (c.passed ? c.points : 0), 0), checks };
}

/**
 * "Validated lead of a; suggested lead of b (lag found in the data, not yet declared)." A link
 * whose evidence weakened lately says so, as the link's own evidence does: "validated lead of a
 * (weaker lately)".
 */
function leadWords(
  links: readonly { to: string; suggested?: boolean; weakened?: boolean }[],
): string {
  const declared = links
    .filter((l) => l.suggested !== true)
    .map((l) => (l.weakened === true ? `${l.to} (weaker lately)` : l.to));
  const suggested = links.filter((l) => l.suggested === true).map((l) => l.to);
  const parts = [
    ...(declared.length > 0 ? [`validated lead of ${declared.join(', ')}`] : []),
    ...(suggested.length > 0
      ? [`suggested lead of ${suggested.join(', ')} (lag found in the data, not yet declared)`]
      : []),
  ];
  const text = parts.join('; ');
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

/** Mean of scores, 0 when there are none (SPEC §3: an objective with no KPI scores 0). */
export function meanScore(scores: readonly number[]): number {
  return scores.length === 0 ? 0 : scores.reduce((a, b) => a + b, 0) / scores.length;
}
