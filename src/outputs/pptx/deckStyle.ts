/**
 * The slide's sizes, in inches and points, as the deck model fits text to them: widescreen
 * 16:9, Arial (every client has it or a metric twin, LibreOffice's Liberation Sans).
 * Mirrors deckLayout (src/domain/outputs/deckLayout.ts) until that lands on main.
 */
export const deckLayout = {
  slideWidthInches: 13.333,
  slideHeightInches: 7.5,
  fontFace: 'Arial',
  headingBox: { x: 0.6, y: 0.4, w: 12.133, h: 1.1 },
  bodyBox: { x: 0.6, y: 1.7, w: 12.133, h: 5.4 },
  bodyFontSizePoints: 20,
  lineSpacingMultiple: 1.2,
  paragraphSpacingPoints: 6,
  bulletIndentInches: 0.35,
} as const;

/** Stand-in for the deck model's headingFontSizeFor until it lands on main. */
export const headingFontSizeFor = (heading: string): number =>
  heading.length <= 88 ? 32 : heading.length <= 118 ? 24 : 20;

/** What only the .pptx decides: colours and the title slide's type. */
export const deckLook = {
  textColour: '1F1F1F',
  accentColour: '1D4F91',
  titleFontSizePoints: 40,
  titleDetailFontSizePoints: 24,
} as const;
