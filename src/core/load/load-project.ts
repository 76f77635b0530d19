/**
 * Loading a KPI folder — every file is read once and every problem is collected in one pass.
 *
 *   SourceFile[] ─ classify ─┬─ strategy.yaml ─┐
 *                            ├─ teams.yaml ────┤  parseYamlFile (positions) → zod → records
 *                            ├─ metrics/*.yaml ┤
 *                            ├─ journal/*.yaml ┘
 *                            └─ metrics/*.csv ─── parseReadings → grains checked against cadence
 *   records ─ checkReferences ─ unknown ids, duplicates, levels, cycles ─→ Project + Diagnostic[]
 */
import type { z } from 'zod';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';
import { isRuleId, RULES, type RuleId } from '../diagnostics/rules.ts';
import { didYouMean } from './suggest.ts';
import { kebabCase } from '../scaffold/kebab-case.ts';
import { GRAIN_OF, GRAIN_RANK, formatDay } from '../period/period.ts';
import { ID_PATTERN } from '../schema/common.ts';
import { journalSchema } from '../schema/journal.ts';
import { metricSchema } from '../schema/metric.ts';
import { strategySchema, type Strategy } from '../schema/strategy.ts';
import { teamsSchema, type Team } from '../schema/teams.ts';
import { checkReferences } from './check-references.ts';
import { emptyReadings } from './empty-readings.ts';
import { isQueryFile, loadSources, SOURCES_FILE } from './load-sources.ts';
import { parseReadings, type Readings } from './parse-readings.ts';
import {
  STRATEGY_FILE,
  TEAMS_FILE,
  type JournalRecord,
  type KpiRecord,
  type Project,
} from './project.ts';
import { hasText, type SourceFile, type TextFile, type UnreadableFile } from './source-file.ts';
import { parseYamlFile, type Locator } from './yaml-file.ts';
import { issuesToDiagnostics } from './zod-issues.ts';

/** The result of loading: the project (valid records only) and every diagnostic. */
export interface LoadResult {
  readonly project: Project;
  readonly diagnostics: Diagnostic[];
  /** Whether strategy.yaml and teams.yaml were read without errors: the guardrails need both. */
  readonly complete: boolean;
}

const YAML_EXT = /\.ya?ml$/;

/** Loads a KPI folder from its files. Never throws on user input. */
export function loadProject(files: readonly SourceFile[]): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const locators = new Map<string, Locator>();
  const csvByKpi = new Map<string, SourceFile>();
  const metricFiles: SourceFile[] = [];
  const journalFiles: SourceFile[] = [];
  let strategyFile: SourceFile | undefined;
  let teamsFile: SourceFile | undefined;

  for (const file of [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))) {
    if (!hasText(file)) {
      diagnostics.push(fileProblem(file));
      continue;
    }
    const p = file.path;
    if (p === STRATEGY_FILE) strategyFile = file;
    else if (p === TEAMS_FILE) teamsFile = file;
    else if (p === 'strategy.yml' || p === 'teams.yml') {
      const name = p.replace('.yml', '.yaml');
      diagnostics.push(
        diagnostic(
          'file-unexpected',
          { file: p, line: 1, col: 1 },
          `Plumbline reads \`${name}\`, not \`${p}\`.`,
          `Rename the file to \`${name}\`.`,
        ),
      );
    } else if (p === SOURCES_FILE || isQueryFile(p)) {
      // read by loadSources below
    } else if (p.startsWith('metrics/') && YAML_EXT.test(p) && !p.slice(8).includes('/'))
      metricFiles.push(file);
    else if (p.startsWith('metrics/') && p.endsWith('.csv') && !p.slice(8).includes('/'))
      csvByKpi.set(p.slice(8, -4), file);
    else if (p.startsWith('journal/') && YAML_EXT.test(p)) journalFiles.push(file);
    else if (p.startsWith('metrics/') || p.startsWith('journal/')) {
      diagnostics.push(
        diagnostic(
          'file-unexpected',
          { file: p, line: 1, col: 1 },
          'Plumbline does not read this file.',
          p.startsWith('metrics/')
            ? 'KPI folders hold `<id>.yaml`, `<id>.csv` and `<id>.sql` files only: rename it or move it elsewhere.'
            : 'Journal entries are `.yaml` files: rename it or move it elsewhere.',
        ),
      );
    }
  }

  const parse = <S extends z.ZodType>(
    file: TextFile,
    schema: S,
    noun: string,
  ): z.output<S> | undefined => {
    const yaml = parseYamlFile(file.path, file.text);
    locators.set(file.path, yaml.locator);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.diagnostics.length > 0) return undefined;
    const result = schema.safeParse(yaml.value, { reportInput: true });
    if (result.success) return result.data;
    diagnostics.push(
      ...issuesToDiagnostics(result.error.issues, {
        file: file.path,
        locator: yaml.locator,
        schema,
        noun,
      }),
    );
    return undefined;
  };

  let strategy: Strategy | undefined;
  let teamsLoaded = false;
  if (strategyFile === undefined || !hasText(strategyFile)) {
    if (!files.some((f) => f.path === STRATEGY_FILE)) {
      diagnostics.push(missingFile(STRATEGY_FILE, 'the organisation, its goals and objectives'));
    }
  } else {
    strategy = parse(strategyFile, strategySchema, 'strategy.yaml');
    if (strategy !== undefined)
      diagnostics.push(
        ...checkSeverityKeys(strategy, (path) => ({
          file: STRATEGY_FILE,
          ...locators.get(STRATEGY_FILE)!.at(path, { key: true }),
        })),
      );
  }

  let teams: Team[] = [];
  if (teamsFile === undefined || !hasText(teamsFile)) {
    if (!files.some((f) => f.path === TEAMS_FILE))
      diagnostics.push(missingFile(TEAMS_FILE, 'the organisation tree'));
  } else {
    const parsed = parse(teamsFile, teamsSchema, 'teams.yaml');
    teams = parsed ?? [];
    teamsLoaded = parsed !== undefined;
  }

  const declaredKpis = new Set<string>();
  const kpis: KpiRecord[] = [];
  for (const file of metricFiles) {
    if (!hasText(file)) continue;
    const id = file.path.slice(8).replace(YAML_EXT, '');
    declaredKpis.add(id);
    if (!ID_PATTERN.test(id)) {
      diagnostics.push(
        diagnostic(
          'id-format',
          { file: file.path, line: 1, col: 1 },
          `The file name \`${id}\` is not a valid KPI id.`,
          `A KPI id is its file name in kebab-case: rename the file to \`metrics/${kebabCase(id)}.yaml\` (and its CSV too).`,
        ),
      );
    }
    const def = parse(file, metricSchema, 'a KPI file');
    const csv = csvByKpi.get(id);
    let readings: Readings = emptyReadings();
    if (csv !== undefined && hasText(csv)) {
      const parsed = parseReadings(csv.path, csv.text);
      diagnostics.push(...parsed.diagnostics);
      readings = parsed.readings;
      if (def !== undefined) diagnostics.push(...checkGrains(csv.path, readings, def.cadence));
    }
    if (csv === undefined && def !== undefined) {
      diagnostics.push(
        diagnostic(
          'csv-missing',
          { file: file.path, line: 1, col: 1 },
          `\`${id}\` has no readings file, so it shows as having no data.`,
          `Add \`metrics/${id}.csv\` beside it, starting with the line \`date,value,note\`.`,
        ),
      );
    }
    if (def !== undefined)
      kpis.push({
        id,
        file: file.path,
        csvFile: csv === undefined ? null : csv.path,
        def,
        readings,
      });
  }
  for (const [id, csv] of csvByKpi) {
    if (!declaredKpis.has(id)) {
      diagnostics.push(
        diagnostic(
          'file-unexpected',
          { file: csv.path, line: 1, col: 1 },
          `These readings belong to no KPI: there is no \`metrics/${id}.yaml\`.`,
          `Add \`metrics/${id}.yaml\` to define the KPI, or rename the CSV to match its KPI's file name.`,
        ),
      );
    }
  }

  const journal: JournalRecord[] = [];
  for (const file of journalFiles) {
    if (!hasText(file)) continue;
    const entry = parse(file, journalSchema, 'a journal file');
    if (entry !== undefined) journal.push({ file: file.path, entry });
  }
  journal.sort((a, b) => a.entry.date - b.entry.date || (a.file < b.file ? -1 : 1));

  const finalStrategy = strategy ?? strategySchema.parse({ organization: 'Unnamed organisation' });
  const locate = (
    file: string,
    path: readonly PropertyKey[] = [],
    options?: { key?: boolean },
  ): Location => ({
    file,
    ...(locators.get(file)?.at(path, options) ?? { line: 1, col: 1 }),
  });
  const project: Project = {
    strategy: finalStrategy,
    teams,
    kpis,
    journal,
    kpiById: new Map(kpis.map((k) => [k.id, k])),
    teamById: new Map(teams.map((t) => [t.id, t])),
    goalById: new Map(finalStrategy.goals.map((g) => [g.id, g])),
    objectiveById: new Map(finalStrategy.objectives.map((o) => [o.id, o])),
    locate,
  };
  diagnostics.push(...loadSources(files, project).diagnostics);
  diagnostics.push(
    ...checkReferences(project, {
      declaredKpis,
      strategyLoaded: strategy !== undefined,
      teamsLoaded: teamsFile !== undefined,
    }),
  );
  return { project, diagnostics, complete: strategy !== undefined && teamsLoaded };
}

/** `policy.severity` keys must be rule ids: a typo would silently change nothing. */
function checkSeverityKeys(
  strategy: Strategy,
  at: (path: readonly PropertyKey[]) => Location,
): Diagnostic[] {
  const guardrails = Object.keys(RULES).filter((id) => RULES[id as RuleId].kind === 'guardrail');
  return Object.keys(strategy.policy.severity)
    .filter((id) => !isRuleId(id))
    .map((id) =>
      diagnostic(
        'schema-value',
        at(['policy', 'severity', id]),
        `\`${id}\` is not a rule, so its severity changes nothing.${didYouMean(id, Object.keys(RULES))}`,
        `Use a rule id, such as one of the guardrails: ${guardrails.join(', ')}.`,
      ),
    );
}

/** A reading dated by a period coarser than the cadence cannot be placed in one period. SPEC §3. */
function checkGrains(
  file: string,
  readings: Readings,
  cadence: keyof typeof GRAIN_OF,
): Diagnostic[] {
  const out: Diagnostic[] = [];
  const rank = GRAIN_RANK[GRAIN_OF[cadence]];
  for (let i = 0; i < readings.length && out.length < 20; i++) {
    if (readings.grains[i]! > rank) {
      out.push(
        diagnostic(
          'csv-coarse-date',
          { file, line: readings.lines[i]!, col: 1 },
          `This reading is dated by a whole period, coarser than the KPI's ${cadence} cadence, so it cannot be placed in one ${GRAIN_OF[cadence]} (it ends ${formatDay(readings.days[i]!)}).`,
          `Date it by a ${GRAIN_OF[cadence]} (or a day), or change the KPI's cadence.`,
        ),
      );
    }
  }
  return out;
}

function fileProblem(file: UnreadableFile): Diagnostic {
  const at = { file: file.path, line: file.line ?? 1, col: file.col ?? 1 };
  const detail = file.detail === undefined ? '' : ` (${file.detail})`;
  switch (file.problem) {
    case 'encoding':
      return diagnostic(
        'file-encoding',
        at,
        `This file is not UTF-8 text${detail}.`,
        'Save it as UTF-8 (in Excel: “CSV UTF-8”; in an editor: encoding UTF-8).',
      );
    case 'too-large':
      return diagnostic(
        'file-too-large',
        at,
        `This file is too large to read${detail}.`,
        'Aggregate the readings to the KPI cadence, or split the history into a coarser KPI.',
      );
    case 'outside':
      return diagnostic(
        'file-outside',
        at,
        `This file links outside the KPI folder${detail}, so it is not read.`,
        'Replace the link with the file itself.',
      );
    default:
      return diagnostic(
        'file-encoding',
        at,
        `This file cannot be read${detail}.`,
        'Check its permissions, or remove it.',
      );
  }
}

function missingFile(name: string, what: string): Diagnostic {
  return diagnostic(
    'file-missing',
    { file: name, line: 1, col: 1 },
    `There is no ${name}: it holds ${what}.`,
    `Create ${name} (\`plumbline init\` writes a starting point).`,
  );
}
