/** A word that ends a sentence: full stop, question or exclamation mark, maybe in quotes or brackets. */
const sentenceEnd = /[.!?…]["'”’)\]]*$/;

/**
 * The text cut into pieces that each fit (`fits` must hold for shorter pieces whenever it
 * holds for longer ones): each piece is the longest run of words that fits, cut back to the
 * last sentence end in it when that keeps at least half of it. A single word too long to fit
 * is cut by characters. The pieces joined by spaces give the text back, spacing aside.
 */
export function splitToFit(text: string, fits: (piece: string) => boolean): string[] {
  const pieces: string[] = [];
  let words = text.trim().split(/\s+/).filter(Boolean);
  while (words.length > 0) {
    const all = words.join(' ');
    if (fits(all)) {
      pieces.push(all);
      break;
    }
    const most = longestFitting(words.length, (count) => fits(words.slice(0, count).join(' ')));
    if (most === 0) {
      const word = words[0] ?? '';
      const chars = Math.max(
        1,
        longestFitting(word.length, (count) => fits(word.slice(0, count))),
      );
      pieces.push(word.slice(0, chars));
      words = [word.slice(chars), ...words.slice(1)];
      continue;
    }
    const cut = lastSentenceEnd(words, most);
    const count = cut >= most / 2 ? cut : most;
    pieces.push(words.slice(0, count).join(' '));
    words = words.slice(count);
  }
  return pieces;
}

/** The largest count in 0..max for which `fits` holds (it holds for every smaller count). */
function longestFitting(max: number, fits: (count: number) => boolean): number {
  let low = 0;
  let high = max;
  while (low < high) {
    const middle = Math.ceil((low + high) / 2);
    if (fits(middle)) low = middle;
    else high = middle - 1;
  }
  return low;
}

/** How many of the first `within` words run to the last sentence end among them; 0 if none. */
function lastSentenceEnd(words: readonly string[], within: number): number {
  for (let count = within; count > 0; count -= 1) {
    if (sentenceEnd.test(words[count - 1] ?? '')) return count;
  }
  return 0;
}
