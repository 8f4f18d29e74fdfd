/**
 * How many lines the text takes when wrapped by words at `charactersPerLine`, as a text box
 * wraps it; a word longer than a line is broken across lines. Empty text takes one line.
 */
export function wrappedLineCount(text: string, charactersPerLine: number): number {
  let lines = 1;
  let used = 0;
  for (const word of text.split(/\s+/)) {
    if (word === '') continue;
    const needed = used === 0 ? word.length : used + 1 + word.length;
    if (needed <= charactersPerLine) {
      used = needed;
      continue;
    }
    if (used > 0) lines += 1;
    lines += Math.ceil(word.length / charactersPerLine) - 1;
    used = word.length % charactersPerLine || charactersPerLine;
  }
  return lines;
}
