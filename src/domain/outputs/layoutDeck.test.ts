import { describe, expect, it } from 'vitest';
import type { SnapshotBlock, SnapshotSection } from '../records/publishedSnapshot';
import { buildPresentation } from './buildPresentation';
import { deckLayout } from './deckLayout';
import { headingFontSizeFor, layoutDeck, slideHeading, slideLines } from './layoutDeck';
import type { OutputDocument, Slide } from './outputDocument';
import { draft, fullSources } from './outputSources.fixture';

const deck = (...sections: SnapshotSection[]): OutputDocument => ({
  kind: 'presentation',
  title: 'Deck',
  body: { sections },
});
const bullets = (...items: string[]): SnapshotBlock => ({ kind: 'bullets', items });
/** A text of about `characters` characters in sentences of eight words. */
const prose = (characters: number, tag = 'w') => {
  const words = Array.from(
    { length: Math.ceil(characters / 7) },
    (_, index) => `${tag}${index}${index % 8 === 7 ? '.' : ''}`,
  );
  return words.join(' ');
};
/** Every text on the slides, in order. */
const textsOf = (slides: Slide[]) =>
  slides.flatMap((slide) => slide.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)));

describe('layoutDeck', () => {
  it.each<{ name: string; sections: SnapshotSection[]; slides: Pick<Slide, 'continued' | 'sectionIndex'>[] }>([
    {
      name: 'a section with no blocks is one slide',
      sections: [{ heading: 'Title', blocks: [] }],
      slides: [{ continued: false, sectionIndex: 0 }],
    },
    {
      name: 'short sections are one slide each',
      sections: [
        { heading: 'A', blocks: [bullets('one', 'two')] },
        { heading: 'B', blocks: [{ kind: 'paragraph', text: 'Prose.' }] },
      ],
      slides: [
        { continued: false, sectionIndex: 0 },
        { continued: false, sectionIndex: 1 },
      ],
    },
    {
      // Two-line bullets: 2 lines, then 2.25 with spacing: six fit the 14 lines of a slide.
      name: 'thirty two-line bullets flow over five slides',
      sections: [
        { heading: 'Many', blocks: [bullets(...Array.from({ length: 30 }, (_, index) => prose(110, `b${index}x`)))] },
      ],
      slides: [0, 1, 2, 3, 4].map((index) => ({ continued: index > 0, sectionIndex: 0 })),
    },
  ])('$name', ({ sections, slides }) => {
    const laid = layoutDeck(deck(...sections));
    expect(laid.map(({ continued, sectionIndex }) => ({ continued, sectionIndex }))).toEqual(slides);
    expect(textsOf(laid)).toEqual(
      sections.flatMap((section) => textsOf([{ ...section, continued: false, sectionIndex: 0 }])),
    );
    for (const slide of laid) expect(slideLines(slide.blocks)).toBeLessThanOrEqual(deckLayout.linesPerSlide);
  });

  it('splits a bullet longer than a whole slide at sentence ends, keeping every word', () => {
    const long = prose(4000);
    const laid = layoutDeck(deck({ heading: 'Long', blocks: [bullets('Short first.', long, 'Short last.')] }));
    expect(laid.length).toBeGreaterThan(3);
    for (const slide of laid) expect(slideLines(slide.blocks)).toBeLessThanOrEqual(deckLayout.linesPerSlide);
    const texts = textsOf(laid);
    expect(texts[0]).toBe('Short first.');
    expect(texts[texts.length - 1]).toBe('Short last.');
    expect(texts.slice(1, -1).join(' ')).toBe(long);
    expect(texts.slice(1, -2).every((piece) => piece.endsWith('.'))).toBe(true);
  });

  it('keeps a paragraph and the lists around it as separate blocks', () => {
    const laid = layoutDeck(
      deck({
        heading: 'Mixed',
        blocks: [bullets('a', 'b'), { kind: 'paragraph', text: 'Between.' }, bullets('c'), bullets('d')],
      }),
    );
    expect(laid).toEqual([
      {
        heading: 'Mixed',
        continued: false,
        sectionIndex: 0,
        blocks: [bullets('a', 'b'), { kind: 'paragraph', text: 'Between.' }, bullets('c'), bullets('d')],
      },
    ]);
  });

  it('fits every slide of a whole presentation, and each slide points at its section', () => {
    const presentation = buildPresentation(fullSources({ draft: draft('presentation', { summary: prose(3000) }) }));
    const laid = layoutDeck(presentation);
    expect(new Set(laid.map((slide) => slide.sectionIndex))).toEqual(
      new Set(presentation.body.sections.map((_, index) => index)),
    );
    for (const slide of laid) {
      expect(slide.heading).toBe(presentation.body.sections[slide.sectionIndex]?.heading);
      expect(slideLines(slide.blocks)).toBeLessThanOrEqual(deckLayout.linesPerSlide);
    }
  });
});

describe('slideHeading', () => {
  it.each([
    { continued: false, heading: 'Scope' },
    { continued: true, heading: 'Scope (continued)' },
  ])('continued: $continued → $heading', ({ continued, heading }) => {
    expect(slideHeading({ heading: 'Scope', blocks: [], continued, sectionIndex: 0 })).toBe(heading);
  });
});

describe('headingFontSizeFor', () => {
  it.each([
    { heading: 'Scope', points: 32 },
    { heading: 'x'.repeat(88), points: 32 },
    { heading: 'x'.repeat(89), points: 24 },
    { heading: 'x'.repeat(118), points: 24 },
    { heading: 'x'.repeat(119), points: 20 },
    { heading: 'x'.repeat(212), points: 20 },
    { heading: 'x'.repeat(400), points: 20 },
  ])('$heading.length characters → $points pt', ({ heading, points }) => {
    expect(headingFontSizeFor(heading)).toBe(points);
  });
});
