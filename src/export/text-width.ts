/**
 * Label widths without a canvas. The explorer measures labels with its canvas; the core (command line,
 * workers) has none, so the picture exports estimate a label's width from Helvetica's advance widths
 * (Adobe's Helvetica AFM, in thousandths of an em) for printable ASCII, 0.6 em for other letters, and a
 * full em for CJK ideographs, Hangul, full-width forms and emoji, times a factor that makes the estimate
 * an upper bound for the fonts a picture meets: the label font falls back to the system's sans-serif,
 * and DejaVu Sans, the usual one on Linux and among the widest, measured in Chromium on the seed corpus's
 * names at 500 12px, runs 1.12 times Helvetica's width in the median and 1.22 at most. An estimate too
 * wide only costs a label; one too narrow would let two labels touch.
 */

/** Helvetica advance widths of U+0020…U+007E, in thousandths of an em. */
const ASCII_WIDTHS = [
  278, 278, 355, 556, 556, 889, 667, 191, 333, 333, 389, 584, 278, 333, 278, 278, 556, 556, 556, 556, 556, 556, 556,
  556, 556, 556, 278, 278, 584, 584, 584, 556, 1015, 667, 667, 722, 722, 667, 611, 778, 722, 278, 500, 667, 556, 833,
  722, 778, 667, 778, 722, 667, 611, 722, 667, 944, 667, 667, 611, 278, 278, 278, 469, 556, 333, 556, 556, 500, 556,
  556, 278, 556, 556, 222, 222, 500, 222, 833, 556, 556, 556, 556, 333, 500, 278, 556, 500, 722, 500, 500, 500, 334,
  260, 334, 584,
];

/** Widest sans-serif fallback (DejaVu Sans at weight 500) relative to Helvetica regular. */
const WIDTH_FACTOR = 1.2;

/** Code points drawn a full em wide: CJK, Hangul, full-width forms, emoji and other astral symbols. */
function isWide(codePoint: number): boolean {
  return (
    (codePoint >= 0x2e80 && codePoint <= 0x9fff) ||
    (codePoint >= 0xac00 && codePoint <= 0xd7af) ||
    (codePoint >= 0xf900 && codePoint <= 0xfaff) ||
    (codePoint >= 0xff00 && codePoint <= 0xffef) ||
    codePoint >= 0x1f000
  );
}

/** The estimated width in pixels of `text` set at `fontSize` pixels. */
export function estimateTextWidth(text: string, fontSize: number): number {
  let thousandths = 0;
  for (const character of text) {
    const codePoint = character.codePointAt(0)!;
    if (codePoint >= 0x20 && codePoint <= 0x7e) thousandths += ASCII_WIDTHS[codePoint - 0x20]!;
    else if (isWide(codePoint)) thousandths += 1000;
    else if (codePoint >= 0x300 && codePoint <= 0x36f)
      continue; // combining marks take no room
    else thousandths += 600;
  }
  return (thousandths / 1000) * fontSize * WIDTH_FACTOR;
}
