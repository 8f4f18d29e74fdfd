/**
 * The sizes of one slide, shared by the .pptx renderer and the in-app slideshow so both draw
 * what layoutDeck fitted. PowerPoint's autofit only acts after an edit, so text is fitted
 * here, in code, from an estimate (docs/outputs.md):
 * - the page is PowerPoint's widescreen 16:9, 13.333 × 7.5 in; boxes are in inches;
 * - the body is Arial 20 pt: Arial's average advance in English text is about half an em,
 *   10 pt, and the body box less the bullet indent is about 848 pt wide, so about 85
 *   characters fit a line; 76 leaves room for capitals and wide letters;
 * - a line is 1.2 × 20 = 24 pt and the body box 5.4 in = 389 pt tall, so 16 lines; with
 *   6 pt (a quarter line) between items, 14 lines leaves room for the estimate's error.
 */
export const deckLayout = {
  slideWidthInches: 13.333,
  slideHeightInches: 7.5,
  fontFace: 'Arial',
  headingBox: { x: 0.6, y: 0.4, w: 12.133, h: 1.1 },
  bodyBox: { x: 0.6, y: 1.7, w: 12.133, h: 5.4 },
  bodyFontSizePoints: 20,
  /** Line height as a multiple of the font size. */
  lineSpacingMultiple: 1.2,
  /** Space before every paragraph or bullet but the first on a slide. */
  paragraphSpacingPoints: 6,
  bulletIndentInches: 0.35,
  charactersPerLine: 76,
  linesPerSlide: 14,
} as const;

/** The space between items, in lines of body text. */
export const spacingInLines =
  deckLayout.paragraphSpacingPoints / (deckLayout.bodyFontSizePoints * deckLayout.lineSpacingMultiple);

/**
 * Heading sizes, largest first, with how many characters fit a line of the heading box at
 * that size (bold Arial, about 0.55 em a character, less a margin) and how many lines fit
 * its 1.1 in (79 pt) height at 1.2 line spacing.
 */
export const headingSizes = [
  { points: 32, charactersPerLine: 44, lines: 2 },
  { points: 24, charactersPerLine: 59, lines: 2 },
  { points: 20, charactersPerLine: 71, lines: 3 },
] as const;
