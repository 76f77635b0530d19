/**
 * Text width for Vega's layout without a canvas. Vega's own estimate (0.8 × font size per
 * character) is about 1.3× too wide for a system sans; this uses Helvetica/Arial advance widths
 * (in 1/1000 em) for ASCII, 0.6 em for other Latin-ish text and 1 em for wide (CJK) characters.
 * Deterministic: the same text and font size always give the same width.
 */
export function estimateTextWidth(text: string, fontSize: number, bold = false): number {
  let units = 0;
  for (const ch of text) {
    const code = ch.codePointAt(0)!;
    if (code >= 32 && code < 127) units += ASCII[code - 32]!;
    else if (code >= 0x2e80) units += 1000;
    else units += 600;
  }
  return (units / 1000) * fontSize * (bold ? 1.06 : 1);
}

// Advance widths of U+0020…U+007E in Helvetica/Arial, 1/1000 em.
// prettier-ignore
const ASCII = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, // space … /
  556, 556, 556, 556, 556, 556, 556, 556, 556, 556, 278, 278, 584, 584, 584, 556, // 0 … ?
  1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833, 722, 778, // @ … O
  667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, // P … _
  333, 556, 556, 500, 556, 556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, // ` … o
  556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334, 260, 334, 584, // p … ~
];
