/**
 * Hand-written YAML text. The generators write YAML as a person would (flow maps for short
 * records, comments where they help) rather than dumping objects; these helpers only decide when a
 * scalar needs quotes.
 */
import { parse } from 'yaml';

/** Words that some YAML readers (1.1) take for booleans or null. */
const RESERVED = new Set(['y', 'n', 'yes', 'no', 'on', 'off', 'true', 'false', 'null', '~']);

/** Plain scalars that are certainly strings in block and flow context (the fast path). */
const SAFE_FLOW = /^[A-Za-z][A-Za-z0-9 _.()/+'’—–-]*$/;
const SAFE_BLOCK = /^[A-Za-z$][A-Za-z0-9 _.,;()/+'’"—–$%&?!=<>*-]*$/;

/** Whether a plain scalar reads back as the same string (checked with the yaml parser). */
function readsBack(text: string, flow: boolean): boolean {
  if (text === '' || text !== text.trim() || RESERVED.has(text.toLowerCase())) return false;
  try {
    const value: unknown = flow ? parse(`[${text}]`) : parse(`k: ${text}`);
    return flow
      ? Array.isArray(value) && value.length === 1 && value[0] === text
      : typeof value === 'object' && value !== null && (value as { k?: unknown }).k === text;
  } catch {
    return false;
  }
}

/** A string as a YAML scalar: plain when it reads back as itself, else single-quoted. */
export function yamlString(text: string, flow = false): string {
  const safe = (flow ? SAFE_FLOW : SAFE_BLOCK).test(text) && !/: | #|:$/.test(text);
  if ((safe && !RESERVED.has(text.toLowerCase())) || readsBack(text, flow)) return text;
  return `'${text.replaceAll("'", "''")}'`;
}

/** A scalar value: numbers and booleans as themselves, strings via `yamlString`. */
export function yamlScalar(value: string | number | boolean, flow = false): string {
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) throw new Error(`not a finite number: ${value}`);
    return String(value);
  }
  if (typeof value === 'boolean') return value ? 'true' : 'false';
  return yamlString(value, flow);
}

/** A date or period written unquoted (`2026-12-31`); YAML 1.2 reads it as a string. */
export function yamlDate(text: string): string {
  if (!/^\d{4}(-\d{2}(-\d{2})?|-Q[1-4]|-W\d{2})?$/.test(text))
    throw new Error(`not a date: ${text}`);
  return text;
}

/** A value inside a flow collection: a date, a number, a boolean or a string. */
export type FlowValue = string | number | boolean | { date: string };

function flowValue(value: FlowValue): string {
  return typeof value === 'object' ? yamlDate(value.date) : yamlScalar(value, true);
}

/** `{ kpi: net-revenue, weight: 0.4 }`; undefined entries are left out. */
export function flowMap(entries: Record<string, FlowValue | undefined>): string {
  const parts = Object.entries(entries)
    .filter((entry): entry is [string, FlowValue] => entry[1] !== undefined)
    .map(([key, value]) => `${key}: ${flowValue(value)}`);
  return `{ ${parts.join(', ')} }`;
}

/** `[a, b, c]`. */
export function flowList(items: readonly FlowValue[]): string {
  return `[${items.map(flowValue).join(', ')}]`;
}

/**
 * A block scalar holding text, indented under the key. `literal` (`|`) keeps every line break, for
 * markdown with paragraphs and lists; `folded` (`>-`) joins the lines back into one, for prose that
 * is only wrapped to be readable. Lines are kept as given, so a caller wraps prose itself.
 */
export function blockText(
  key: string,
  text: string,
  indent = '',
  style: 'literal' | 'folded' = 'literal',
): string[] {
  const lines = text.replace(/\n+$/, '').split('\n');
  const header = `${indent}${key}: ${style === 'literal' ? '|' : '>-'}`;
  return [header, ...lines.map((line) => (line === '' ? '' : `${indent}  ${line}`))];
}

/**
 * Wraps prose at a column, breaking on spaces. Paragraphs (blank lines) are kept, and so are
 * markdown list items (`- `), which wrap with a hanging indent.
 */
export function wrap(text: string, width = 96): string {
  const fill = (words: string[], first: string, rest: string): string[] => {
    const lines: string[] = [];
    let line = first;
    let empty = true;
    for (const word of words) {
      if (!empty && line.length + 1 + word.length > width) {
        lines.push(line);
        line = rest + word;
      } else line = empty ? line + word : `${line} ${word}`;
      empty = false;
    }
    if (!empty) lines.push(line);
    return lines;
  };
  return text
    .split(/\n\s*\n/)
    .map((paragraph) => {
      const items: string[] = [];
      for (const line of paragraph.split('\n')) {
        if (/^\s*- /.test(line) || items.length === 0) items.push(line);
        else items[items.length - 1] += ` ${line}`;
      }
      return items
        .flatMap((item) => {
          const words = item.trim().split(/\s+/);
          if (words[0] === '-') return fill(words.slice(1), '- ', '  ');
          return fill(words, '', '');
        })
        .join('\n');
    })
    .join('\n\n');
}

/** The first line of every generated YAML file: the JSON Schema the editor should use. */
export function schemaLine(
  kind: 'strategy' | 'teams' | 'metric' | 'journal',
  depth: number,
): string {
  return `# yaml-language-server: $schema=${'../'.repeat(depth)}schemas/${kind}.json`;
}

/** A value followed by an end-of-line comment when there is one. */
export function withComment(line: string, comment: string | undefined): string {
  return comment === undefined ? line : `${line}  # ${comment}`;
}
