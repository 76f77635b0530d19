import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import { formatDay } from '../period/period.ts';
import type { Amount } from '../schema/common.ts';
import type { Metric } from '../schema/metric.ts';
import type { Policy } from '../schema/strategy.ts';
import type { ValuePath } from './yaml-file.ts';

/** Where a path of the file is. */
export type Locate = (path: ValuePath) => Location;

/**
 * A KPI plan that contradicts itself, each at the line that contradicts (SPEC §3): a warning
 * threshold beyond the critical one, a target dated on or before its baseline, a milestone
 * before the baseline or after the target. The schema cannot see these: each field alone is fine.
 */
export function planContradictions(def: Metric, locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { baseline, target, thresholds } = def;
  if (thresholds !== undefined) {
    const { warning, critical } = thresholds;
    if (warning.kind === critical.kind && Math.abs(warning.value) > Math.abs(critical.value)) {
      out.push(
        diagnostic(
          'plan-contradiction',
          locate(['thresholds', 'warning']),
          `The warning threshold (${amount(warning)}) is beyond the critical one (${amount(critical)}), so the KPI would be off track before it is ever at risk.`,
          `Make the warning the smaller gap, for example by swapping them: \`thresholds: { warning: ${amount(critical)}, critical: ${amount(warning)} }\`.`,
        ),
      );
    }
  }
  if (baseline !== undefined && target !== undefined && target.date <= baseline.date) {
    out.push(
      diagnostic(
        'plan-contradiction',
        locate(['target', 'date']),
        `The target is dated ${formatDay(target.date)}, ${target.date === baseline.date ? 'the same day as' : 'before'} its baseline (${formatDay(baseline.date)}), so there is no path from one to the other.`,
        'Date the target after the baseline (or the baseline before the target).',
      ),
    );
  }
  def.milestones.forEach((m, i) => {
    if (target !== undefined && m.date > target.date) {
      out.push(
        diagnostic(
          'plan-contradiction',
          locate(['milestones', i, 'date']),
          `This milestone (${formatDay(m.date)}) is after the target (${formatDay(target.date)}); milestones are steps on the way to it.`,
          'Date the milestone before the target, or move the target later.',
        ),
      );
    } else if (baseline !== undefined && m.date < baseline.date) {
      out.push(
        diagnostic(
          'plan-contradiction',
          locate(['milestones', i, 'date']),
          `This milestone (${formatDay(m.date)}) is before the baseline (${formatDay(baseline.date)}); milestones are steps after it.`,
          'Date the milestone after the baseline, or move the baseline earlier.',
        ),
      );
    }
  });
  return out;
}

/** The `[min, max]` ranges of the policy, by their path in strategy.yaml. */
const RANGES: readonly ValuePath[] = [
  ['vital_few', 'enterprise'],
  ['vital_few', 'function'],
  ['vital_few', 'team'],
  ['objectives_per_perspective'],
  ['objectives_total'],
];

/** A policy range written with its minimum above its maximum (`vital_few: { team: [7, 5] }`). */
export function reversedRanges(policy: Policy, locate: Locate): Diagnostic[] {
  const out: Diagnostic[] = [];
  for (const path of RANGES) {
    let value: unknown = policy;
    for (const key of path) value = (value as Record<string, unknown>)[key as string];
    const [min, max] = value as readonly [number, number];
    if (min > max) {
      out.push(
        diagnostic(
          'range-reversed',
          locate(['policy', ...path]),
          `\`${path.join('.')}\` is [${min}, ${max}]: its minimum is above its maximum, so no count fits.`,
          `Write the range as [min, max]: [${max}, ${min}].`,
        ),
      );
    }
  }
  return out;
}

function amount(a: Amount): string {
  return a.kind === 'percent' ? `${Math.round(a.value * 1e8) / 1e6}%` : String(a.value);
}
