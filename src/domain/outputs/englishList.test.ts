import { describe, expect, it } from 'vitest';
import { capitalise, counted, countInWords, joinAsList } from './englishList';

describe('englishList', () => {
  it.each([
    { items: [], text: '' },
    { items: ['a lead peer'], text: 'a lead peer' },
    { items: ['a', 'b'], text: 'a and b' },
    { items: ['a', 'b', 'c'], text: 'a, b and c' },
  ])('joins $items', ({ items, text }) => {
    expect(joinAsList(items)).toBe(text);
  });

  it.each([
    { count: 1, words: 'one' },
    { count: 2, words: 'two' },
    { count: 20, words: 'twenty' },
    { count: 21, words: '21' },
  ])('counts $count in words', ({ count, words }) => {
    expect(countInWords(count)).toBe(words);
  });

  it('counts with the right plural and capitalises', () => {
    expect(counted(1, 'interview', 'interviews')).toBe('1 interview');
    expect(counted(34, 'interview', 'interviews')).toBe('34 interviews');
    expect(capitalise('at least 3 people met')).toBe('At least 3 people met');
    expect(capitalise('')).toBe('');
  });
});
