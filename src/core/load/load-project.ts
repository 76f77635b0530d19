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
import { PEOPLE_FILE, peopleSchema, type Person } from '../schema/people.ts';
import { checkPeople } from './check-people.ts';
import { checkReferences } from './check-references.ts';
import { emptyReadings } from './empty-readings.ts';
import { loadSources } from './load-sources.ts';
import { parseReadings, type Readings } from './parse-readings.ts';
import {
  STRATEGY_FILE,
  TEAMS_FILE,
  type JournalRecord,
  type KpiRecord,
  type Project,
} from './project.ts';
import { hasText, type SourceFile, type TextFile, type UnreadableFile } from './source-file.ts';
import { intendedPath, kindOf } from './file-kinds.ts';
import { idWords, namedThings, type NamedThing } from './id-words.ts';
import { lookAlikeWords, skeleton } from './look-alikes.ts';
import { planContradictions, reversedRanges } from './plan-contradictions.ts';
import { parseYamlFile, type Locator } from './yaml-file.ts';
import { issuesToDiagnostics } from './zod-issues.ts';

/** The result of loading: the project (valid records only) and every diagnostic. */
export interface LoadResult {
  readonly project: Project;
  readonly diagnostics: Diagnostic[];
  /** Whether strategy.yaml and teams.yaml were read without errors: the guardrails need both. */
  readonly complete: boolean;
}

/** Loads a KPI folder from its files. Never throws on user input. */
export function loadProject(files: readonly SourceFile[]): LoadResult {
  const diagnostics: Diagnostic[] = [];
  const locators = new Map<string, Locator>();
  const csvByKpi = new Map<string, SourceFile>();
  const metricFiles: SourceFile[] = [];
  const journalFiles: SourceFile[] = [];
  let strategyFile: TextFile | undefined;
  let teamsFile: TextFile | undefined;
  let peopleFile: TextFile | undefined;

  const sorted = [...files].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  const { duplicates, intended } = sortOut(sorted, diagnostics);
  // A KPI whose file exists — valid or not, misnamed, duplicated — is not an unknown reference.
  const declaredKpis = new Set<string>();
  for (const p of [...sorted.map((f) => f.path), ...intended.keys()]) {
    if (kindOf(p) !== 'metric') continue;
    declaredKpis.add(kpiId(p));
    // `оrders.yaml` (a Cyrillic о) is meant as `orders`: its id-format error is the one error.
    const plain = skeleton(kpiId(p));
    if (plain !== kpiId(p) && ID_PATTERN.test(plain)) declaredKpis.add(plain);
  }
  for (const file of sorted) {
    const p = file.path;
    const kind = kindOf(p);
    if (kind === null || duplicates.has(p)) continue;
    if (!hasText(file)) {
      diagnostics.push(fileProblem(file));
      continue;
    }
    if (kind === 'strategy') strategyFile = file;
    else if (kind === 'teams') teamsFile = file;
    else if (kind === 'people') peopleFile = file;
    else if (kind === 'metric') metricFiles.push(file);
    else if (kind === 'readings') csvByKpi.set(kpiId(p), file);
    else if (kind === 'journal') journalFiles.push(file);
  }
  /** True when a file of this path is there, in any state, or a misnamed file stands for it. */
  const present = (p: string): boolean => files.some((f) => f.path === p) || intended.has(p);

  // Teams, goals and objectives by name, so `team: Inside Sales` can be told its id.
  const named: NamedThing[] = [];
  const parse = <S extends z.ZodType>(
    file: TextFile,
    schema: S,
    noun: string,
  ): z.output<S> | undefined => {
    const yaml = parseYamlFile(file.path, file.text);
    locators.set(file.path, yaml.locator);
    diagnostics.push(...yaml.diagnostics);
    if (yaml.diagnostics.length > 0) return undefined;
    if (file.path === STRATEGY_FILE || file.path === TEAMS_FILE)
      named.push(...namedThings(file.path === TEAMS_FILE ? 'teams' : 'strategy', yaml.value));
    const result = schema.safeParse(yaml.value, { reportInput: true });
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
    if (!hasText(file)) continue;
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
    if (csv !== undefined && hasText(csv)) {
      const parsed = parseReadings(csv.path, csv.text);
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
    people,
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
    case 'folder':
      return diagnostic(
        'file-folder',
        at,
        `\`${file.path}\` is a folder, but its name is that of a file Plumbline reads.`,
        'Rename the folder, or move what it holds out and put the file in its place.',
      );
    case 'special':
      return diagnostic(
        'file-special',
        at,
        `\`${file.path}\` is ${file.detail ?? 'not a regular file'}, not a file with text, so it is not read.`,
        'Replace it with a regular file, or remove it.',
      );
    case 'loop':
      return diagnostic(
        'file-loop',
        at,
        `\`${file.path}\` is a symbolic link that leads back to itself, so it is not read.`,
        'Replace the link with the file itself, or remove it.',
      );
    case 'unreadable':
      return diagnostic(
        'file-unreadable',
        at,
        `This file cannot be read${detail}.`,
        'Make it readable by the user who runs Plumbline (or in git: commit the file itself), or remove it.',
      );
    default:
      return assertNever(file.problem);
  }
}

function assertNever(value: never): never {
  throw new Error(`Unhandled file problem: ${String(value)}`);
}

/** The id of a KPI or readings file: its name without the extension. */
function kpiId(path: string): string {
  return path.slice(path.lastIndexOf('/') + 1).replace(/\.(ya?ml|csv|sql)$/, '');
}

/**
 * Sorts out the files Plumbline does not read and the ones that clash, before anything is parsed:
 * a file that looks meant for Plumbline (file-misnamed, naming the path it needs), any other file
 * in metrics/ or journal/ (file-unexpected), and two files for one KPI id — another extension or
 * another case — (file-duplicate on each; neither is loaded). Returns the clashing paths and, for
 * each misnamed file, the path it stands for.
 */
function sortOut(
  files: readonly SourceFile[],
  diagnostics: Diagnostic[],
): { duplicates: Set<string>; intended: Map<string, string> } {
  const paths = new Set(files.map((f) => f.path));
  const intended = new Map<string, string>();
  const byId = new Map<string, string[]>();
  for (const { path: p } of files) {
    const kind = kindOf(p);
    if (kind === 'metric' || kind === 'readings') {
      const key = `${kind}:${kpiId(p).toLowerCase()}`;
      byId.set(key, [...(byId.get(key) ?? []), p]);
      continue;
    }
    if (kind !== null) continue;
    const meant = intendedPath(p);
    if (meant !== null) {
      intended.set(meant, p);
      diagnostics.push(misnamed(p, meant, paths.has(meant)));
    } else if (p.startsWith('metrics/') || p.startsWith('journal/')) {
      diagnostics.push(
        diagnostic(
          'file-unexpected',
          { file: p, line: 1, col: 1 },
          'Plumbline does not read this file.',
          p.startsWith('metrics/')
            ? 'KPI folders hold `<id>.yaml` and `<id>.csv` files only: rename it or move it elsewhere.'
            : 'Journal entries are `.yaml` files: rename it or move it elsewhere.',
        ),
      );
    }
  }
  const duplicates = new Set<string>();
  for (const [key, group] of byId) {
    if (group.length < 2) continue;
    const what = key.startsWith('metric:') ? 'the KPI' : 'the readings of';
    for (const p of group) {
      duplicates.add(p);
      const others = group.filter((o) => o !== p).map((o) => `\`${o}\``);
      diagnostics.push(
        diagnostic(
          'file-duplicate',
          { file: p, line: 1, col: 1 },
          `This file and ${others.join(' and ')} are two files for ${what} \`${kpiId(p).toLowerCase()}\`, so neither is read.`,
          'Keep one of them: merge what differs into it and delete the other.',
        ),
      );
    }
  }
  return { duplicates, intended };
}

/** The file-misnamed error of a file that Plumbline would read under the path `meant`. */
function misnamed(p: string, meant: string, meantExists: boolean): Diagnostic {
  const at = { file: p, line: 1, col: 1 };
  const name = (x: string) => x.slice(x.lastIndexOf('/') + 1);
  const ext = (x: string) => x.slice(x.lastIndexOf('.'));
  const why =
    p.split('/').length > meant.split('/').length
      ? `KPI files sit directly in \`metrics/\`, so \`${p}\` in a subfolder is not read`
      : ext(p) !== ext(meant) && ext(p).toLowerCase() === ext(meant)
        ? `Plumbline reads \`${ext(meant)}\` files, not \`${ext(p)}\`, so \`${p}\` is not read`
        : `Plumbline reads \`${meant}\`, not \`${p}\` (names are case-sensitive, and end in \`.yaml\`)`;
  const hint = meantExists
    ? `\`${meant}\` is there too and is the one read: merge what differs into it and delete \`${p}\`.`
    : p.split('/').length > meant.split('/').length
      ? `Move it to \`${meant}\`.`
      : `Rename the file to \`${name(meant)}\`.`;
  return diagnostic('file-misnamed', at, `${why}.`, hint);
}

function missingFile(name: string, what: string): Diagnostic {
  return diagnostic(
    'file-missing',
    { file: name, line: 1, col: 1 },
    `There is no ${name}: it holds ${what}.`,
    `Create ${name} (\`plumbline init\` writes a starting point).`,
  );
}
