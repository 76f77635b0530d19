import { diagnostic, type Diagnostic, type Location } from '../../diagnostics/diagnostic.ts';
import type { RuleId } from '../../diagnostics/rules.ts';
import { ID_PATTERN } from '../../schema/common.ts';
import { findCycles } from '../find-cycles.ts';
import type { Project } from '../project.ts';
import { didYouMean } from '../suggest.ts';

/** What the loader knows beyond the valid records. */
export interface ReferenceContext {
  /** Every KPI that has a file, valid or not: a reference to an invalid KPI is not "unknown". */
  readonly declaredKpis: ReadonlySet<string>;
  readonly strategyLoaded: boolean;
  readonly teamsLoaded: boolean;
}

/** Where a KPI id is defined, for the hint of an unknown one. */
export const KPI_WHERE = 'metrics/ (a KPI id is its file name)';

/** What each file kind's reference check reads and writes. */
export interface ReferenceCheck {
  readonly project: Project;
  readonly ctx: ReferenceContext;
  readonly goals: ReadonlySet<string>;
  readonly objectives: ReadonlySet<string>;
  readonly teams: ReadonlySet<string>;
  /** The findings, in the order found. */
  readonly out: Diagnostic[];
  /** Reports `field` naming `id`, which is not `what` among `known` (defined in `where`). */
  unknown(
    at: Location,
    field: string,
    id: string,
    what: string,
    known: ReadonlySet<string>,
    where: string,
  ): void;
}

/** The ids the references may name, and the reporter of an unknown one. */
export function referenceCheck(project: Project, ctx: ReferenceContext): ReferenceCheck {
  const out: Diagnostic[] = [];
  return {
    project,
    ctx,
    goals: new Set(project.strategy.goals.map((g) => g.id)),
    objectives: new Set(project.strategy.objectives.map((o) => o.id)),
    teams: new Set(project.teams.map((t) => t.id)),
    out,
    unknown(at, field, id, what, known, where) {
      out.push(
        diagnostic(
          'ref-unknown',
          at,
          `\`${field}\` names \`${id}\`, which is not ${what}.${didYouMean(
            id,
            [...known].filter((k) => ID_PATTERN.test(k)),
          )}`,
          known.size === 0
            ? `Define it in ${where} first.`
            : `Use an id from ${where}, or add \`${id}\` there.`,
        ),
      );
    },
  };
}

/** An id-duplicate finding for every id used a second time in `items`. */
export function duplicates(
  items: readonly { id: string; at: Location }[],
  what: string,
  out: Diagnostic[],
): void {
  const first = new Map<string, Location>();
  for (const { id, at } of items) {
    const earlier = first.get(id);
    if (earlier === undefined) first.set(id, at);
    else {
      out.push(
        diagnostic(
          'id-duplicate',
          at,
          `The ${what} id \`${id}\` is used twice (first on line ${earlier.line}).`,
          `Give this ${what} an id of its own, or merge the two.`,
        ),
      );
    }
  }
}

/** A `rule` finding for every cycle of `edges` among `nodes`, at its first node. */
export function cycles(
  rule: RuleId,
  nodes: Iterable<string>,
  edges: (id: string) => readonly string[],
  locate: (id: string) => Location,
  words: string,
  hint: string,
  out: Diagnostic[],
): void {
  for (const cycle of findCycles(nodes, edges)) {
    const spelled = [...cycle, cycle[0]!].join(' → ');
    out.push(diagnostic(rule, locate(cycle[0]!), `These ${words}: ${spelled}.`, hint));
  }
}
