import type { Readings } from './parse-readings.ts';

/** Readings of a KPI that has no CSV. */
export function emptyReadings(): Readings {
  return {
    length: 0,
    days: new Int32Array(0),
    grains: new Uint8Array(0),
    values: new Float64Array(0),
    lines: new Int32Array(0),
    notes: new Map(),
  };
}
