/**
 * A CSS string literal holding any text, safe inside an HTML `<style>` element: quotes,
 * backslashes and line breaks are escaped, and so is `<`, so a name like `</style>` cannot close
 * the element. The print header's names come from pull requests.
 */
export function cssString(text: string): string {
  let out = '"';
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    // Escape as hex code points with a terminating space (CSS Syntax §4.3.7).
    if (ch === '"' || ch === '\\' || ch === '<' || ch === '>' || ch === '&' || code < 0x20 || code === 0x7f)
      out += `\\${code.toString(16)} `;
    else out += ch;
  }
  return `${out}"`;
}
