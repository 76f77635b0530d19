import type { CliEffects } from './effects.ts';

/** Progress of long work, on stderr (stdout keeps the result). */
export interface Progress {
  /** A new phase starts: `reading files`, `rendering pages`… with an optional count. */
  phase(name: string, count?: { readonly done: number; readonly total?: number }): void;
  /** The count of the current phase moved on; `detail` follows it (`· 120 pages`). */
  count(done: number, total?: number, detail?: string): void;
  /** Work is over: the live line is cleared (plain lines stay). */
  end(): void;
  /** Whether it is one line rewritten in place (a terminal), where a detail is seen as it moves. */
  readonly live: boolean;
}

/** Plain lines print a count at most this often: each quarter of a known total. */
const QUARTERS = [0.25, 0.5, 0.75, 1];

/**
 * Progress for a command. On a terminal (and not in CI), one line on stderr rewritten in place;
 * elsewhere (CI logs, a pipe) a plain line per phase and per quarter of a counted phase, so logs
 * stay short; nothing with --quiet. Any command can use it: `const progress = progressOf(effects,
 * 'build')`.
 */
export function progressOf(effects: CliEffects, command: string): Progress {
  if (effects.quiet === true) return { phase() {}, count() {}, end() {}, live: false };
  const env = effects.env ?? {};
  const live = effects.stderrIsTTY === true && (env.CI === undefined || env.CI === '');
  let name = '';
  let shown = '';
  let quarter = 0;
  const text = (done?: number, total?: number, detail?: string) =>
    `${command}: ${name}${done === undefined ? '' : ` ${done}${total === undefined ? '' : `/${total}`}`}${detail === undefined ? '' : ` · ${detail}`}`;
  const show = (line: string) => {
    if (line === shown) return;
    shown = line;
    effects.stderr(live ? `\r\u001b[2K${line}` : `${line}\n`);
  };
  return {
    phase(next, count) {
      name = next;
      quarter = 0;
      if (!live) shown = '';
      show(text(count?.done, count?.total));
    },
    count(done, total, detail) {
      if (live) return show(text(done, total, detail));
      // Plain: only when a quarter of a known total is passed.
      if (total === undefined || total === 0) return;
      let passed = false;
      while (quarter < QUARTERS.length && done >= total * QUARTERS[quarter]!) {
        quarter++;
        passed = true;
      }
      if (passed) show(text(done, total, detail));
    },
    end() {
      if (live && shown !== '') effects.stderr('\r\u001b[2K');
      shown = '';
    },
    live,
  };
}
