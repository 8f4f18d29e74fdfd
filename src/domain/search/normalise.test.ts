import { describe, expect, it } from 'vitest';
import { tokenise, wordSpans } from './normalise';
import { parseQuery } from './parseQuery';

describe('tokenise', () => {
  it('lower-cases, strips accents and splits on anything but letters and digits', () => {
    expect(tokenise('Café au LAIT, naïve—co-production 2026!')).toEqual([
      'cafe',
      'au',
      'lait',
      'naive',
      'co',
      'production',
      '2026',
    ]);
  });

  it('treats decomposed and composed accents alike', () => {
    expect(tokenise('cafe\u0301')).toEqual(tokenise('café'));
  });

  it('keeps letters of other scripts', () => {
    expect(tokenise('Łódź Ελλάδα')).toEqual(['łodz', 'ελλαδα']);
  });

  it('gives spans in the original text', () => {
    const text = 'Élan, vital';
    expect(wordSpans(text).map((span) => text.slice(span.start, span.end))).toEqual(['Élan', 'vital']);
  });
});

describe('parseQuery', () => {
  it('makes the last word a prefix while it is being typed', () => {
    expect(parseQuery('Carers pan')).toEqual({ exact: ['carers'], prefix: 'pan' });
  });

  it('treats every word as whole after a trailing space', () => {
    expect(parseQuery('carers panel ')).toEqual({ exact: ['carers', 'panel'], prefix: null });
  });

  it('is empty for punctuation only', () => {
    expect(parseQuery(' ,. ')).toEqual({ exact: [], prefix: null });
  });

  it('drops a repeated word', () => {
    expect(parseQuery('care care')).toEqual({ exact: [], prefix: 'care' });
  });
});
