import { describe, expect, it } from 'vitest';
import { letterParagraphNumbers } from '../../../src/domain/outputs/letterParagraphNumbers';
import { fullSources, identifyingValues, secrets } from '../../../src/domain/outputs/outputSources.fixture';
import { letterToDocx } from '../../../src/outputs/docx/letterToDocx';
import type { OutputDocument } from '../../../src/domain/outputs/outputDocument';
import { officeParts, paragraphTexts } from './officeFile';
import { builtFromSources, letter } from './outputFixtures';

const docxParts = async (doc: OutputDocument = letter) => officeParts(await letterToDocx(doc, 'bytes'));
const documentParagraphs = async (doc: OutputDocument = letter) =>
  paragraphTexts((await docxParts(doc)).get('word/document.xml') ?? '', 'w').filter((text) => text !== '');

/** The letter's paragraphs as the .docx should hold them: numbers as letterParagraphNumbers gives them. */
function expectedParagraphs(doc: OutputDocument): string[] {
  const numbers = letterParagraphNumbers(doc.body);
  return [
    doc.title,
    ...doc.body.sections.flatMap((section, s) => [
      section.heading,
      ...section.blocks.flatMap((block, b) => {
        const number = numbers[s]?.[b] ?? null;
        if (block.kind === 'paragraph') return [number === null ? block.text : `${number}.\t${block.text}`];
        return [...(number === null ? [] : [`${number}.\t`]), ...block.items];
      }),
    ]),
  ];
}

describe('the summary letter as a .docx', () => {
  it('holds the title, each heading, and every paragraph and bullet in order, numbered through the letter', async () => {
    expect(await documentParagraphs()).toEqual([
      'Corporate peer challenge: Riverside & Vale Council – summary letter',
      'Introduction',
      'Thank you for inviting the team to Riverside & Vale.',
      'Strong partnerships with the NHS',
      'A "can do" culture <widely> reported',
      'Leadership: strengths',
      '1.\tThe council has a clear, shared ambition for the place.',
      '2.\tAreas for consideration: the medium-term financial plan.',
      'Recommendations',
      '3.\tAgree a medium-term financial plan with members.',
      // A list in a numbered section is numbered too: its number stands above its bullets.
      '4.\t',
      'Publish the forward plan',
      'Réfresh the workforce plan',
      'Contacts',
      'Peer challenge manager: 020 7946 0000',
    ]);
  });

  it('styles headings as headings and bullets as a list, so a screen reader and the navigation pane find them', async () => {
    const xml = (await docxParts()).get('word/document.xml') ?? '';
    const paragraphs = [...xml.matchAll(/<w:p\b[^>]*>[\s\S]*?<\/w:p>/g)].map(([p]) => p);
    const styled = (style: string) =>
      paragraphs.filter((p) => p.includes(`<w:pStyle w:val="${style}"/>`)).flatMap((p) => paragraphTexts(p, 'w'));
    expect(styled('Title')).toEqual([letter.title]);
    expect(styled('Heading1')).toEqual(letter.body.sections.map((section) => section.heading));
    const listed = paragraphs.filter((p) => p.includes('<w:numPr>')).flatMap((p) => paragraphTexts(p, 'w'));
    expect(listed).toEqual([
      'Strong partnerships with the NHS',
      'A "can do" culture <widely> reported',
      'Publish the forward plan',
      'Réfresh the workforce plan',
    ]);
  });

  it('draws the letter the model builds from an engagement: every heading and paragraph, and no name, session title, attendee or unagreed finding in any part', async () => {
    const { letter: built } = builtFromSources();
    expect(await documentParagraphs(built)).toEqual(expectedParagraphs(built));
    expect(built.body.sections.some((section) => section.numbered)).toBe(true);
    for (const [path, xml] of await docxParts(built)) {
      for (const secret of secrets) expect(xml, `${path} holds "${secret}"`).not.toContain(secret);
      for (const value of identifyingValues(fullSources()))
        expect(xml, `${path} holds "${value}"`).not.toContain(value);
    }
  });

  it('names no one in its properties: the title, and the team as author', async () => {
    const parts = await docxParts();
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toMatch(/<dc:creator>Peer challenge team<\/dc:creator>/);
    expect(core).toMatch(/<cp:lastModifiedBy>Peer challenge team<\/cp:lastModifiedBy>/);
    expect(core).toContain('Riverside &amp; Vale Council – summary letter</dc:title>');
    expect(parts.get('docProps/app.xml') ?? '').not.toMatch(/<(Company|Manager)>[^<]/);
  });

  it('hands the browser a Blob typed as a Word document', async () => {
    const blob = await letterToDocx(letter, 'blob');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(officeParts(new Uint8Array(await blob.arrayBuffer())).has('word/document.xml')).toBe(true);
  });
});
