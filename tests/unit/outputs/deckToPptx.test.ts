import { describe, expect, it } from 'vitest';
import { slideHeading } from '../../../src/domain/outputs/layoutDeck';
import { fullSources, identifyingValues, secrets } from '../../../src/domain/outputs/outputSources.fixture';
import { presentationFileType } from '../../../src/outputs/fileContent';
import { deckToPptx } from '../../../src/outputs/pptx/deckToPptx';
import { officeParts, paragraphTexts, slideParts } from './officeFile';
import { builtFromSources, deck, deckTexts, deckTitle } from './outputFixtures';

const pptxParts = async () => officeParts(await deckToPptx(deckTitle, deck, 'bytes'));
const slideTexts = (parts: Map<string, string>) => slideParts(parts).map((xml) => paragraphTexts(xml, 'a'));

describe('the presentation as a .pptx', () => {
  it('has one slide per slide of the deck, the first the title slide, each with its heading and text in order', async () => {
    const slides = slideTexts(await pptxParts());
    expect(slides).toHaveLength(deck.length);
    deck.forEach((slide, index) => {
      // The heading, then each paragraph and each bullet as a paragraph of its own.
      expect(slides[index], `slide ${index + 1}`).toEqual([slideHeading(slide), ...deckTexts([slide])]);
    });
    expect(slides[0]).toEqual([
      'Corporate peer challenge',
      'Riverside & Vale Council',
      '3 to 6 March 2026',
      'The team: a lead peer, two member peers and the challenge manager',
    ]);
  });

  it('says when a slide continues the section before it', async () => {
    const slides = slideTexts(await pptxParts());
    expect(slides[2]?.[0]).toBe('Leadership: key strengths');
    expect(slides[3]?.[0]).toBe('Leadership: key strengths (continued)');
  });

  it('draws bullets as bullets and paragraphs as plain paragraphs', async () => {
    const [, scope = ''] = slideParts(await pptxParts());
    const paragraphs = [...scope.matchAll(/<a:p\b[^>]*>[\s\S]*?<\/a:p>/g)].map(([xml]) => xml);
    const bulleted = paragraphs.filter((xml) => xml.includes('<a:buChar'));
    expect(paragraphTexts(bulleted.join(''), 'a')).toEqual([
      '32 interviews',
      '9 focus groups',
      '6 visits',
      '41 documents read',
    ]);
  });

  it('is widescreen 16:9 and names no one in its properties: the title, and the team as author', async () => {
    const parts = await pptxParts();
    const size = /<p:sldSz cx="(\d+)" cy="(\d+)"/.exec(parts.get('ppt/presentation.xml') ?? '');
    expect(Number(size?.[1]) / Number(size?.[2])).toBeCloseTo(16 / 9, 2);
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toContain('<dc:creator>Peer challenge team</dc:creator>');
    expect(core).toContain('<cp:lastModifiedBy>Peer challenge team</cp:lastModifiedBy>');
    expect(core).toContain(
      '<dc:title>Corporate peer challenge, Riverside &amp; Vale Council: feedback presentation</dc:title>',
    );
    expect(core).not.toContain('PptxGenJS');
    expect(parts.get('docProps/app.xml')).toContain('<Company>Peer challenge team</Company>');
  });

  it('draws the deck the model builds from an engagement: every heading and text, and no name, session title, attendee or unagreed finding in any part', async () => {
    const { presentation, slides } = builtFromSources();
    const parts = officeParts(await deckToPptx(presentation.title, slides, 'bytes'));
    expect(slideTexts(parts)).toEqual(slides.map((slide) => [slideHeading(slide), ...deckTexts([slide])]));
    expect(slides.length).toBeGreaterThan(8);
    for (const [path, xml] of parts) {
      if (path.startsWith('ppt/notesSlides/')) {
        // pptxgenjs writes a notes page per slide: it holds nothing but the slide number.
        expect(
          paragraphTexts(xml, 'a').filter((text) => !/^\d*$/.test(text)),
          path,
        ).toEqual([]);
      }
      for (const secret of secrets) expect(xml, `${path} holds "${secret}"`).not.toContain(secret);
      for (const value of identifyingValues(fullSources()))
        expect(xml, `${path} holds "${value}"`).not.toContain(value);
    }
  });

  it('is compressed, as a .pptx is: the file is far smaller than its parts', async () => {
    const { presentation, slides } = builtFromSources();
    const bytes = await deckToPptx(presentation.title, slides, 'bytes');
    const blob = await deckToPptx(presentation.title, slides, 'blob');
    const partBytes = [...officeParts(bytes).values()].reduce(
      (sum, xml) => sum + new TextEncoder().encode(xml).length,
      0,
    );
    expect(bytes.length).toBeLessThan(partBytes / 2);
    expect(blob.size).toBeLessThan(partBytes / 2);
  });

  it('hands the browser a Blob typed as a presentation', async () => {
    const blob = await deckToPptx(deckTitle, deck, 'blob');
    expect(blob.type).toBe(presentationFileType);
    expect(slideParts(officeParts(new Uint8Array(await blob.arrayBuffer())))).toHaveLength(deck.length);
  });
});
