import { diagnostic, type Diagnostic } from '../diagnostics/diagnostic.ts';
import type { RuleId } from '../diagnostics/rules.ts';
import type { MessageText } from './readings-messages.ts';

/** A pattern seen this many times in one column is one error, not one per cell. */
export const GROUP_MIN = 3;

/** Distinct patterns kept per file; beyond, problems are reported one by one. */
const MAX_GROUPS = 10_000;

/** Says what a group of cells written the same way has in common, and the fix. */
export type GroupWords = (group: CellGroup) => MessageText;

/** Cells of one column with one problem, written the same way. */
export interface CellGroup {
  readonly rule: RuleId;
  /** The first cell, as written. */
  readonly example: string;
  count: number;
  readonly firstLine: number;
  lastLine: number;
  /** The largest number written in each numeric part of the cells (`02.01.2023` → 2, 1, 2023). */
  readonly partMax: number[];
  /** The first GROUP_MIN - 1 problems, reported one by one while the group is small. */
  readonly first: { line: number; col: number; words: MessageText }[];
  readonly words: GroupWords;
}

/**
 * Collects cell problems by column and by the shape of the cell (digits as 9, letters as a), so
 * fifty dates written `02.01.2023` make one error naming the pattern and its fix, and a handful of
 * unrelated mistakes are still reported one by one.
 */
export class CellGroups {
  private readonly groups = new Map<string, CellGroup>();

  /** Adds a problem of `cell` in `column`; false when too many patterns are kept already. */
  add(
    rule: RuleId,
    line: number,
    col: number,
    column: number,
    cell: string,
    words: MessageText,
    groupWords: GroupWords,
    key: string = shapeOf(cell),
  ): boolean {
    const id = `${rule}\u0000${column}\u0000${key}`;
    let group = this.groups.get(id);
    if (group === undefined) {
      if (this.groups.size >= MAX_GROUPS) return false;
      group = {
        rule,
        example: cell,
        count: 0,
        firstLine: line,
        lastLine: line,
        partMax: [],
        first: [],
        words: groupWords,
      };
      this.groups.set(id, group);
    }
    group.count++;
    group.lastLine = Math.max(group.lastLine, line);
    if (group.first.length < GROUP_MIN - 1) group.first.push({ line, col, words });
    const parts = cell.match(/\d+/g) ?? [];
    parts.forEach((p, i) => {
      group.partMax[i] = Math.max(group.partMax[i] ?? 0, Number(p));
    });
    return true;
  }

  /** One diagnostic per group of GROUP_MIN or more, each problem of a smaller group alone. */
  diagnostics(file: string): Diagnostic[] {
    const out: Diagnostic[] = [];
    for (const group of this.groups.values()) {
      if (group.count < GROUP_MIN) {
        for (const p of group.first)
          out.push(
            diagnostic(
              group.rule,
              { file, line: p.line, col: p.col },
              p.words.message,
              p.words.hint,
            ),
          );
      } else {
        const first = group.first[0]!;
        const words = group.words(group);
        out.push(
          diagnostic(
            group.rule,
            { file, line: first.line, col: first.col },
            words.message,
            words.hint,
          ),
        );
      }
    }
    return out;
  }
}

/** `02.01.2023` → `99.99.9999`; long cells are cut, so a runaway cell is one shape. */
export function shapeOf(cell: string): string {
  return cell
    .slice(0, 24)
    .replace(/[0-9]/g, '9')
    .replace(/[A-Za-z]/g, 'a');
}
