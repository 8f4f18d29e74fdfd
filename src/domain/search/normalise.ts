/**
 * Words as the search sees them: lower case, accents stripped ("Café" and "cafe" are one
 * word), split on anything that is not a letter or a digit. Typing on a tablet keyboard
 * rarely gets accents right, so matching must not depend on them.
 */
const wordRun = /[\p{L}\p{N}\p{M}]+/gu;
const marks = /\p{M}/gu;
const nonAscii = /[\u0080-\uffff]/;

/** One run of letters, digits and marks, as the index stores it. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  return nonAscii.test(lower) ? lower.normalize('NFD').replace(marks, '') : lower;
}

const wordBreaks = /[^\p{L}\p{N}]+/u;

/**
 * The words of a text, in order, normalised; repeated words repeat. The whole text is
 * normalised at once (and plain ASCII skips Unicode decomposition): this runs over
 * every note when the index is built, so it is the cost of opening search.
 */
export function tokenise(text: string): string[] {
  const lower = text.toLowerCase();
  const plain = nonAscii.test(lower) ? lower.normalize('NFD').replace(marks, '') : lower;
  return plain.split(wordBreaks).filter((word) => word.length > 0);
}

/** A word of the original text with where it sits, for highlighting. */
export type WordSpan = { start: number; end: number; word: string };

/** The words of a text with their positions in the original (not normalised) text. */
export function wordSpans(text: string): WordSpan[] {
  const spans: WordSpan[] = [];
  for (const match of text.matchAll(wordRun)) {
    const word = normaliseWord(match[0]);
    if (word.length > 0) spans.push({ start: match.index, end: match.index + match[0].length, word });
  }
  return spans;
}
