/**
 * Loading a KPI folder — every file is read once and every problem is collected in one pass.
 *
 *   SourceFile[] ─ classifyFiles ─┬─ strategy.yaml ─┐
 *                                 ├─ teams.yaml ────┤  parseYamlFile (positions) → zod → records
 *                                 ├─ metrics/*.yaml ┤
 *                                 ├─ journal/*.yaml ┘
 *                                 └─ metrics/*.csv ─── parseReadings → grains checked against cadence
 *   records ─ checkReferences ─ unknown ids, duplicates, levels, cycles ─→ Project + Diagnostic[]
 */
import type { z } from 'zod';
import { diagnostic, type Diagnostic, type Location } from '../diagnostics/diagnostic.ts';

import { isRuleId, RULES, type RuleId } from '../diagnostics/rules.ts';

import { didYouMean } from './suggest.ts';

import { kebabCase } from '../names/kebab-case.ts';

import { GRAIN_OF, GRAIN_RANK, formatDay } from '../period/period.ts';

import { ID_PATTERN } from '../schema/common.ts';

import { journalSchema } from '../schema/journal.ts';

import { metricSchema } from '../schema/metric.ts';

import { strategySchema, type Strategy } from '../schema/strategy.ts';

import { teamsSchema, type Team } from '../schema/teams.ts';

import { peopleSchema, type Person } from '../schema/people.ts';
import { checkPeople } from './check-people.ts';

import { checkReferences } from './check-references.ts';
import { classifyFiles, kpiId } from './classify-files.ts';

import { emptyReadings } from './empty-readings.ts';

import { loadSources } from './load-sources.ts';

import { parseReadings, type Readings } from './parse-readings.ts';

import type { ParsedAhead } from './parsed-ahead.ts';

import { type JournalRecord, type KpiRecord, type Project } from './project.ts';
import type { SourceFile, TextFile } from './source-file.ts';

import { idWords, namedThings, type NamedThing } from './id-words.ts';

import { lookAlikeWords, skeleton } from './look-alikes.ts';

import { planContradictions, reversedRanges } from './plan-contradictions.ts';

import { parseYamlFile, type Locator } from './yaml-file.ts';

import { issuesToDiagnostics, PARSE_OPTIONS } from './zod-issues.ts';
import { PEOPLE_FILE, STRATEGY_FILE, TEAMS_FILE } from '../names/file-names.ts';

/** The result of loading: the project (valid records only) and every diagnostic. */
export interface LoadResult {
  readonly project: Project;
  readonly diagnostics: Diagnostic[];
  /** Whether strategy.yaml and teams.yaml were read without errors: the guardrails need both. */
  readonly complete: boolean;
}

/**
 * Loads a KPI folder from its files. Never throws on user input. A file in `ahead` is taken as
 * parsed there (parsed-ahead.ts), the others are parsed here.
 */
export function loadProject(files: readonly SourceFile[], ahead: ParsedAhead = {}): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const locators = new Map<string, Locator>();
  const {
    strategy: strategyFile,
    teams: teamsFile,
    people: peopleFile,
    metrics: metricFiles,
    readingsByKpi: csvByKpi,
    journal: journalFiles,
    declaredKpis,
    present,
  } = classifyFiles(files, diagnostics);
  // Teams, goals and objectives by name, so `team: Inside Sales` can be told its id.
  const named: NamedThing[] = [];
  const parse = <S extends z.ZodType>(
    file: TextFile,
    schema: S,
    noun: string,
  ): z.output<S> | undefined => {
    const yaml = ahead.yaml?.get(file.path) ?? parseYamlFile(file.path, file.text);
    locators.set(file.path, yaml.locator);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.diagnostics.length > 0) return undefined;
    if (file.path === STRATEGY_FILE || file.path === TEAMS_FILE)
      named.push(...namedThings(file.path === TEAMS_FILE ? 'teams' : 'strategy', yaml.value));
    const result = schema.safeParse(yaml.value, PARSE_OPTIONS);
    if (result.success) return result.data;
    diagnostics.push(
      ...issuesToDiagnostics(result.error.issues, {
        file: file.path,
        locator: yaml.locator,
        schema,
        noun,
        explainId: (field, key, value) => idWords(field, key, value, named, declaredKpis),
      }),
    );
    return undefined;
  };

  let strategy: Strategy | undefined;
  let teamsLoaded = false;
  if (strategyFile === undefined) {
    if (!present(STRATEGY_FILE)) {
      diagnostics.push(missingFile(STRATEGY_FILE, 'the organisation, its goals and objectives'));
    }
  } else {
    strategy = parse(strategyFile, strategySchema, 'strategy.yaml');
    if (strategy !== undefined) {
      diagnostics.push(
        ...checkSeverityKeys(strategy, (path) => ({
          file: STRATEGY_FILE,
          ...locators.get(STRATEGY_FILE)!.at(path, { key: true }),
        })),
      );
      const at = locators.get(STRATEGY_FILE)!;
      diagnostics.push(
        ...reversedRanges(strategy.policy, (path) => ({ file: STRATEGY_FILE, ...at.at(path) })),
      );
    }
  }

  let teams: Team[] = [];
  if (teamsFile === undefined) {
    if (!present(TEAMS_FILE)) diagnostics.push(missingFile(TEAMS_FILE, 'the organisation tree'));
  } else {
    const parsed = parse(teamsFile, teamsSchema, 'teams.yaml');
    teams = parsed ?? [];
    teamsLoaded = parsed !== undefined;
  }

  let people: Person[] | null = null;
  if (peopleFile !== undefined) {
    const parsed = parse(peopleFile, peopleSchema, 'people.yaml');
    people = parsed ?? [];
    if (parsed !== undefined)
      diagnostics.push(...checkPeople(parsed, (at) => locators.get(PEOPLE_FILE)!.at(at)));
  }

  const kpis: KpiRecord[] = [];
  for (const file of metricFiles) {
    const id = kpiId(file.path);
    if (!ID_PATTERN.test(id)) {
      const lookAlike = lookAlikeWords(id);
      diagnostics.push(
        diagnostic(
          'id-format',
          { file: file.path, line: 1, col: 1 },
          `The file name \`${id}\` is not a valid KPI id${lookAlike === null ? '' : `: ${lookAlike}`}.`,
          `A KPI id is its file name in kebab-case: rename the file to \`metrics/${kebabCase(skeleton(id))}.yaml\` (and its CSV too).`,
        ),
      );
    }
    const def = parse(file, metricSchema, 'a KPI file');
    if (def !== undefined) {
      const at = locators.get(file.path)!;
      diagnostics.push(...planContradictions(def, (path) => ({ file: file.path, ...at.at(path) })));
    }
    const csv = csvByKpi.get(id);
    let readings: Readings = emptyReadings();
    if (csv !== undefined) {
      const parsed = ahead.readings?.get(csv.path) ?? parseReadings(csv.path, csv.text);
      diagnostics.push(...parsed.diagnostics);
      readings = parsed.readings;
      if (def !== undefined) diagnostics.push(...checkGrains(csv.path, readings, def.cadence));
    }
    const csvPath = `metrics/${id}.csv`;
    if (csv === undefined && def !== undefined && !present(csvPath) && ID_PATTERN.test(id)) {
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
    people,
    kpis,
    journal,
    kpiById: new Map(kpis.map((k) => [k.id, k])),
    teamById: new Map(teams.map((t) => [t.id, t])),
    goalById: new Map(finalStrategy.goals.map((g) => [g.id, g])),
    objectiveById: new Map(finalStrategy.objectives.map((o) => [o.id, o])),
    locate,
  };
  diagnostics.push(...loadSources(files, project, ahead).diagnostics);
  diagnostics.push(
    ...checkReferences(project, {
      declaredKpis,
      strategyLoaded: strategy !== undefined,
      teamsLoaded,
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

function missingFile(name: string, what: string): Diagnostic {
  return diagnostic(
    'file-missing',
    { file: name, line: 1, col: 1 },
    `There is no ${name}: it holds ${what}.`,
    `Create ${name} (\`plumbline init\` writes a starting point).`,
  );
}
