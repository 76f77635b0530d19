import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import { ID_PATTERN } from '../schema/common.ts';
import { LEVEL_NUMBER } from '../schema/teams.ts';
import { findCycles } from './find-cycles.ts';
import type { Project } from './project.ts';
import { STRATEGY_FILE, TEAMS_FILE } from './project.ts';
import { didYouMean } from './suggest.ts';

/** What the loader knows beyond the valid records. */
export interface ReferenceContext {
  /** Every KPI that has a file, valid or not: a reference to an invalid KPI is not "unknown". */
  readonly declaredKpis: ReadonlySet<string>;
  readonly strategyLoaded: boolean;
  readonly teamsLoaded: boolean;
}

/** Checks every id reference, duplicate ids, cascade levels and cycles. */
export function checkReferences(project: Project, ctx: ReferenceContext): Diagnostic[] {
  const out: Diagnostic[] = [];
  const { strategy } = project;
  const sf = STRATEGY_FILE;
  const goals = new Set(strategy.goals.map((g) => g.id));
  const objectives = new Set(strategy.objectives.map((o) => o.id));
  const teams = new Set(project.teams.map((t) => t.id));

  const unknown = (
    at: Location,
    field: string,
    id: string,
    what: string,
    known: ReadonlySet<string>,
    where: string,
  ) =>
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
  const kpiWhere = 'metrics/ (a KPI id is its file name)';

  if (ctx.strategyLoaded) {
    duplicates(
      strategy.goals.map((g, i) => ({ id: g.id, at: project.locate(sf, ['goals', i, 'id']) })),
      'goal',
      out,
    );
    duplicates(
      strategy.objectives.map((o, i) => ({
        id: o.id,
        at: project.locate(sf, ['objectives', i, 'id']),
      })),
      'objective',
      out,
    );
    strategy.goals.forEach((goal, i) =>
      goal.kpis.forEach((id, j) => {
        if (!ctx.declaredKpis.has(id))
          unknown(
            project.locate(sf, ['goals', i, 'kpis', j]),
            'kpis',
            id,
            'a KPI',
            ctx.declaredKpis,
            kpiWhere,
          );
      }),
    );
    strategy.objectives.forEach((objective, i) => {
      objective.goals.forEach((id, j) => {
        if (!goals.has(id))
          unknown(
            project.locate(sf, ['objectives', i, 'goals', j]),
            'goals',
            id,
            'a goal',
            goals,
            'strategy.yaml `goals:`',
          );
      });
      objective.drives.forEach((id, j) => {
        if (!objectives.has(id))
          unknown(
            project.locate(sf, ['objectives', i, 'drives', j]),
            'drives',
            id,
            'an objective',
            objectives,
            'strategy.yaml `objectives:`',
          );
      });
    });
    cycles(
      'cycle-objectives',
      objectives,
      (id) => project.objectiveById.get(id)?.drives.filter((d) => objectives.has(d)) ?? [],
      (id) =>
        project.locate(sf, [
          'objectives',
          strategy.objectives.findIndex((o) => o.id === id),
          'drives',
        ]),
      'objectives drive each other in a circle',
      'A cause-and-effect chain runs one way (learning-growth → internal-process → customer → financial): remove one `drives` link of the circle.',
      out,
    );
  }

  if (ctx.teamsLoaded) {
    const tf = TEAMS_FILE;
    duplicates(
      project.teams.map((t, i) => ({ id: t.id, at: project.locate(tf, [i, 'id']) })),
      'team',
      out,
    );
    project.teams.forEach((team, i) => {
      if (team.level === 'enterprise') {
        if (team.parent !== undefined) {
          out.push(
            diagnostic(
              'team-level',
              project.locate(tf, [i, 'parent']),
              `\`${team.id}\` is the enterprise, so it has no parent.`,
              'Remove `parent`, or give the team the level `function` or `team`.',
            ),
          );
        }
        return;
      }
      if (team.parent === undefined) {
        out.push(
          diagnostic(
            'team-level',
            project.locate(tf, [i]),
            `\`${team.id}\` is a ${team.level} but has no \`parent\`.`,
            `Add \`parent: <id>\` naming the ${team.level === 'function' ? 'enterprise' : 'function'} it belongs to.`,
          ),
        );
        return;
      }
      const parent = project.teamById.get(team.parent);
      if (parent === undefined) {
        unknown(
          project.locate(tf, [i, 'parent']),
          'parent',
          team.parent,
          'a team',
          teams,
          'teams.yaml',
        );
      } else if (LEVEL_NUMBER[parent.level] !== LEVEL_NUMBER[team.level] - 1) {
        out.push(
          diagnostic(
            'team-level',
            project.locate(tf, [i, 'parent']),
            `\`${team.id}\` is a ${team.level} (level ${LEVEL_NUMBER[team.level]}) but its parent \`${parent.id}\` is a ${parent.level} (level ${LEVEL_NUMBER[parent.level]}).`,
            'A function sits under the enterprise and a team under a function: fix `level` or `parent`.',
          ),
        );
      }
    });
    cycles(
      'cycle-teams',
      teams,
      (id) => {
        const parent = project.teamById.get(id)?.parent;
        return parent !== undefined && teams.has(parent) ? [parent] : [];
      },
      (id) => project.locate(tf, [project.teams.findIndex((t) => t.id === id), 'parent']),
      'teams are each other’s parents',
      'Every team has one parent one level up: fix one `parent` of the circle.',
      out,
    );
  }

  for (const kpi of project.kpis) {
    const f = kpi.file;
    const d = kpi.def;
    const teamRef = (field: string, path: PropertyKey[], id: string) => {
      if (ctx.teamsLoaded && !teams.has(id))
        unknown(project.locate(f, path), field, id, 'a team', teams, 'teams.yaml');
    };
    teamRef('team', ['team'], d.team);
    d.shared_with.forEach((id, j) => teamRef('shared_with', ['shared_with', j], id));
    if (ctx.strategyLoaded) {
      d.objectives.forEach((id, j) => {
        if (!objectives.has(id))
          unknown(
            project.locate(f, ['objectives', j]),
            'objectives',
            id,
            'an objective',
            objectives,
            'strategy.yaml `objectives:`',
          );
      });
    }
    const kpiRef = (field: string, path: PropertyKey[], id: string) => {
      if (!ctx.declaredKpis.has(id))
        unknown(project.locate(f, path), field, id, 'a KPI', ctx.declaredKpis, kpiWhere);
    };
    d.supports.forEach((link, j) => {
      kpiRef('supports', ['supports', j, 'kpi'], link.kpi);
      const parent = project.kpiById.get(link.kpi);
      const own = project.teamById.get(d.team);
      const theirs = parent === undefined ? undefined : project.teamById.get(parent.def.team);
      if (
        own !== undefined &&
        theirs !== undefined &&
        LEVEL_NUMBER[theirs.level] !== LEVEL_NUMBER[own.level] - 1
      ) {
        out.push(
          diagnostic(
            'ref-level',
            project.locate(f, ['supports', j, 'kpi']),
            `\`${kpi.id}\` (owned by ${own.id}, a ${own.level}) supports \`${link.kpi}\` (owned by ${theirs.id}, a ${theirs.level}); a KPI supports KPIs exactly one level up.`,
            own.level === 'enterprise'
              ? 'An enterprise KPI is the top of the cascade: remove `supports`.'
              : `Link it to a KPI owned by a ${own.level === 'team' ? 'function' : 'the enterprise'} instead.`,
          ),
        );
      }
    });
    d.drives.forEach((link, j) => kpiRef('drives', ['drives', j, 'kpi'], link.kpi));
    if (d.retired?.replaced_by !== undefined)
      kpiRef('replaced_by', ['retired', 'replaced_by'], d.retired.replaced_by);
  }
  const kpiIds = new Set(project.kpis.map((k) => k.id));
  const linkCycles = (rule: RuleId, field: 'supports' | 'drives', words: string, hint: string) =>
    cycles(
      rule,
      kpiIds,
      (id) =>
        project.kpiById
          .get(id)
          ?.def[field].map((l) => l.kpi)
          .filter((k) => kpiIds.has(k)) ?? [],
      (id) => project.locate(project.kpiById.get(id)!.file, [field]),
      words,
      hint,
      out,
    );
  linkCycles(
    'cycle-supports',
    'supports',
    'KPIs support each other in a circle',
    'The cascade runs up one way (team → function → enterprise): remove one `supports` link of the circle.',
  );
  linkCycles(
    'cycle-drives',
    'drives',
    'KPIs drive each other in a circle',
    'A leading indicator drives a lagging one, not back: remove one `drives` link of the circle.',
  );

  for (const { file, entry } of project.journal) {
    entry.decisions.forEach((dec, j) => {
      if (!ctx.declaredKpis.has(dec.kpi))
        unknown(
          project.locate(file, ['decisions', j, 'kpi']),
          'kpi',
          dec.kpi,
          'a KPI',
          ctx.declaredKpis,
          kpiWhere,
        );
    });
    entry.actions.forEach((act, j) => {
      if (!ctx.declaredKpis.has(act.kpi))
        unknown(
          project.locate(file, ['actions', j, 'kpi']),
          'kpi',
          act.kpi,
          'a KPI',
          ctx.declaredKpis,
          kpiWhere,
        );
    });
  }
  return out;
}

function duplicates(
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

function cycles(
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
