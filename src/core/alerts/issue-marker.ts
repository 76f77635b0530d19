/** The hidden lines of an alert issue's body: which alert it is, and what the last sync reported. */

/** What the last sync recorded in an issue's body. */
export interface IssueState {
  /** The latest period reported. */
  readonly latest: string | null;
  /** The date of the journal action that answered it, once reported. */
  readonly answered: string | null;
}

const MARKER = /<!-- plumbline-alert ([a-z0-9-]+\/\d+\/[0-9A-Za-z-]+) -->/;
const STATE = /<!-- plumbline-state (\{[^\n]*?\}) -->/;

/** The hidden first line that finds an alert's issue again. */
export function alertMarker(key: string): string {
  return `<!-- plumbline-alert ${key} -->`;
}

/** The alert key of an issue body, or null when it is not an alert issue. */
export function markerOf(body: string): string | null {
  return MARKER.exec(body)?.[1] ?? null;
}

/** The state recorded in an issue body (nothing recorded: both null). */
export function stateOf(body: string): IssueState {
  const m = STATE.exec(body);
  if (m === null) return { latest: null, answered: null };
  try {
    const parsed = JSON.parse(m[1]!) as Partial<IssueState>;
    return {
      latest: typeof parsed.latest === 'string' ? parsed.latest : null,
      answered: typeof parsed.answered === 'string' ? parsed.answered : null,
    };
  } catch {
    return { latest: null, answered: null };
  }
}

/** The state line of a body. */
export function stateLine(state: IssueState): string {
  return `<!-- plumbline-state ${JSON.stringify(state)} -->`;
}
