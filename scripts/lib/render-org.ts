/**
 * Organisation records → file text (SPEC §2). Pure: the caller writes the files. Keys come out in
 * the order of the SPEC examples so generated files read like the documentation.
 */
import type { JournalEntry, Metric, Objective, Reading, Strategy, Team } from './org-model.ts';
import { PERSPECTIVES } from './org-model.ts';
import {
  blockText,
  flowList,
  flowMap,
  schemaLine,
  withComment,
  wrap,
  yamlDate,
  yamlScalar,
  yamlString,
  type FlowValue,
} from './yaml-text.ts';

const PERSPECTIVE_TITLE = {
  financial: 'Financial',
  customer: 'Customer',
  'internal-process': 'Internal process',
  'learning-growth': 'Learning and growth',
} as const satisfies Record<Objective['perspective'], string>;

/** A `key: text` line, or a wrapped block scalar when the text is long or has several lines. */
function textField(key: string, text: string, indent = '', comment?: string): string[] {
  if (!text.includes('\n') && indent.length + key.length + text.length < 96) {
    return [withComment(`${indent}${key}: ${yamlString(text)}`, comment)];
  }
  const style = text.includes('\n') ? 'literal' : 'folded';
  const [first, ...rest] = blockText(key, wrap(text, 96 - indent.length - 2), indent, style);
  return [withComment(first!, comment), ...rest];
}

/** `strategy.yaml`. */
export function renderStrategy(strategy: Strategy, header: string[] = []): string {
  const lines = [schemaLine('strategy', 1), ...header.map((h) => `# ${h}`)];
  lines.push(`organization: ${yamlString(strategy.organization)}`, '');
  lines.push(...blockText('destination', wrap(strategy.destination, 96)), '');
  const policy = strategy.policy;
  if (policy !== undefined) {
    lines.push('policy:');
    if (policy.primaryPerOwner !== undefined)
      lines.push(`  primary_per_owner: ${policy.primaryPerOwner}`);
    if (policy.staleAfterPeriods !== undefined) {
      lines.push(`  stale_after_periods: ${policy.staleAfterPeriods}`);
    }
    if (policy.responseDays !== undefined) {
      lines.push(
        withComment(`  response_days: ${policy.responseDays}`, 'to answer a fired trigger'),
      );
    }
    lines.push('');
  }
  lines.push('goals:');
  for (const goal of strategy.goals) {
    lines.push(withComment(`  - id: ${goal.id}`, goal.comment));
    lines.push(`    title: ${yamlString(goal.title)}`);
    lines.push(...textField('statement', goal.statement, '    '));
    lines.push(`    kpis: ${flowList(goal.kpis)}`);
    lines.push(`    owner: ${yamlString(goal.owner)}`);
    lines.push(`    deadline: ${yamlDate(goal.deadline)}`);
    lines.push(`    priority: ${goal.priority}`);
  }
  lines.push('', 'objectives:');
  // Top of the strategy map first: financial, customer, process, learning.
  for (const perspective of [...PERSPECTIVES].reverse()) {
    const objectives = strategy.objectives.filter((o) => o.perspective === perspective);
    if (objectives.length === 0) continue;
    lines.push(`  # ${PERSPECTIVE_TITLE[perspective]}`);
    for (const o of objectives) {
      lines.push(`  - id: ${o.id}`, `    title: ${yamlString(o.title)}`);
      if (o.description !== undefined)
        lines.push(...textField('description', o.description, '    '));
      lines.push(`    perspective: ${o.perspective}`, `    goals: ${flowList(o.goals)}`);
      if (o.drives !== undefined && o.drives.length > 0)
        lines.push(`    drives: ${flowList(o.drives)}`);
      lines.push(`    owner: ${yamlString(o.owner)}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** `teams.yaml`: one flow map per team, grouped under a comment per function. */
export function renderTeams(teams: readonly Team[], header: string[] = []): string {
  const line = (t: Team): string =>
    '- ' +
    flowMap({
      id: t.id,
      name: t.name,
      level: t.level,
      parent: t.parent,
      lead: t.lead,
      github: t.github,
    });
  const lines = [schemaLine('teams', 1), ...header.map((h) => `# ${h}`)];
  for (const root of teams.filter((t) => t.level === 'enterprise')) {
    lines.push(line(root));
    for (const fn of teams.filter((t) => t.parent === root.id)) {
      lines.push('', `# ${fn.name}`, line(fn));
      for (const team of teams.filter((t) => t.parent === fn.id)) lines.push(line(team));
    }
  }
  return lines.join('\n') + '\n';
}

function point(p: { value: number; date: string }): string {
  return flowMap({ value: p.value, date: { date: p.date } });
}

/** `metrics/<id>.yaml`. */
export function renderMetric(m: Metric): string {
  const c = m.comments ?? {};
  const lines = [schemaLine('metric', 2)];
  if (c.top !== undefined)
    lines.push(
      ...wrap(c.top, 94)
        .split('\n')
        .map((l) => `# ${l}`),
    );
  const field = (key: string, value: string): void => {
    lines.push(withComment(`${key}: ${value}`, c[key]));
  };
  field('name', yamlString(m.name));
  lines.push(...textField('description', m.description, '', c.description));
  field('formula', yamlString(m.formula));
  field('unit', yamlString(m.unit));
  field('direction', m.direction);
  field('kind', m.kind);
  field('team', m.team);
  if (m.sharedWith !== undefined) field('shared_with', flowList(m.sharedWith));
  field('owner', yamlString(m.owner));
  field('cadence', m.cadence);
  if (m.aggregate !== undefined) field('aggregate', m.aggregate);
  field('objectives', flowList(m.objectives));
  if (m.supports !== undefined && m.supports.length > 0) {
    lines.push(withComment('supports:', c.supports));
    for (const s of m.supports) lines.push(`  - ${flowMap({ kpi: s.kpi, weight: s.weight })}`);
  }
  if (m.drives !== undefined && m.drives.length > 0) {
    lines.push(withComment('drives:', c.drives));
    for (const d of m.drives)
      lines.push(`  - ${flowMap({ kpi: d.kpi, lag: d.lag, effect: d.effect })}`);
  }
  if (m.primary !== undefined) field('primary', String(m.primary));
  if (m.baseline !== undefined) field('baseline', point(m.baseline));
  if (m.target !== undefined) field('target', point(m.target));
  if (m.milestones !== undefined && m.milestones.length > 0) {
    field('milestones', `[${m.milestones.map(point).join(', ')}]`);
  }
  if (m.thresholds !== undefined) {
    field(
      'thresholds',
      flowMap({ warning: m.thresholds.warning, critical: m.thresholds.critical }),
    );
  }
  if (m.triggers !== undefined && m.triggers.length > 0) {
    lines.push(withComment('triggers:', c.triggers));
    for (const t of m.triggers) {
      const when: Record<string, FlowValue | undefined> = {
        change: t.when.change,
        below: t.when.below,
        above: t.when.above,
        periods: t.when.periods,
      };
      lines.push(`  - when: ${flowMap(when)}`);
      lines.push(...textField('action', t.action, '    '));
      if (t.owner !== undefined) lines.push(`    owner: ${yamlString(t.owner)}`);
    }
  }
  field('audit', m.audit);
  field('horizon', m.horizon);
  field('status', m.status);
  field('introduced', yamlDate(m.introduced));
  if (m.retired !== undefined) {
    lines.push(withComment('retired:', c.retired), `  date: ${yamlDate(m.retired.date)}`);
    lines.push(...textField('reason', m.retired.reason, '  '));
    if (m.retired.replacedBy !== undefined) lines.push(`  replaced_by: ${m.retired.replacedBy}`);
  }
  if (m.review !== undefined) field('review', m.review);
  if (m.source !== undefined) {
    const { system, url, note, connection } = m.source;
    const flow = `source: ${flowMap({ system, url, note, connection })}`;
    if (flow.length <= 100) lines.push(withComment(flow, c.source));
    else {
      lines.push(withComment('source:', c.source), `  system: ${yamlString(system)}`);
      if (url !== undefined) lines.push(`  url: ${yamlString(url)}`);
      if (note !== undefined) lines.push(...textField('note', note, '  '));
      if (connection !== undefined) lines.push(`  connection: ${connection}`);
    }
  }
  return lines.join('\n') + '\n';
}

/** A CSV cell: quoted when it holds a delimiter, a quote or a line break. */
function csvCell(text: string): string {
  return /[",;\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** `metrics/<id>.csv`. Built as one array joined once: the large generator writes millions of rows. */
export function renderReadings(readings: readonly Reading[]): string {
  const rows = new Array<string>(readings.length + 1);
  rows[0] = 'date,value,note';
  for (let i = 0; i < readings.length; i++) {
    const r = readings[i]!;
    const value = r.value === null ? '' : String(r.value);
    rows[i + 1] = `${r.date},${value},${r.note === undefined ? '' : csvCell(r.note)}`;
  }
  return rows.join('\n') + '\n';
}

/** A list item as one flow map when it fits on a line, else as a block map. */
function listItem(entries: Record<string, FlowValue | undefined>, dateKeys: string[]): string[] {
  const typed: Record<string, FlowValue | undefined> = {};
  for (const [k, v] of Object.entries(entries)) {
    typed[k] = dateKeys.includes(k) && typeof v === 'string' ? { date: v } : v;
  }
  const flow = `  - ${flowMap(typed)}`;
  if (flow.length <= 100) return [flow];
  const out: string[] = [];
  for (const [k, v] of Object.entries(typed)) {
    if (v === undefined) continue;
    const prefix = out.length === 0 ? '  - ' : '    ';
    const text = typeof v === 'object' ? yamlDate(v.date) : yamlScalar(v);
    if (typeof v === 'string' && prefix.length + k.length + v.length > 96) {
      const [first, ...rest] = textField(k, v, '    ');
      out.push(prefix + first!.trimStart(), ...rest);
    } else out.push(`${prefix}${k}: ${text}`);
  }
  return out;
}

/** `journal/<file>.yaml`. */
export function renderJournal(entry: JournalEntry): string {
  const lines = [schemaLine('journal', 2), `date: ${yamlDate(entry.date)}`];
  lines.push(`title: ${yamlString(entry.title)}`);
  if (entry.attendees !== undefined) lines.push(`attendees: ${flowList(entry.attendees)}`);
  if (entry.notes !== undefined) lines.push(...textField('notes', entry.notes));
  if (entry.decisions !== undefined && entry.decisions.length > 0) {
    lines.push('decisions:');
    for (const d of entry.decisions) lines.push(...listItem({ ...d }, []));
  }
  if (entry.actions !== undefined && entry.actions.length > 0) {
    lines.push('actions:');
    for (const a of entry.actions) lines.push(...listItem({ ...a }, ['date', 'done']));
  }
  return lines.join('\n') + '\n';
}
