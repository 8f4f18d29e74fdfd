import { describe, expect, it } from 'vitest';
import { letterToDocx } from '../../../src/outputs/docx/letterToDocx';
import { officeParts, paragraphTexts } from './officeFile';
import { letter, letterNumbers, teamOnlyStrings } from './outputFixtures';

const docxParts = async () => officeParts(await letterToDocx(letter, letterNumbers, 'bytes'));
const documentParagraphs = async () =>
  paragraphTexts((await docxParts()).get('word/document.xml') ?? '', 'w').filter((text) => text !== '');

describe('the summary letter as a .docx', () => {
  it('holds the title, each section heading, and every paragraph and bullet in order, numbered where the letter numbers them', async () => {
    expect(await documentParagraphs()).toEqual([
      'Corporate peer challenge: Riverside & Vale Council – summary letter',
      'Introduction',
      'Thank you for inviting the team to Riverside & Vale.',
      'Leadership',
      '1.\tThe council has a clear, shared ambition for the place.',
      'Strong partnerships with the NHS',
      'A "can do" culture <widely> reported',
      '2.\tAreas for consideration: the medium-term financial plan.',
      'Recommendations',
      '3.\tAgree a medium-term financial plan with members.',
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
    expect(listed).toEqual(['Strong partnerships with the NHS', 'A "can do" culture <widely> reported']);
  });

  it('does not number the paragraphs of a section the letter does not number', async () => {
    const unnumbered = { ...letter, body: { sections: letter.body.sections.map((s) => ({ ...s, numbered: false })) } };
    const xml = officeParts(await letterToDocx(unnumbered, letterNumbers, 'bytes')).get('word/document.xml') ?? '';
    expect(paragraphTexts(xml, 'w').filter((text) => /^\d+\.\t/.test(text))).toEqual([]);
  });

  it('names no one in its properties: the title, and the team as author', async () => {
    const parts = await docxParts();
    const core = parts.get('docProps/core.xml') ?? '';
    expect(core).toMatch(/<dc:creator>Peer challenge team<\/dc:creator>/);
    expect(core).toMatch(/<cp:lastModifiedBy>Peer challenge team<\/cp:lastModifiedBy>/);
    expect(core).toContain('Riverside &amp; Vale Council – summary letter</dc:title>');
    const app = parts.get('docProps/app.xml') ?? '';
    expect(app).not.toMatch(/<(Company|Manager)>[^<]/);
  });

  it('holds nothing the team keeps to itself, in any part', async () => {
    for (const [path, xml] of await docxParts()) {
      for (const secret of teamOnlyStrings) expect(xml, `${path} holds "${secret}"`).not.toContain(secret);
    }
  });

  it('hands the browser a Blob typed as a Word document', async () => {
    const blob = await letterToDocx(letter, letterNumbers, 'blob');
    expect(blob.type).toBe('application/vnd.openxmlformats-officedocument.wordprocessingml.document');
    expect(officeParts(new Uint8Array(await blob.arrayBuffer())).has('word/document.xml')).toBe(true);
  });
});
