/**
 * RFC 5545 content lines: TEXT values escaped (§3.3.11) and lines folded at 75 octets (§3.1) —
 * octets of UTF-8, not characters, and never inside a character, so a name in Chinese or an
 * emoji folds right. Written here rather than with the `ics` package, whose fold-line.js counts
 * 75 characters (a line of CJK text is then up to 225 octets) and whose DTSTAMP defaults to the
 * clock.
 */

/** A TEXT value: `\`, `;`, `,` and line breaks escaped; other control characters, which TEXT does not allow, become spaces. */
export function icalText(text: string): string {
  return (
    text
      .replace(/\r\n?/g, '\n')
      // eslint-disable-next-line no-control-regex
      .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
      .replace(/\\/g, '\\\\')
      .replace(/;/g, '\\;')
      .replace(/,/g, '\\,')
      .replace(/\n/g, '\\n')
  );
}

/** Octets of a code point in UTF-8. */
function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/** One content line folded: at most 75 octets per line, continuations starting with a space. */
export function foldLine(line: string): string {
  // Most lines fit as they are: 25 UTF-16 units are at most 75 octets (3 per unit at worst), and
  // 75 units of ASCII are 75 octets.
  if (line.length <= 25 || (line.length <= 75 && !/[^\x20-\x7e]/.test(line))) return line;
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const size = utf8Length(ch.codePointAt(0)!);
    if (octets + size > limit) {
      parts.push(current);
      current = '';
      octets = 0;
      limit = 74; // the leading space of a continuation line counts
    }
    current += ch;
    octets += size;
  }
  parts.push(current);
  return parts.join('\r\n ');
}

/** A whole iCalendar object from its unfolded lines: folded, CRLF-terminated. */
export function icalDocument(lines: readonly string[]): string {
  return lines.map((l) => `${foldLine(l)}\r\n`).join('');
}

/** `2026-05-13` → `20260513`. */
export function icalDate(day: string): string {
  return day.replace(/-/g, '');
}
