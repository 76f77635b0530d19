/**
 * Colour on terminals only, following https://no-color.org: NO_COLOR (any non-empty value) turns
 * it off, FORCE_COLOR (non-empty, not `0`) turns it on even when piped, and a `dumb` terminal
 * gets none.
 */
export function colourWanted(
  isTTY: boolean,
  env: Readonly<Record<string, string | undefined>>,
): boolean {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return false;
  if (env.FORCE_COLOR !== undefined && env.FORCE_COLOR !== '' && env.FORCE_COLOR !== '0')
    return true;
  return isTTY && env.TERM !== 'dumb';
}

/** ANSI styles; each returns the text unchanged when colour is off. */
export interface Paint {
  readonly red: (text: string) => string;
  readonly yellow: (text: string) => string;
  readonly green: (text: string) => string;
  readonly cyan: (text: string) => string;
  readonly dim: (text: string) => string;
  readonly bold: (text: string) => string;
}

const style =
  (on: boolean, open: number, close: number) =>
  (text: string): string =>
    on && text !== '' ? `\u001b[${open}m${text}\u001b[${close}m` : text;

/** The styles, live or plain. */
export function paint(on: boolean): Paint {
  return {
    red: style(on, 31, 39),
    yellow: style(on, 33, 39),
    green: style(on, 32, 39),
    cyan: style(on, 36, 39),
    dim: style(on, 2, 22),
    bold: style(on, 1, 22),
  };
}

/**
 * Colours the text report of `check` (from formatText): file headers bold, the severity word of
 * each finding red, yellow or dim, hints dim, and the summary line green or red. Works on the
 * finished text so the formatter stays plain; the text is unchanged when colour is off.
 */
export function colourFindings(text: string, p: Paint): string {
  return text
    .split('\n')
    .map((line) => {
      const finding = /^( {2}\d+:\d+\s+)(error|warning|info)(\b.*)$/.exec(line);
      if (finding !== null) {
        const [, at, severity, rest] = finding;
        const colour = severity === 'error' ? p.red : severity === 'warning' ? p.yellow : p.cyan;
        return `${p.dim(at!)}${colour(severity!)}${rest!}`;
      }
      if (/^\s+→ /.test(line)) return p.dim(line);
      if (/^[✔✖]/.test(line)) return (line.startsWith('✔') ? p.green : p.red)(line);
      if (/^\S/.test(line)) return p.bold(line); // a file header
      return line;
    })
    .join('\n');
}
