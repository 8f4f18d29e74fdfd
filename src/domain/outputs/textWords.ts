/**
 * Words of an output's text as the non-attribution check reads them: where each word sits in
 * the original text (so a hit's span is exactly what was written) and a folded form to
 * compare with names (so "José", "JOSE" and "Jose's" all meet "Jose").
 */

/** A word with its letters joined by apostrophes or hyphens: "O'Neill", "Okonkwo-Smith's", "Smiths'". */
const anyLetters = /[\p{L}\p{M}]+(?:['’‐-][\p{L}\p{M}]+)*['’]?/gu;

/**
 * The same for a text with no letter past Latin Extended-B (U+024F), where it finds exactly
 * the same words: the letters of U+0000–U+024F, spelled out. The Unicode pattern's first
 * use costs 4–11 ms on a slow tablet (4× throttle), the Latin one's about 1; most letters
 * never need the Unicode one.
 */
const latin = 'A-Za-z\u00AA\u00B5\u00BA\u00C0-\u00D6\u00D8-\u00F6\u00F8-\u024F';
const latinLetters = new RegExp(`[${latin}]+(?:['’‐-][${latin}]+)*['’]?`, 'g');
/** Anything but Latin letters, punctuation (dashes, curly quotes) and currency signs. */
const beyondLatin = /[^\t-\u024F\u2000-\u20CF]/;

export type TextWord = { start: number; end: number; raw: string };

/** The words of a text, in order. A trailing apostrophe stays only after an s ("Smiths'"): else it closes a quote. */
export function textWords(text: string): TextWord[] {
  const words: TextWord[] = [];
  for (const match of text.matchAll(beyondLatin.test(text) ? anyLetters : latinLetters)) {
    let raw = match[0];
    const last = raw.charAt(raw.length - 1);
    if ((last === "'" || last === '’') && !/[sS]/.test(raw.charAt(raw.length - 2))) raw = raw.slice(0, -1);
    words.push({ start: match.index, end: match.index + raw.length, raw });
  }
  return words;
}

/** Letters that NFD does not split into a base letter and an accent. */
const unsplitLetters: Record<string, string> = {
  ø: 'o',
  ł: 'l',
  đ: 'd',
  ð: 'd',
  þ: 'th',
  ß: 'ss',
  æ: 'ae',
  œ: 'oe',
  ı: 'i',
};
const marks = /\p{M}/gu;
const nonAscii = /[^\p{ASCII}]/u;

/** Lower case, accents off, one kind of apostrophe and hyphen: how names are compared. */
export function foldName(word: string): string {
  const lower = word.toLowerCase();
  if (!nonAscii.test(lower)) return lower;
  return lower
    .normalize('NFD')
    .replace(marks, '')
    .replace(/[øłđðþßæœı]/g, (letter) => unsplitLetters[letter] ?? letter)
    .replace(/’/g, "'")
    .replace(/‐/g, '-');
}

/**
 * The forms a folded word may be the possessive of: "smith's" → smith, "jones'" → jones,
 * "smiths'" → smiths or smith. The hit still spans the whole word, possessive included.
 */
export function withoutPossessive(folded: string): string[] {
  if (folded.endsWith("'s")) return [folded.slice(0, -2)];
  if (folded.endsWith("s'")) return [folded.slice(0, -1), folded.slice(0, -2)];
  if (folded.endsWith("'")) return [folded.slice(0, -1)];
  return [folded];
}

/** Written with a capital first letter, as a name is (also true of ALL CAPITALS). */
export function startsWithCapital(word: string): boolean {
  return /^\p{Lu}|^\p{Lt}/u.test(word);
}

/** Every letter a capital (and at least two letters), as in a heading written in capitals. */
export function allCapitals(word: string): boolean {
  const letters = word.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const openers = new Set(['"', "'", '“', '‘', '(', '[', ' ', '\t', '\u00a0']);
const sentenceEnds = new Set(['.', '!', '?', ':', '•', '·', '*', '-', '–', '—']);

/**
 * True when the word at `start` opens a sentence, a line, a bullet or the text: there a
 * capital letter says nothing about whether the word is a name.
 */
export function opensSentence(text: string, start: number): boolean {
  let index = start - 1;
  while (index >= 0) {
    const char = text[index] ?? '';
    if (char === '\n' || char === '\r') return true;
    if (!openers.has(char)) return sentenceEnds.has(char);
    index -= 1;
  }
  return true;
}
