import type { Readings } from './parse-readings.ts';

/** Readings as collected in file order, in arrays that may be longer than `length`. */
export interface CollectedReadings {
  readonly length: number;
  readonly days: Int32Array;
  readonly grains: Uint8Array;
  readonly values: Float64Array;
  readonly lines: Int32Array;
  /** Column of each row's date cell, or null when the date is the first column (always 1). */
  readonly dateCols: Int32Array | null;
  /** Rows (in file order, ascending) that have a note, and the notes: a Map is built once, here. */
  readonly noteRows: readonly number[];
  readonly noteTexts: readonly string[];
}

/** Called for a row dropped because an earlier row (by line) has the same day. */
export type OnDuplicate = (line: number, col: number, earlierLine: number, day: number) => void;

/**
 * Orders readings by day, keeping file order among equal days (SPEC §2: out-of-order dates are
 * fine), and keeps only the first row of each day: a later row on the same day — whatever form
 * its date was written in — is reported through `onDuplicate` and dropped, since two readings on
 * one day cannot be ordered (`aggregate: last` would be arbitrary). Returns exact-length arrays;
 * a file already in order is compacted in place, so it needs no second copy of its rows.
 */
export function sortReadings(rows: CollectedReadings, onDuplicate: OnDuplicate): Readings {
  const n = rows.length;
  const order = isSorted(rows.days, n) ? null : stableOrder(rows.days, n);
  // In place is safe when in order: the write index never passes the read index.
  const days = order === null ? rows.days : new Int32Array(n);
  const grains = order === null ? rows.grains : new Uint8Array(n);
  const values = order === null ? rows.values : new Float64Array(n);
  const lines = order === null ? rows.lines : new Int32Array(n);
  const notes = new Map<number, string>();
  // noteSlot[row] = 1 + index of the row's note, 0 without one.
  const noteSlot = rows.noteRows.length === 0 ? null : new Int32Array(n);
  for (let k = 0; noteSlot !== null && k < rows.noteRows.length; k++) {
    noteSlot[rows.noteRows[k]!] = k + 1;
  }
  let w = 0;
  for (let r = 0; r < n; r++) {
    const from = order === null ? r : order[r]!;
    const day = rows.days[from]!;
    if (w > 0 && days[w - 1] === day) {
      const col = rows.dateCols === null ? 1 : rows.dateCols[from]!;
      onDuplicate(rows.lines[from]!, col, lines[w - 1]!, day);
      continue;
    }
    days[w] = day;
    grains[w] = rows.grains[from]!;
    values[w] = rows.values[from]!;
    lines[w] = rows.lines[from]!;
    if (noteSlot !== null && noteSlot[from] !== 0)
      notes.set(w, rows.noteTexts[noteSlot[from]! - 1]!);
    w++;
  }
  return {
    length: w,
    days: days.subarray(0, w),
    grains: grains.subarray(0, w),
    values: values.subarray(0, w),
    lines: lines.subarray(0, w),
    notes,
  };
}

function isSorted(days: Int32Array, n: number): boolean {
  for (let i = 1; i < n; i++) if (days[i]! < days[i - 1]!) return false;
  return true;
}

/**
 * The row indexes in stable day order, by counting sort: days span at most the ~3.7 million days
 * of years 0000–9999, so one pass to count and one to place beat a comparison sort of millions
 * of rows by far, and it is stable by construction.
 */
function stableOrder(days: Int32Array, n: number): Int32Array {
  let min = days[0]!;
  let max = min;
  for (let i = 1; i < n; i++) {
    const d = days[i]!;
    if (d < min) min = d;
    else if (d > max) max = d;
  }
  const next = new Int32Array(max - min + 2);
  for (let i = 0; i < n; i++) next[days[i]! - min + 1]!++;
  for (let d = 1; d < next.length; d++) next[d]! += next[d - 1]!;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[next[days[i]! - min]!++] = i;
  return order;
}
