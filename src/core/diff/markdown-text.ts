import { escapeControl } from '../diagnostics/escape-text.ts';

/**
 * Text from the KPI files made inert in GitHub markdown, for a PR comment: it can neither break
 * the layout (line breaks, table pipes), nor inject HTML, links or images, nor notify anyone.
 */

// Characters that start markup inside a line: code, emphasis, links and images, HTML, tables,
// strikethrough, entities and math. Line-start markup (#, -, 1.) cannot occur: the text is never
// placed at the start of a line.
const SPECIAL = /[\\`*_[\]<>|~&$!]/g;
// A zero-width space after `@` or `#`: GitHub links `@org/team` (and notifies it) and `#12`.
const REFERENCE = /([@#])/g;

/** One line of plain text, safe anywhere in a paragraph, list item or table cell. */
export function escapeMarkdown(text: string): string {
  return escapeInline(oneLine(text));
}

/**
 * Text as a code span, with a fence longer than any run of backticks inside. In a table cell
 * (`cell`), `|` is escaped, which GFM undoes inside code; a backslash there could pair with that
 * escape, so such text is escaped as plain text instead. Mentions and HTML are inert in code.
 */
export function codeSpan(text: string, options: { readonly cell?: boolean } = {}): string {
  const line = oneLine(text);
  if (line === '') return '';
  if (options.cell === true && line.includes('\\')) return escapeMarkdown(line);
  const longest = Math.max(0, ...(line.match(/`+/g) ?? []).map((run) => run.length));
  const fence = '`'.repeat(longest + 1);
  const pad = line.startsWith('`') || line.endsWith('`') ? ' ' : '';
  const body = options.cell === true ? line.replace(/\|/g, '\\|') : line;
  return `${fence}${pad}${body}${pad}${fence}`;
}

/**
 * A finding's message, whose `quoted` parts become code spans (as the text output shows them);
 * the rest is escaped, and an unpaired backtick stays literal.
 */
export function escapeMessage(text: string): string {
  return oneLine(text)
    .split(/(`[^`]+`)/)
    .map((part, i) => (i % 2 === 1 ? codeSpan(part.slice(1, -1)) : escapeInline(part)))
    .join('');
}

function escapeInline(text: string): string {
  return text.replace(SPECIAL, '\\$&').replace(REFERENCE, '$1&#8203;');
}

// Whitespace runs become one space; other control characters (an ESC sequence would act on the
// terminal `plumbline diff` prints to) are shown as `\u{1b}`.
function oneLine(text: string): string {
  return escapeControl(text.replace(/\s+/g, ' ').trim());
}
