import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import type { OutputDocument } from '../../domain/outputs/outputDocument';
import type { SnapshotBlock, SnapshotSection } from '../../domain/records/publishedSnapshot';
import { fileAuthor, type FileContent } from '../fileContent';
import { letterStyle } from './letterStyle';

/**
 * The letter's paragraph numbers, by section then block: null for a block the letter does
 * not number. The domain works them out, so the .docx, the app and the council's comments
 * agree on "paragraph 12".
 */
export type ParagraphNumbers = readonly (readonly (number | null)[])[];

function numberedParagraph(text: string, number: number): Paragraph {
  const { numberIndent, paragraphAfter } = letterStyle;
  // The number is written, not Word's list numbering: Word would renumber it on an edit,
  // and the council's comments refer to the published numbers.
  return new Paragraph({
    children: [new TextRun({ children: [`${number}.`, new Tab()] }), new TextRun(text)],
    indent: { left: numberIndent, hanging: numberIndent },
    tabStops: [{ type: 'left', position: numberIndent }],
    spacing: { after: paragraphAfter },
  });
}

function blockParagraphs(block: SnapshotBlock, number: number | null): Paragraph[] {
  const { paragraphAfter } = letterStyle;
  if (block.kind === 'paragraph') {
    if (number !== null) return [numberedParagraph(block.text, number)];
    return [new Paragraph({ text: block.text, spacing: { after: paragraphAfter } })];
  }
  return block.items.map(
    (item, index) =>
      new Paragraph({
        text: item,
        bullet: { level: 0 },
        spacing: { after: index === block.items.length - 1 ? paragraphAfter : paragraphAfter / 4 },
      }),
  );
}

function sectionParagraphs(section: SnapshotSection, numbers: readonly (number | null)[] | undefined): Paragraph[] {
  return [
    new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, keepNext: true }),
    ...section.blocks.flatMap((block, blockIndex) =>
      blockParagraphs(block, section.numbered ? (numbers?.[blockIndex] ?? null) : null),
    ),
  ];
}

/**
 * The summary letter as a .docx: its title, then each section's heading and its
 * paragraphs (numbered where the letter numbers them) and bullets. Its file properties
 * carry the title and a team name that identifies no one.
 */
export async function letterToDocx(doc: OutputDocument, numbers: ParagraphNumbers, as: 'blob'): Promise<Blob>;
export async function letterToDocx(doc: OutputDocument, numbers: ParagraphNumbers, as: 'bytes'): Promise<Uint8Array>;
export async function letterToDocx(
  doc: OutputDocument,
  numbers: ParagraphNumbers,
  as: FileContent,
): Promise<Blob | Uint8Array>;
export async function letterToDocx(
  doc: OutputDocument,
  numbers: ParagraphNumbers,
  as: FileContent,
): Promise<Blob | Uint8Array> {
  const { font, bodySize, titleSize, headingSize, headingBefore, paragraphAfter } = letterStyle;
  const file = new Document({
    title: doc.title,
    subject: '',
    description: '',
    keywords: '',
    creator: fileAuthor,
    lastModifiedBy: fileAuthor,
    revision: 1,
    styles: {
      default: {
        document: { run: { font, size: bodySize } },
        title: { run: { font, size: titleSize, bold: true }, paragraph: { spacing: { after: headingBefore } } },
        heading1: {
          run: { font, size: headingSize, bold: true },
          paragraph: { spacing: { before: headingBefore, after: paragraphAfter } },
        },
      },
    },
    sections: [
      {
        children: [
          new Paragraph({ text: doc.title, heading: HeadingLevel.TITLE, alignment: AlignmentType.LEFT }),
          ...doc.body.sections.flatMap((section, sectionIndex) => sectionParagraphs(section, numbers[sectionIndex])),
        ],
      },
    ],
  });
  // toBlob types the Blob as a Word document; the bytes suit Node and the browser alike.
  if (as === 'blob') return Packer.toBlob(file);
  return new Uint8Array(await Packer.toArrayBuffer(file));
}
