/** Names for people where the model holds a slug: perspectives, SMART parts. */
import type { GoalJson } from '../../core/model/model.ts';
import { PERSPECTIVE_LABELS } from '../../core/schema/strategy.ts';

/** "Internal process" for `internal-process`. */
export const PERSPECTIVE_NAMES = PERSPECTIVE_LABELS;

/** Each SMART part with what it means when met and when missing, in plain words. */
export const SMART_PARTS = {
  specific: {
    name: 'Specific',
    met: 'it says what, how much and by when.',
    missing: 'it has no statement of what, how much and by when.',
  },
  measurable: {
    name: 'Measurable',
    met: 'a headline KPI measures it.',
    missing: 'no active headline KPI measures it.',
  },
  achievable: {
    name: 'Achievable',
    met: 'someone answers for it, and it is ranked among the goals.',
    missing: 'nobody is named to answer for it, or it is not ranked among the goals.',
  },
  relevant: {
    name: 'Relevant',
    met: 'objectives of the strategy serve it.',
    missing: 'no objective of the strategy serves it.',
  },
  'time-bound': { name: 'Time-bound', met: 'it has a deadline.', missing: 'it has no deadline.' },
} as const satisfies Record<
  GoalJson['smart'][number]['part'],
  { name: string; met: string; missing: string }
>;
