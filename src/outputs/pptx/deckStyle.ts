/**
 * The .pptx's page and type, in inches and points. 16:9 at 10 × 5.625 in; Arial because
 * every client has it or a metric twin (LibreOffice's Liberation Sans).
 */
export const deckStyle = {
  layout: 'LAYOUT_16x9',
  width: 10,
  height: 5.625,
  margin: 0.5,
  font: 'Arial',
  titleFontSize: 36,
  headingFontSize: 26,
  headingHeight: 0.8,
  bodyTop: 1.3,
  bodyHeight: 3.9,
  bodyFontSize: 18,
  paragraphGap: 9,
  textColour: '1F1F1F',
  accentColour: '1D4F91',
} as const;
