import { describe, expect, it } from 'vitest';
import { splitToFit } from './splitToFit';

const atMost = (length: number) => (piece: string) => piece.length <= length;

describe('splitToFit', () => {
  it.each([
    { name: 'text that fits stays whole', text: 'Short text.', max: 50, pieces: ['Short text.'] },
    {
      name: 'cut at the last sentence end that keeps half the piece',
      text: 'One two three four. Five six seven eight nine ten.',
      max: 30,
      pieces: ['One two three four.', 'Five six seven eight nine ten.'],
    },
    {
      name: 'cut at a word when the sentence end would leave too little',
      text: 'Hi. Then a very long sentence without an end in sight',
      max: 30,
      pieces: ['Hi. Then a very long sentence', 'without an end in sight'],
    },
    {
      name: 'a sentence in quotes ends at the closing quote',
      text: 'They said "it works." And then more words came along',
      max: 35,
      pieces: ['They said "it works."', 'And then more words came along'],
    },
    {
      name: 'a word too long for a piece is cut by characters',
      text: 'abcdefghij kl',
      max: 4,
      pieces: ['abcd', 'efgh', 'ij', 'kl'],
    },
    { name: 'empty text gives nothing', text: '  ', max: 4, pieces: [] },
  ])('$name', ({ text, max, pieces }) => {
    const result = splitToFit(text, atMost(max));
    expect(result).toEqual(pieces);
    expect(result.every(atMost(max))).toBe(true);
  });

  it('keeps every word of a long text, in order', () => {
    const text = Array.from({ length: 400 }, (_, index) => (index % 9 === 8 ? `word${index}.` : `word${index}`)).join(
      ' ',
    );
    const pieces = splitToFit(text, atMost(200));
    expect(pieces.length).toBeGreaterThan(10);
    expect(pieces.every(atMost(200))).toBe(true);
    expect(pieces.join(' ')).toBe(text);
  });
});
