/** The letter's type and spacing, in docx's units: half-points for sizes, twips for space. */
export const letterStyle = {
  font: 'Arial',
  bodySize: 24,
  titleSize: 36,
  headingSize: 28,
  paragraphAfter: 160,
  headingBefore: 320,
  /** Where a numbered paragraph's text starts, its number hanging to the left of it. */
  numberIndent: 567,
} as const;
