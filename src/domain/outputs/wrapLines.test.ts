import { describe, expect, it } from 'vitest';
import { wrappedLineCount } from './wrapLines';

describe('wrappedLineCount', () => {
  it.each([
    { text: '', lines: 1 },
    { text: 'abc def', lines: 1 },
    { text: 'abcd efgh', lines: 2 },
    { text: 'abc defgh ij', lines: 2 },
    { text: 'abc defgh ijk', lines: 3 },
    { text: 'abcdefghijklmnop', lines: 2 },
    { text: 'xy abcdefghijklmnopq r', lines: 4 },
    { text: '  spaced   out  ', lines: 2 },
  ])('"$text" takes $lines lines of 8 characters', ({ text, lines }) => {
    expect(wrappedLineCount(text, 8)).toBe(lines);
  });
});
