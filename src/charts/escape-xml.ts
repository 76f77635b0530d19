/**
 * Text made safe for XML content and attribute values (double- or single-quoted): escapes
 * `& < > " '`, drops control characters XML 1.0 forbids, and replaces lone surrogates, so the
 * string survives a UTF-8 round trip unchanged.
 */
export function escapeXml(text: string): string {
  return (
    text
      .replace(LONE_SURROGATE, '\uFFFD')
      // eslint-disable-next-line no-control-regex -- XML 1.0 forbids these characters
      .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
      .replace(/[&<>"']/g, (c) => ESCAPES[c as keyof typeof ESCAPES])
  );
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
const ESCAPES = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' } as const;
