/**
 * Reads a KPI folder back into an Organization, strictly: any key outside the SPEC §2 format is
 * reported, as the product's validator would reject it. The generators use it to check the files
 * they wrote (not their in-memory intentions), and the tests use it on generated folders.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import type { JournalEntry, Metric, Organization, Reading, Strategy, Team } from './org-model.ts';

/** The keys each kind of record may have (SPEC §2). */
export const ALLOWED_KEYS = {
  strategy: ['organization', 'destination', 'policy', 'goals', 'objectives'],
  policy: ['primary_per_owner', 'stale_after_periods', 'response_days'],
  goal: ['id', 'title', 'statement', 'kpis', 'owner', 'deadline', 'priority'],
  objective: ['id', 'title', 'description', 'perspective', 'goals', 'drives', 'owner'],
  team: ['id', 'name', 'level', 'parent', 'lead', 'github'],
  metric: [
    'name',
    'description',
    'formula',
    'unit',
    'direction',
    'kind',
    'team',
    'shared_with',
    'owner',
    'cadence',
    'aggregate',
    'objectives',
    'supports',
    'drives',
    'primary',
    'baseline',
    'target',
    'milestones',
    'thresholds',
    'triggers',
    'audit',
    'horizon',
    'status',
    'introduced',
    'retired',
    'review',
    'source',
  ],
  support: ['kpi', 'weight'],
  drive: ['kpi', 'lag', 'effect'],
  point: ['value', 'date'],
  thresholds: ['warning', 'critical'],
  trigger: ['when', 'action', 'owner'],
  when: ['change', 'below', 'above', 'periods'],
  retired: ['date', 'reason', 'replaced_by'],
  source: ['system', 'url', 'note', 'connection'],
  journal: ['date', 'title', 'attendees', 'notes', 'decisions', 'actions'],
  decision: ['kpi', 'decision', 'note'],
  action: ['kpi', 'date', 'action', 'owner', 'done'],
} as const satisfies Record<string, readonly string[]>;

type Record_ = Record<string, unknown>;

function isRecord(value: unknown): value is Record_ {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** Reads files, collecting problems instead of throwing on the first. */
class Reader {
  readonly problems: string[] = [];

  keys(where: string, value: unknown, kind: keyof typeof ALLOWED_KEYS): Record_ {
    if (!isRecord(value)) {
      this.problems.push(`${where}: expected a mapping`);
      return {};
    }
    const allowed: readonly string[] = ALLOWED_KEYS[kind];
    for (const key of Object.keys(value)) {
      if (!allowed.includes(key)) this.problems.push(`${where}: unknown key "${key}"`);
    }
    return value;
  }

  list(where: string, value: unknown, kind: keyof typeof ALLOWED_KEYS): Record_[] {
    if (value === undefined) return [];
    if (!Array.isArray(value)) {
      this.problems.push(`${where}: expected a list`);
      return [];
    }
    return value.map((item, i) => this.keys(`${where}[${i}]`, item, kind));
  }

  yaml(path: string, schema: string): unknown {
    const text = readFileSync(path, 'utf8');
    const first = text.split('\n', 1)[0];
    if (first !== `# yaml-language-server: $schema=${schema}`) {
      this.problems.push(`${path}: first line is not the schema comment for ${schema}`);
    }
    try {
      return parse(text);
    } catch (error) {
      this.problems.push(`${path}: ${(error as Error).message}`);
      return undefined;
    }
  }
}

function str(value: unknown): string {
  return typeof value === 'string' ? value : String(value);
}

function optional<T>(value: unknown, map: (v: unknown) => T): T | undefined {
  return value === undefined ? undefined : map(value);
}

function strings(value: unknown): string[] {
  return Array.isArray(value) ? value.map(str) : [];
}

/** One CSV line into cells (double quotes, doubled quotes inside). */
function csvCells(line: string): string[] {
  const cells: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const ch = line[i]!;
    if (quoted) {
      if (ch === '"' && line[i + 1] === '"') {
        cell += '"';
        i++;
      } else if (ch === '"') quoted = false;
      else cell += ch;
    } else if (ch === '"') quoted = true;
    else if (ch === ',') {
      cells.push(cell);
      cell = '';
    } else cell += ch;
  }
  cells.push(cell);
  return cells;
}

/** The readings of a CSV file; problems for a wrong header, row or number. */
export function parseReadings(text: string, where: string, problems: string[]): Reading[] {
  const lines = text.split('\n');
  if (lines[0] !== 'date,value,note') problems.push(`${where}: header is not date,value,note`);
  const readings: Reading[] = [];
  lines.slice(1).forEach((line, i) => {
    if (line === '') return;
    const cells = csvCells(line);
    if (cells.length !== 3) problems.push(`${where}:${i + 2}: ${cells.length} cells`);
    const [date = '', value = '', note = ''] = cells;
    const number = value === '' ? null : Number(value);
    if (number !== null && !Number.isFinite(number))
      problems.push(`${where}:${i + 2}: not a number`);
    readings.push({ date, value: number, ...(note === '' ? {} : { note }) });
  });
  return readings;
}

/** Reads a KPI folder. `problems` lists everything that is not in the format. */
export function readOrganization(dir: string): { org: Organization; problems: string[] } {
  const r = new Reader();
  const s = r.keys(
    'strategy.yaml',
    r.yaml(join(dir, 'strategy.yaml'), '../schemas/strategy.json'),
    'strategy',
  );
  const policy = optional(s.policy, (p) => r.keys('strategy.yaml policy', p, 'policy'));
  const strategy: Strategy = {
    organization: str(s.organization),
    destination: str(s.destination),
    ...(policy === undefined
      ? {}
      : {
          policy: {
            primaryPerOwner: policy.primary_per_owner as number | undefined,
            staleAfterPeriods: policy.stale_after_periods as number | undefined,
            responseDays: policy.response_days as number | undefined,
          },
        }),
    goals: r.list('strategy.yaml goals', s.goals, 'goal').map((g) => ({
      id: str(g.id),
      title: str(g.title),
      statement: str(g.statement),
      kpis: strings(g.kpis),
      owner: str(g.owner),
      deadline: str(g.deadline),
      priority: Number(g.priority),
    })),
    objectives: r.list('strategy.yaml objectives', s.objectives, 'objective').map((o) => ({
      id: str(o.id),
      title: str(o.title),
      ...(o.description === undefined ? {} : { description: str(o.description) }),
      perspective: str(o.perspective) as Strategy['objectives'][number]['perspective'],
      goals: strings(o.goals),
      ...(o.drives === undefined ? {} : { drives: strings(o.drives) }),
      owner: str(o.owner),
    })),
  };
  const teams: Team[] = r
    .list('teams.yaml', r.yaml(join(dir, 'teams.yaml'), '../schemas/teams.json'), 'team')
    .map((t) => ({
      id: str(t.id),
      name: str(t.name),
      level: str(t.level) as Team['level'],
      ...(t.parent === undefined ? {} : { parent: str(t.parent) }),
      ...(t.lead === undefined ? {} : { lead: str(t.lead) }),
      ...(t.github === undefined ? {} : { github: str(t.github) }),
    }));

  const metrics: Metric[] = [];
  const readings = new Map<string, Reading[]>();
  const metricDir = join(dir, 'metrics');
  for (const name of readdirSync(metricDir)
    .filter((n) => n.endsWith('.yaml'))
    .sort()) {
    const id = name.slice(0, -'.yaml'.length);
    const where = `metrics/${name}`;
    const m = r.keys(where, r.yaml(join(metricDir, name), '../../schemas/metric.json'), 'metric');
    const point = (v: unknown, w: string): { value: number; date: string } => {
      const p = r.keys(w, v, 'point');
      return { value: Number(p.value), date: str(p.date) };
    };
    const retired = optional(m.retired, (v) => r.keys(`${where} retired`, v, 'retired'));
    const source = optional(m.source, (v) => r.keys(`${where} source`, v, 'source'));
    const thresholds = optional(m.thresholds, (v) =>
      r.keys(`${where} thresholds`, v, 'thresholds'),
    );
    metrics.push({
      id,
      name: str(m.name),
      description: str(m.description),
      formula: str(m.formula),
      unit: str(m.unit),
      direction: str(m.direction) as Metric['direction'],
      kind: str(m.kind) as Metric['kind'],
      team: str(m.team),
      ...(m.shared_with === undefined ? {} : { sharedWith: strings(m.shared_with) }),
      owner: str(m.owner),
      cadence: str(m.cadence) as Metric['cadence'],
      ...(m.aggregate === undefined ? {} : { aggregate: str(m.aggregate) as Metric['aggregate'] }),
      objectives: strings(m.objectives),
      supports: r.list(`${where} supports`, m.supports, 'support').map((x) => ({
        kpi: str(x.kpi),
        ...(x.weight === undefined ? {} : { weight: Number(x.weight) }),
      })),
      drives: r.list(`${where} drives`, m.drives, 'drive').map((x) => ({
        kpi: str(x.kpi),
        ...(x.lag === undefined ? {} : { lag: Number(x.lag) }),
        ...(x.effect === undefined ? {} : { effect: str(x.effect) as 'direct' | 'inverse' }),
      })),
      ...(m.primary === undefined ? {} : { primary: m.primary === true }),
      ...(m.baseline === undefined ? {} : { baseline: point(m.baseline, `${where} baseline`) }),
      ...(m.target === undefined ? {} : { target: point(m.target, `${where} target`) }),
      ...(m.milestones === undefined
        ? {}
        : {
            milestones: (m.milestones as unknown[]).map((x, i) =>
              point(x, `${where} milestones[${i}]`),
            ),
          }),
      ...(thresholds === undefined
        ? {}
        : {
            thresholds: {
              warning: thresholds.warning as string | number,
              critical: thresholds.critical as string | number,
            },
          }),
      triggers: r.list(`${where} triggers`, m.triggers, 'trigger').map((t, i) => {
        const when = r.keys(`${where} triggers[${i}].when`, t.when, 'when');
        return {
          when: {
            ...(when.change === undefined ? {} : { change: str(when.change) }),
            ...(when.below === undefined ? {} : { below: Number(when.below) }),
            ...(when.above === undefined ? {} : { above: Number(when.above) }),
            periods: Number(when.periods ?? 1),
          },
          action: str(t.action),
          ...(t.owner === undefined ? {} : { owner: str(t.owner) }),
        };
      }),
      audit: str(m.audit) as Metric['audit'],
      horizon: str(m.horizon) as Metric['horizon'],
      status: str(m.status) as Metric['status'],
      introduced: str(m.introduced),
      ...(retired === undefined
        ? {}
        : {
            retired: {
              date: str(retired.date),
              reason: str(retired.reason),
              ...(retired.replaced_by === undefined
                ? {}
                : { replacedBy: str(retired.replaced_by) }),
            },
          }),
      ...(m.review === undefined ? {} : { review: str(m.review) as Metric['review'] }),
      ...(source === undefined
        ? {}
        : {
            source: {
              system: str(source.system),
              ...(source.url === undefined ? {} : { url: str(source.url) }),
              ...(source.note === undefined ? {} : { note: str(source.note) }),
              ...(source.connection === undefined ? {} : { connection: str(source.connection) }),
            },
          }),
    });
    const csv = join(metricDir, `${id}.csv`);
    if (!existsSync(csv)) r.problems.push(`metrics/${id}.csv: missing`);
    else
      readings.set(id, parseReadings(readFileSync(csv, 'utf8'), `metrics/${id}.csv`, r.problems));
  }

  const journal: JournalEntry[] = [];
  const journalDir = join(dir, 'journal');
  const journalFiles = existsSync(journalDir)
    ? readdirSync(journalDir).filter((n) => n.endsWith('.yaml'))
    : [];
  for (const name of journalFiles.sort()) {
    const where = `journal/${name}`;
    const j = r.keys(
      where,
      r.yaml(join(journalDir, name), '../../schemas/journal.json'),
      'journal',
    );
    journal.push({
      file: name.slice(0, -'.yaml'.length),
      date: str(j.date),
      title: str(j.title),
      ...(j.attendees === undefined ? {} : { attendees: strings(j.attendees) }),
      ...(j.notes === undefined ? {} : { notes: str(j.notes) }),
      decisions: r.list(`${where} decisions`, j.decisions, 'decision').map((d) => ({
        kpi: str(d.kpi),
        decision: str(d.decision) as 'keep',
        ...(d.note === undefined ? {} : { note: str(d.note) }),
      })),
      actions: r.list(`${where} actions`, j.actions, 'action').map((a) => ({
        kpi: str(a.kpi),
        date: str(a.date),
        action: str(a.action),
        owner: str(a.owner),
        ...(a.done === undefined ? {} : { done: str(a.done) }),
      })),
    });
  }
  return { org: { strategy, teams, metrics, readings, journal }, problems: r.problems };
}
