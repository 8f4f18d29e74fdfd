/**
 * What only the .pptx decides; the boxes, font and spacing the text was fitted to are the
 * deck model's (deckLayout).
 */
export const deckLook = {
  textColour: '1F1F1F',
  accentColour: '1D4F91',
  titleFontSizePoints: 40,
  titleDetailFontSizePoints: 24,
} as const;
