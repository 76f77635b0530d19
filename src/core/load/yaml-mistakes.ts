/**
 * Plain words for the YAML mistakes people make by hand — a tab, a missing colon, a line indented
 * wrong, a list item out of line, a bracket or quote never closed, several documents, nesting too
 * deep — placed where the person made the mistake (the line of the unclosed `{`, not the line
 * where the parser gave up), with the fix written in the person's own text.
 *
 * The parser (yaml) reports an error code and an offset; `explainYamlError` looks at the text
 * around it. Anything it does not recognise keeps the parser's position and a generic hint.
 */

/** Where a mistake is and what to say about it. */
export interface Explained {
  /** Offset in the text where the mistake is. */
  readonly offset: number;
  readonly message: string;
  readonly hint: string;
}

/** The text of a file split into lines, with the offset where each starts. */
class Lines {
  readonly starts: number[] = [0];
  readonly text: string;
  constructor(text: string) {
    this.text = text;
    for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) this.starts.push(i + 1);
  }
  /** 0-based index of the line holding `offset`. */
  indexAt(offset: number): number {
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  }
  /** Line `i` without its line end. */
  line(i: number): string {
    const end = i + 1 < this.starts.length ? this.starts[i + 1]! - 1 : this.text.length;
    return this.text.slice(this.starts[i], end).replace(/\r$/, '');
  }
  get count(): number {
    return this.starts.length;
  }
}

/** Lines of the fix quoted in hints are cut to this length. */
const MAX_QUOTE = 80;

/** Explains one parser error of `text` in plain words; `code` and `offset` come from yaml. */
export function explainYamlError(text: string, code: string, offset: number): Explained {
  const lines = new Lines(text);
  const at = Math.min(Math.max(offset, 0), text.length);
  const index = lines.indexAt(at);
  const line = lines.line(index);
  switch (code) {
    case 'TAB_AS_INDENT':
      return tab(lines, index);
    case 'MULTIPLE_DOCS':
      return {
        offset: at,
        message: 'This file holds more than one YAML document: the `---` line here starts another.',
        hint: 'Plumbline reads one document per file: delete this `---` line (and what follows, if it belongs elsewhere).',
      };
    case 'RESOURCE_EXHAUSTION':
      return {
        offset: at,
        message: 'The YAML is nested too deeply to read.',
        hint: 'Plumbline files need only a few levels of indentation or brackets: look for `[` or `{` opened again and again, or remove the deep part.',
      };
    case 'DUPLICATE_KEY': {
      const key = /^\s*(?:-\s+)?([^:#]+?)\s*:/.exec(text.slice(at, lines.starts[index + 1]))?.[1];
      return {
        offset: at,
        message:
          key === undefined
            ? 'A field appears twice in the same block.'
            : `\`${quote(key)}\` appears twice in the same block.`,
        hint: 'Keep one of them and delete the other.',
      };
    }
  }
  const unclosed = unclosedAt(text, at);
  if (unclosed !== null) return unclosedExplained(lines, unclosed);
  const stray = text[at];
  if (stray === '}' || stray === ']') {
    const opener = stray === '}' ? '{' : '[';
    const fixed =
      line.slice(0, at - lines.starts[index]!) + line.slice(at - lines.starts[index]! + 1);
    return {
      offset: at,
      message: `This \`${stray}\` closes nothing: there is no \`${opener}\` open before it.`,
      hint: `Delete it: \`${quote(fixed.trim())}\`.`,
    };
  }
  const colon = /^(\s*(?:-\s+)?[^\s:#"'][^:#]*):[ \t]+([^"'\s].*:[ \t].*)$/.exec(line);
  if (colon !== null) {
    return {
      offset: lines.starts[index]! + line.indexOf(colon[2]!, colon[1]!.length),
      message: `The value of \`${quote(colon[1]!.trim().replace(/^-\s+/, ''))}\` holds \`: \`, which YAML reads as the start of another field.`,
      hint: `Put the value in quotes: \`${quote(`${colon[1]!.trim()}: "${colon[2]!.trim().replace(/"/g, '\\"')}"`)}\`.`,
    };
  }
  const indent = indentation(lines, index);
  if (indent !== null) return indent;
  if (code === 'MULTILINE_IMPLICIT_KEY' || code === 'MISSING_CHAR') {
    const colon = missingColon(lines, index);
    if (colon !== null) return colon;
  }
  return {
    offset: at,
    message: `The YAML cannot be read on this line: \`${quote(line.trim())}\`.`,
    hint: 'Write each field as `name: value`, indented with spaces like the fields beside it; put text that holds `: ` or `#` in quotes.',
  };
}

function tab(lines: Lines, index: number): Explained {
  const line = lines.line(index);
  const fixed = line.replace(/^[ \t]+/, (lead) => lead.replace(/\t/g, '  '));
  return {
    offset: lines.starts[index]! + line.search(/\t/),
    message: 'This line is indented with a tab; YAML allows only spaces for indentation.',
    hint: `Replace the tab with spaces: \`${quote(fixed)}\` (an editor can show tabs and turn them into spaces).`,
  };
}

/** An opening bracket or quote that is never closed. */
interface Unclosed {
  readonly char: string;
  readonly offset: number;
}

/**
 * The bracket or quote still open at `limit`, scanning the text as YAML does: quotes and brackets
 * count only where a value starts (`a: [`, `- "`), or inside brackets; comments are skipped.
 */
export function unclosedAt(text: string, limit: number): Unclosed | null {
  const stack: Unclosed[] = [];
  let quote: Unclosed | null = null;
  let prev = '\n'; // the last char that is not a blank
  for (let i = 0; i < limit && i < text.length; i++) {
    const c = text[i]!;
    if (quote !== null) {
      if (quote.char === '"' && c === '\\') i++;
      else if (c === quote.char) {
        if (c === "'" && text[i + 1] === "'") i++;
        else {
          quote = null;
          prev = c;
        }
      }
      continue;
    }
    if (c === ' ' || c === '\t' || c === '\r') continue;
    const valueStart = '\n:-[{,?'.includes(prev);
    if (c === '#' && (prev === '\n' || /[ \t]/.test(text[i - 1] ?? '\n'))) {
      while (i + 1 < text.length && text[i + 1] !== '\n') i++;
      continue;
    }
    if ((c === '"' || c === "'") && (valueStart || stack.length > 0))
      quote = { char: c, offset: i };
    else if ((c === '[' || c === '{') && (valueStart || stack.length > 0))
      stack.push({ char: c, offset: i });
    else if ((c === ']' || c === '}') && stack.length > 0) stack.pop();
    else if (c === '\n' && stack.length === 0) {
      prev = '\n';
      continue;
    }
    if (c !== '\n') prev = c;
  }
  return quote ?? stack[stack.length - 1] ?? null;
}

function unclosedExplained(lines: Lines, open: Unclosed): Explained {
  const index = lines.indexAt(open.offset);
  const line = lines
    .line(index)
    .replace(/\s+#.*$/, '')
    .trimEnd();
  const closer = { '{': '}', '[': ']', '"': '"', "'": "'" }[open.char] ?? open.char;
  const what = open.char === '{' ? 'block of fields' : open.char === '[' ? 'list' : 'text';
  return {
    offset: open.offset,
    message: `This \`${open.char}\` is never closed, so the lines after it are read as part of it.`,
    hint: `Add the closing \`${closer}\` where the ${what} ends: \`${quote(closeOnLine(line, lines.starts[index]!, open))}\`.`,
  };
}

/** The line with the closers its unclosed brackets and quotes need, appended at its end. */
function closeOnLine(line: string, lineStart: number, open: Unclosed): string {
  const stillOpen: string[] = [];
  const from = open.offset - lineStart;
  let inQuote: string | null = null;
  for (let i = from; i < line.length; i++) {
    const c = line[i]!;
    if (inQuote !== null) {
      if (c === inQuote) inQuote = null;
      continue;
    }
    if (c === '"' || c === "'") inQuote = c;
    else if (c === '[' || c === '{') stillOpen.push(c === '[' ? ']' : '}');
    else if ((c === ']' || c === '}') && stillOpen.length > 0) stillOpen.pop();
  }
  const closers = stillOpen.reverse().join('');
  return line + (inQuote ?? '') + (closers !== '' && /[[{] /.test(line) ? ` ${closers}` : closers);
}

/** The column where a line's content starts (after its indentation and any `- ` markers). */
function contentIndent(line: string): number {
  return /^[ ]*(?:-[ ]+)*/.exec(line)![0].length;
}

function isContent(line: string): boolean {
  return line.trim() !== '' && !line.trimStart().startsWith('#');
}

/** The previous line with content before line `index`, or -1. */
function previousContent(lines: Lines, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (isContent(lines.line(i))) return i;
  return -1;
}

/**
 * A line indented wrong for where it stands: deeper than the line above it when that line's field
 * already has a value, a list item out of line with the items above, or a field indented by other
 * than its siblings. Looks at the line of the error and the line after it.
 */
function indentation(lines: Lines, index: number): Explained | null {
  for (const i of [index, index + 1]) {
    if (i >= lines.count || !isContent(lines.line(i))) continue;
    const line = lines.line(i);
    const own = /^ */.exec(line)![0].length;
    const above = previousContent(lines, i);
    if (above < 0) continue;
    const prev = lines.line(above);
    const prevIndent = /^ */.exec(prev)![0].length;
    const prevContent = contentIndent(prev);
    const start = lines.starts[i]! + own;
    const isItem = /^-( |$)/.test(line.slice(own));
    // A list item out of line with an earlier item.
    if (isItem) {
      const sibling = earlierItemIndent(lines, i, own);
      if (sibling !== null && sibling !== own) {
        return {
          offset: start,
          message: `This list item starts at column ${own + 1}, but the items above it start at column ${sibling + 1}.`,
          hint: `Line it up with the items above: \`${quote(' '.repeat(sibling) + line.trimStart())}\`.`,
        };
      }
    }
    // Deeper than a line whose field already has a value: `name: A` then `  cadence: monthly`.
    const prevHasValue = /:[ \t]+[^ \t#]/.test(prev.slice(prevContent));
    if (own > prevContent && prevHasValue && !isItem) {
      const key = /^([^:]+):/.exec(prev.slice(prevContent))?.[1] ?? 'the field above';
      return {
        offset: start,
        message: `This line is indented more than the line above, but \`${quote(key.trim())}\` above already has a value.`,
        hint: `Indent it like the line above: \`${quote(' '.repeat(prevContent) + line.trimStart())}\`.`,
      };
    }
    // A field between two levels: less than its siblings, more than their parent.
    const parent = parentLine(lines, i, own);
    const siblings = parent < 0 ? prevContent : contentIndent(lines.line(parent));
    if (!isItem && own < siblings && parent >= 0 && /^ *- /.test(lines.line(parent))) {
      return {
        offset: start,
        message: `This line is indented by ${own} spaces, but the fields of the list item it belongs to by ${siblings}.`,
        hint: `Indent it by ${siblings} spaces: \`${quote(' '.repeat(siblings) + line.trimStart())}\`.`,
      };
    }
    if (!isItem && own < prevContent && own > prevIndent) {
      return {
        offset: start,
        message: `This line is indented by ${own} spaces, but the fields around it by ${prevContent}.`,
        hint: `Indent it by ${prevContent} spaces: \`${quote(' '.repeat(prevContent) + line.trimStart())}\`.`,
      };
    }
  }
  return null;
}

/** The nearest earlier line with content indented less than `own`, or -1. */
function parentLine(lines: Lines, index: number, own: number): number {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines.line(i);
    if (isContent(line) && /^ */.exec(line)![0].length < own) return i;
  }
  return -1;
}

/** Indentation of the nearest earlier `- ` item near `own`, within the same block. */
function earlierItemIndent(lines: Lines, index: number, own: number): number | null {
  for (let i = index - 1; i >= 0; i--) {
    const line = lines.line(i);
    if (!isContent(line)) continue;
    const indent = /^ */.exec(line)![0].length;
    if (/^-( |$)/.test(line.slice(indent)) && Math.abs(indent - own) <= 2) return indent;
    if (indent < own - 2 || (indent < own && !/^-( |$)/.test(line.slice(indent)))) return null;
  }
  return null;
}

/** `owner David Okafor` among `key: value` lines: the colon after the field name is missing. */
function missingColon(lines: Lines, index: number): Explained | null {
  for (const i of [index, index - 1, index + 1]) {
    if (i < 0 || i >= lines.count) continue;
    const line = lines.line(i);
    const own = contentIndent(line);
    const body = line.slice(own);
    const match = /^([A-Za-z_][\w-]*)([ \t]+)(\S.*)$/.exec(body);
    if (match === null || body.includes(': ') || body.endsWith(':')) continue;
    const fixed = `${line.slice(0, own)}${match[1]}: ${match[3]}`;
    return {
      offset: lines.starts[i]! + own + match[1]!.length,
      message: `There is no colon after \`${quote(match[1]!)}\`, so YAML cannot tell the field from its value.`,
      hint: `Write \`${quote(fixed.trimStart())}\`.`,
    };
  }
  return null;
}

/** User text quoted in a message: one line, shortened, backticks made harmless. */
function quote(text: string): string {
  const one = text.replace(/`/g, "'");
  return one.length > MAX_QUOTE ? `${one.slice(0, MAX_QUOTE - 1)}…` : one;
}
