import { diagnostic } from '../../diagnostics/diagnostic.ts';
import { TEAMS_FILE } from '../../names/file-names.ts';
import { LEVEL_NUMBER } from '../../schema/teams.ts';
import { cycles, duplicates, type ReferenceCheck } from './reference-check.ts';

/** teams.yaml: duplicate team ids, each team's parent one level up, cycles of parents. */
export function checkTeamReferences(check: ReferenceCheck): void {
  const { project, teams, out, unknown } = check;
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
