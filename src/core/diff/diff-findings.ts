import { isRuleId, RULES, type RuleMeta } from '../diagnostics/rules.ts';
import type { FindingJson } from '../model/model.ts';
import { isBlocking } from './unloaded-files.ts';

/** Findings new on the after side and findings gone from it. */
export interface FindingsDiff {
  readonly introduced: readonly FindingJson[];
  readonly resolved: readonly FindingJson[];
}

/** Which findings can be compared. */
export interface FindingsDiffOptions {
  /**
   * False when strategy.yaml or teams.yaml did not load on a side: that side ran no guardrails
   * and checked references against nothing, so only the other load findings are compared.
   */
  readonly structure: boolean;
  /** Files that did not load at the base: only their loading errors are compared. */
  readonly unloadedBefore: ReadonlySet<string>;
  /** Files that do not load now: only their loading errors are compared. */
  readonly unloadedAfter: ReadonlySet<string>;
}

/**
 * Matches findings by severity, rule, file and message — not by line or column, which move
 * whenever lines are added above. Equal findings are counted: a second identical one is new.
 * A finding about a file that did not load on the other side is left out (a KPI file broken by
 * a syntax error has no guardrail findings, and their absence is not a resolution), except the
 * errors that stop loading, which are what changed.
 */
export function diffFindings(
  before: readonly FindingJson[],
  after: readonly FindingJson[],
  options: FindingsDiffOptions,
): FindingsDiff {
  const keep = (f: FindingJson) =>
    (options.structure || !dependsOnStructure(f.rule)) &&
    (isBlocking(f) || (!options.unloadedBefore.has(f.file) && !options.unloadedAfter.has(f.file)));
  const open = new Map<string, FindingJson[]>();
  for (const f of before.filter(keep)) {
    const list = open.get(key(f)) ?? [];
    list.push(f);
    open.set(key(f), list);
  }
  const introduced: FindingJson[] = [];
  for (const f of after.filter(keep)) {
    const list = open.get(key(f));
    if (list !== undefined && list.length > 0) list.shift();
    else introduced.push(f);
  }
  const resolved = [...open.values()].flat();
  return { introduced: sortFindings(introduced), resolved: sortFindings(resolved) };
}

// Guardrails, and the load checks of references between files (ids, levels, cycles).
function dependsOnStructure(rule: string): boolean {
  if (!isRuleId(rule)) return false;
  const meta: RuleMeta = RULES[rule];
  return meta.kind === 'guardrail' || meta.references === true;
}

function key(f: FindingJson): string {
  return [f.severity, f.rule, f.file, f.message].join('\u0000');
}

const SEVERITY_RANK = { error: 0, warning: 1, info: 2 } as const;

// Errors first, then by place, so the top of a long list is what blocks the merge.
function sortFindings(list: FindingJson[]): FindingJson[] {
  return list.sort(
    (a, b) =>
      SEVERITY_RANK[a.severity] - SEVERITY_RANK[b.severity] ||
      (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
      a.line - b.line ||
      a.col - b.col ||
      (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0),
  );
}
