import type { LinkAnalysis, ProjectAnalysis } from '../analytics/analyze-project.ts';
import { LINK_ALPHA, MIN_PAIRS } from '../analytics/lead-lag.ts';
import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import { GRAIN_NOUN } from '../period/period.ts';
import { activeKpis } from './guardrail.ts';
import { code, formatCorrelation, formatP, plural } from './phrases.ts';

/**
 * leading-unvalidated (SPEC §3 Lead/lag evidence, the "evidenced" check): for an active KPI,
 * - a `drives` link with n ≥ 8 pairs that the data does not validate, whatever the KPI's kind;
 * - a leading KPI with no validated `drives` link: each of its links that is not validated (also
 *   below 8 pairs: "not enough data"), or its `kind` when it has no `drives` link at all.
 * Each finding points at the link (`drives[i]`), or at `kind`.
 */
export function leadingUnvalidated(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  const out: Diagnostic[] = [];
  for (const kpi of activeKpis(analysis)) {
    const { id, file, def } = kpi.record;
    const leading = def.kind === 'leading';
    if (leading && def.drives.length === 0) {
      out.push(
        diagnostic(
          'leading-unvalidated',
          project.locate(file, ['kind']),
          `${code(id)} is marked leading but names no KPI it drives, so nothing shows that it leads.`,
          'Add `drives: [{ kpi: <lagging KPI id> }]` naming the result it moves ahead of, or set `kind: lagging`.',
        ),
      );
      continue;
    }
    const drives = kpi.links.filter((l) => l.type === 'drives');
    const noneValidated = !drives.some((l) => l.evidence.validated);
    for (const link of drives) {
      const { evidence } = link;
      if (evidence.validated) continue;
      if (evidence.n < MIN_PAIRS && !(leading && noneValidated)) continue;
      const { why, hint } = explain(id, link);
      out.push(
        diagnostic(
          'leading-unvalidated',
          project.locate(file, ['drives', link.index]),
          `The data does not confirm that ${code(id)} leads ${code(link.to)}: ${why}.`,
          hint,
        ),
      );
    }
  }
  return out;
}

function explain(id: string, link: LinkAnalysis): { why: string; hint: string } {
  const { evidence } = link;
  if (evidence.n < MIN_PAIRS) {
    return {
      why: `not enough data (${plural(evidence.n, 'pair')}, ${MIN_PAIRS} needed)`,
      hint: `Keep adding readings to both KPIs: the link is tested once there are ${MIN_PAIRS} pairs of period-to-period changes.`,
    };
  }
  const stats =
    evidence.lagsTried > 1 && evidence.pAdjusted !== null
      ? `${formatCorrelation(evidence)}; ${formatP(evidence.pAdjusted)} after trying ${evidence.lagsTried} lags`
      : formatCorrelation(evidence);
  const at =
    evidence.lag === null
      ? ''
      : ` with a lag of ${plural(evidence.lag, GRAIN_NOUN[link.grain])}${link.lagDetected ? ' (the best found)' : ''}`;
  if (evidence.r === null) {
    return {
      why: `one of the two does not change, so there is no correlation to measure (${stats})`,
      hint: 'Check the readings of both KPIs; a link can only be tested when both move.',
    };
  }
  const expected = link.sign;
  if (
    evidence.pAdjusted !== null &&
    evidence.pAdjusted < LINK_ALPHA &&
    Math.sign(evidence.r) !== expected
  ) {
    return {
      why: `they move ${expected === 1 ? 'in opposite directions' : 'together'} (${stats}${at}), but the link expects them to move ${expected === 1 ? 'together' : 'in opposite directions'}`,
      hint:
        expected === 1
          ? `The expected direction comes from both KPIs' \`direction\`: if a better ${code(id)} should make ${code(link.to)} worse, add \`effect: inverse\` to the link; otherwise rethink or remove it.`
          : "The expected direction comes from both KPIs' `direction` and `effect: inverse`: check them; otherwise rethink or remove the link.",
    };
  }
  return {
    why: `their changes are not significantly related (${stats}${at})`,
    hint: `If ${code(id)} really leads ${code(link.to)}, check the \`lag\` you expect; otherwise remove the \`drives\` link (or set \`kind: lagging\`).`,
  };
}
