import { yamlScalar } from '../scaffold/yaml-text.ts';

/** What a journal action records. */
export interface JournalActionInput {
  readonly kpi: string;
  /** `YYYY-MM-DD`. */
  readonly date: string;
  readonly action: string;
  readonly owner: string | null;
}

/** The placeholder an issue's snippet puts where the owner writes what was done. */
export const ACTION_PLACEHOLDER = 'What was done (replace this line)';

/** The file a journal action goes to, relative to the KPI folder: `journal/<date>-<kpi>.yaml`. */
export function journalActionPath(input: Pick<JournalActionInput, 'kpi' | 'date'>): string {
  return `journal/${input.date}-${input.kpi}.yaml`;
}

/**
 * A journal file recording one action about a KPI (SPEC §2 journal): valid as written, each text
 * quoted when YAML would read it otherwise. `schemaLine` is the optional first line.
 */
export function journalActionYaml(input: JournalActionInput, schemaLine?: string): string {
  const action = input.action.replace(/\s+/g, ' ').trim();
  return [
    ...(schemaLine === undefined ? [] : [schemaLine]),
    `date: ${input.date}`,
    'actions:',
    `  - kpi: ${input.kpi}`,
    `    date: ${input.date}`,
    `    action: ${yamlScalar(action)}`,
    ...(input.owner === null
      ? []
      : [`    owner: ${yamlScalar(input.owner.replace(/\s+/g, ' ').trim())}`]),
    '',
  ].join('\n');
}
