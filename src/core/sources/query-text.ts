/**
 * A KPI query's text made ready to be wrapped: one statement, its trailing `;` and trailing
 * comments dropped (a `-- comment` on the last line would otherwise swallow the closing
 * parenthesis of the wrapping). Pure; comments and quoted text are skipped as SQL reads them.
 */
export type QueryText =
  | { readonly kind: 'ok'; readonly sql: string }
  | { readonly kind: 'empty' }
  | { readonly kind: 'several'; readonly line: number; readonly col: number };

/** Reads a query file's text: the one statement it holds, or why it cannot be wrapped. */
export function queryText(text: string): QueryText {
  const body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text;
  let lastCode = -1; // end (exclusive) of the last character that is not blank or comment
  let semicolon = -1;
  let i = 0;
  while (i < body.length) {
    const c = body[i]!;
    const next = body[i + 1];
    if (c === '-' && next === '-') {
      const end = body.indexOf('\n', i);
      i = end < 0 ? body.length : end;
    } else if (c === '/' && next === '*') {
      const end = body.indexOf('*/', i + 2);
      i = end < 0 ? body.length : end + 2;
    } else if (c === "'" || c === '"' || c === '`') {
      let j = i + 1;
      while (j < body.length) {
        if (body[j] === c) {
          if (body[j + 1] === c) j += 2;
          else break;
        } else j++;
      }
      i = Math.min(j + 1, body.length);
      lastCode = i;
      if (semicolon >= 0) return several(body, semicolon);
    } else if (c === '$' && /^\$[A-Za-z_]*\$/.test(body.slice(i, i + 64))) {
      // PostgreSQL dollar quoting: $$…$$ or $tag$…$tag$.
      const tag = /^\$[A-Za-z_]*\$/.exec(body.slice(i, i + 64))![0];
      const end = body.indexOf(tag, i + tag.length);
      i = end < 0 ? body.length : end + tag.length;
      lastCode = i;
      if (semicolon >= 0) return several(body, semicolon);
    } else if (c === ';') {
      if (semicolon < 0) semicolon = i;
      i++;
    } else if (c === ' ' || c === '\t' || c === '\n' || c === '\r') {
      i++;
    } else {
      if (semicolon >= 0) return several(body, semicolon);
      i++;
      lastCode = i;
    }
  }
  if (lastCode < 0) return { kind: 'empty' };
  return { kind: 'ok', sql: body.slice(0, lastCode) };
}

function several(text: string, at: number): QueryText {
  const before = text.slice(0, at);
  const line = before.split('\n').length;
  return { kind: 'several', line, col: at - before.lastIndexOf('\n') };
}

/** 1-based line and column of a 0-based offset in `text` (columns in UTF-16 code units). */
export function positionAt(text: string, offset: number): { line: number; col: number } {
  const before = text.slice(0, Math.max(0, Math.min(offset, text.length)));
  const lineStart = before.lastIndexOf('\n') + 1;
  return { line: before.split('\n').length, col: before.length - lineStart + 1 };
}
