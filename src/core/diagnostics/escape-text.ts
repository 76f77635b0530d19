/**
 * Text from the files reaches terminals, CI logs and pull-request pages. These make control
 * characters visible instead of letting them act: an ESC sequence would clear or recolour the
 * reader's terminal, a line break would forge a line of output, a bidirectional override would
 * show text in another order than it is.
 */

/**
 * C0 and C1 controls (tab and line breaks included), DEL, the line and paragraph separators, and
 * the bidirectional embeddings, overrides and isolates.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Shows each control character as `\u{1b}`, so what it would do is visible and harmless. */
export function escapeControl(text: string): string {
  return text.replace(CONTROL, (c) => `\\u{${c.charCodeAt(0).toString(16)}}`);
}

/** Characters JSON.stringify leaves raw that a terminal or browser may act on. */
const JSON_RAW = /[\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]/g;

/** Escapes, in JSON text, what JSON.stringify leaves raw (C1 controls, bidi, separators). */
export function escapeJsonText(json: string): string {
  return json.replace(JSON_RAW, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}
