import { describe, expect, it } from 'vitest';
import { snapshotBodySchema, snapshotTextMaxLength, type SnapshotSection } from '../records/publishedSnapshot';
import { clampText, continuedHeading, headingWith, withinSnapshotLimits } from './snapshotLimits';

describe('clampText', () => {
  it.each([
    { text: 'short', max: 10, clamped: 'short' },
    { text: 'exactly ten', max: 11, clamped: 'exactly ten' },
    { text: 'cut at a word boundary', max: 12, clamped: 'cut at a…' },
    { text: 'unbrokenwordtoolong', max: 8, clamped: 'unbroke…' },
  ])('"$text" to $max', ({ text, max, clamped }) => {
    expect(clampText(text, max)).toBe(clamped);
    expect(clampText(text, max).length).toBeLessThanOrEqual(max);
  });
});

describe('headings', () => {
  it('keep the suffix and stay within 200 characters', () => {
    const long = 'word '.repeat(60).trim();
    expect(headingWith('Theme', 'key strengths')).toBe('Theme: key strengths');
    expect(headingWith(long, 'key strengths')).toMatch(/…: key strengths$/);
    expect(headingWith(long, 'key strengths').length).toBeLessThanOrEqual(200);
    expect(continuedHeading('Scope')).toBe('Scope (continued)');
    expect(continuedHeading(long).length).toBeLessThanOrEqual(200);
  });
});

describe('withinSnapshotLimits', () => {
  it.each<{ name: string; section: SnapshotSection; headings: string[]; blocks: number[] }>([
    {
      name: 'a small section is unchanged',
      section: { heading: 'A', blocks: [{ kind: 'paragraph', text: 'x' }] },
      headings: ['A'],
      blocks: [1],
    },
    {
      name: 'a paragraph over the text limit becomes two',
      section: {
        heading: 'A',
        numbered: true,
        blocks: [{ kind: 'paragraph', text: 'Sentence here. '.repeat(400).trim() }],
      },
      headings: ['A'],
      blocks: [2],
    },
    {
      name: 'a list of 250 items becomes three lists',
      section: {
        heading: 'A',
        blocks: [{ kind: 'bullets', items: Array.from({ length: 250 }, (_, index) => `item ${index}`) }],
      },
      headings: ['A'],
      blocks: [3],
    },
    {
      name: '120 paragraphs continue in two more sections, still numbered',
      section: {
        heading: 'A',
        numbered: true,
        blocks: Array.from({ length: 120 }, (_, index) => ({ kind: 'paragraph', text: `p${index}` })),
      },
      headings: ['A', 'A (continued)', 'A (continued)'],
      blocks: [50, 50, 20],
    },
  ])('$name', ({ section, headings, blocks }) => {
    const sections = withinSnapshotLimits([section]);
    expect(sections.map((part) => part.heading)).toEqual(headings);
    expect(sections.map((part) => part.blocks.length)).toEqual(blocks);
    expect(sections.every((part) => part.numbered === section.numbered)).toBe(true);
    expect(snapshotBodySchema.safeParse({ sections }).success).toBe(true);
    const texts = (parts: SnapshotSection[]) =>
      parts
        .flatMap((part) => part.blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items)))
        .join(' ');
    expect(texts(sections)).toBe(texts([section]));
    expect(
      sections
        .flatMap((part) => part.blocks)
        .every((block) => block.kind === 'bullets' || block.text.length <= snapshotTextMaxLength),
    ).toBe(true);
  });
});
