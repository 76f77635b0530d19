import type { ProjectAnalysis } from '../analytics/analyze-project.ts';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';

import { code } from './phrases.ts';
import { personKey } from '../names/person-key.ts';
import { TEAMS_FILE } from '../names/file-names.ts';

/**
 * person-unlisted (info): once the folder has a people.yaml, each KPI owner, trigger owner, team
 * lead and journal action owner it does not list — by name, as `personKey` matches — is reported
 * once, at the first place that names them (teams.yaml, then the KPIs by id, then the journal by
 * date), since their alerts cannot be assigned to anyone on GitHub. Without people.yaml nothing is
 * reported: the file is optional.
 */
export function personUnlisted(analysis: ProjectAnalysis): Diagnostic[] {
  const { project } = analysis;
  if (project.people === null) return [];
  const listed = new Set(project.people.map((p) => personKey(p.name)));
  const reported = new Set<string>();
  const out: Diagnostic[] = [];
  const check = (name: string | undefined, role: string, at: () => Location) => {
    if (name === undefined) return;
    const key = personKey(name);
    if (listed.has(key) || reported.has(key)) return;
    reported.add(key);
    out.push(
      diagnostic(
        'person-unlisted',
        at(),
        `${name} (${role}) is not listed in people.yaml, so alerts cannot be assigned to them on GitHub.`,
        `Add \`- { name: ${name}, github: <their GitHub login> }\` to people.yaml.`,
      ),
    );
  };
  project.teams.forEach((team, i) =>
    check(team.lead, `lead of ${code(team.id)}`, () => project.locate(TEAMS_FILE, [i, 'lead'])),
  );
  for (const { id, file, def } of project.kpis) {
    check(def.owner, `owner of ${code(id)}`, () => project.locate(file, ['owner']));
    def.triggers.forEach((t, i) =>
      check(t.owner, `owner of a trigger of ${code(id)}`, () =>
        project.locate(file, ['triggers', i, 'owner']),
      ),
    );
  }
  for (const { file, entry } of analysis.journal) {
    entry.actions.forEach((a, i) =>
      check(a.owner, `owner of an action on ${code(a.kpi)}`, () =>
        project.locate(file, ['actions', i, 'owner']),
      ),
    );
  }
  return out;
}
