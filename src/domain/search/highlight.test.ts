import { describe, expect, it } from 'vitest';
import { highlightExcerpt } from './highlight';
import { parseQuery } from './parseQuery';

const marked = (text: string, query: string, max?: number) =>
  highlightExcerpt(text, parseQuery(query), max)
    .map((segment) => (segment.match ? `[${segment.text}]` : segment.text))
    .join('');

describe('highlightExcerpt', () => {
  it('marks whole words and the prefix of the last word, keeping the original spelling', () => {
    expect(marked('Carers said the Café panel was slow', 'cafe pan')).toBe('Carers said the [Café] [panel] was slow');
  });

  it('does not mark a word that only contains the query', () => {
    expect(marked('scarers and carers', 'carers ')).toBe('scarers and [carers]');
  });

  it('starts a long note near the first match, on a word boundary', () => {
    const text = `${'filler words here '.repeat(40)}the panel met`;
    const result = marked(text, 'panel', 80);
    expect(result.startsWith('…')).toBe(true);
    expect(result).toContain('[panel]');
    expect(result).not.toMatch(/…\S*[^ ]ler /);
  });

  it('shows the start of the note when nothing matches', () => {
    expect(marked('No words match here', '')).toBe('No words match here');
  });
});
