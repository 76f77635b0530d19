import fc from 'fast-check';
import type { PhrasingContent } from 'mdast';
import { fromMarkdown } from 'mdast-util-from-markdown';
import { describe, expect, it } from 'vitest';
import { codeSpan, escapeMarkdown, escapeMessage } from '../../../src/core/diff/markdown-text.ts';

/** The inline nodes of a one-paragraph document, parsed as CommonMark. */
function inline(markdown: string): PhrasingContent[] {
  const root = fromMarkdown(markdown);
  expect(root.children).toHaveLength(1);
  const [paragraph] = root.children;
  if (paragraph?.type !== 'paragraph') throw new Error(`not one paragraph: ${markdown}`);
  return paragraph.children;
}

const ZWSP = '\u200b';
/**
 * The text on one line, each control character left after that (C0, DEL, C1, bidi controls)
 * shown as `\u{hex}`.
 */
const visibleLine = (text: string) =>
  [...text.replace(/\s+/g, ' ').trim()]
    .map((c) => {
      const code = c.codePointAt(0)!;
      const control =
        code < 0x20 ||
        (code >= 0x7f && code <= 0x9f) ||
        (code >= 0x202a && code <= 0x202e) ||
        (code >= 0x2066 && code <= 0x2069);
      return control ? `\\u{${code.toString(16)}}` : c;
    })
    .join('');
/** What escaped text must read as: the visible line, with `@`/`#` followed by ZWSP. */
const readsAs = (text: string) => visibleLine(text).replace(/[@#]/g, `$&${ZWSP}`);

describe('escapeMarkdown', () => {
  it.each([
    ['<script>alert(1)</script>'],
    ['[click](javascript:alert(1)) ![x](https://evil.example/x.png)'],
    ['**bold** _em_ ~~gone~~ `code` $x^2$'],
    ['a | b \\| c &amp; &lt;'],
    ['line one\nline two\r\n  three'],
  ])('renders %j as that very text, one line, with no markup', (text) => {
    expect(inline(`x ${escapeMarkdown(text)}`)).toEqual([
      expect.objectContaining({ type: 'text', value: `x ${readsAs(text)}` }),
    ]);
  });

  it('breaks mentions and issue references with a zero-width space', () => {
    expect(escapeMarkdown('@org/team #12')).toBe('@&#8203;org/team #&#8203;12');
  });

  it('renders any text literally (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        fc.pre(readsAs(text) !== '' && !text.includes('\0'));
        const nodes = inline(`x ${escapeMarkdown(text)}`);
        expect(nodes).toEqual([
          expect.objectContaining({ type: 'text', value: `x ${readsAs(text)}` }),
        ]);
      }),
    );
  });
});

describe('codeSpan', () => {
  it.each([['plain-id'], ['a `tick` inside'], ['`starts and ends`'], ['<b>@org</b> | x']])(
    'renders %j as one code span of that text',
    (text) => {
      expect(inline(`x ${codeSpan(text)}`)).toEqual([
        expect.objectContaining({ type: 'text', value: 'x ' }),
        expect.objectContaining({ type: 'inlineCode', value: text }),
      ]);
    },
  );

  it('renders any text as one code span (property)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 40 }), (text) => {
        const line = visibleLine(text);
        fc.pre(line !== '' && !text.includes('\0'));
        const nodes = inline(`x ${codeSpan(text)}`);
        expect(nodes).toEqual([
          expect.objectContaining({ type: 'text', value: 'x ' }),
          expect.objectContaining({ type: 'inlineCode', value: line }),
        ]);
      }),
    );
  });

  it('escapes pipes in a table cell, and falls back to escaped text when there is a backslash', () => {
    expect(codeSpan('a|b', { cell: true })).toBe('`a\\|b`');
    expect(codeSpan('a\\|b', { cell: true })).toBe('a\\\\\\|b');
  });
});

describe('escapeMessage', () => {
  it('keeps quoted parts as code and escapes the rest', () => {
    expect(inline(escapeMessage('`cadence` must be `<b>` — got *this* @you'))).toEqual([
      expect.objectContaining({ type: 'inlineCode', value: 'cadence' }),
      expect.objectContaining({ type: 'text', value: ' must be ' }),
      expect.objectContaining({ type: 'inlineCode', value: '<b>' }),
      expect.objectContaining({ type: 'text', value: ` — got *this* @${ZWSP}you` }),
    ]);
  });
});

describe('control characters', () => {
  // `plumbline diff` prints this markdown to a terminal: an ESC sequence from a KPI name must not
  // act there (ESC [2J clears the screen), and a bidi override must not reorder the text.
  it('shows them instead of letting them act, in text, code and messages', () => {
    const hostile = 'Orders\u001b[2J\u202eevil';
    for (const out of [escapeMarkdown(hostile), codeSpan(hostile), escapeMessage(hostile)]) {
      expect(out.includes('\u001b') || out.includes('\u202e')).toBe(false);
      expect(out).toContain('u{1b}');
      expect(out).toContain('u{202e}');
    }
  });
});
