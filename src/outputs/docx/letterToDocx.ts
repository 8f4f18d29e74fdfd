import { AlignmentType, Document, HeadingLevel, Packer, Paragraph, Tab, TextRun } from 'docx';
import { letterParagraphNumbers } from '../../domain/outputs/letterParagraphNumbers';
import type { OutputDocument } from '../../domain/outputs/outputDocument';
import type { SnapshotBlock, SnapshotSection } from '../../domain/records/publishedSnapshot';
import { fileAuthor, type FileContent } from '../fileContent';
import { letterStyle } from './letterStyle';

/** A paragraph whose number hangs to its left; `text` null writes the number alone. */
function numberedParagraph(number: number, text: string | null): Paragraph {
  const { numberIndent, paragraphAfter } = letterStyle;
  // The number is written, not Word's list numbering: Word would renumber it on an edit,
  // and the council's comments refer to the published numbers.
  return new Paragraph({
    children: [new TextRun({ children: [`${number}.`, new Tab()] }), ...(text === null ? [] : [new TextRun(text)])],
    indent: { left: numberIndent, hanging: numberIndent },
    tabStops: [{ type: 'left', position: numberIndent }],
    spacing: { after: text === null ? 0 : paragraphAfter },
    keepNext: text === null,
  });
}

function blockParagraphs(block: SnapshotBlock, number: number | null): Paragraph[] {
  const { paragraphAfter } = letterStyle;
  if (block.kind === 'paragraph') {
    if (number !== null) return [numberedParagraph(number, block.text)];
    return [new Paragraph({ text: block.text, spacing: { after: paragraphAfter } })];
  }
  // A list in a numbered section has a number too (letterParagraphNumbers numbers every
  // block): it stands above the bullets, which are indented past it.
  const bullets = block.items.map(
    (item, index) =>
      new Paragraph({
        text: item,
        bullet: { level: 0 },
        spacing: { after: index === block.items.length - 1 ? paragraphAfter : paragraphAfter / 4 },
      }),
  );
  return number === null ? bullets : [numberedParagraph(number, null), ...bullets];
}

function sectionParagraphs(section: SnapshotSection, numbers: readonly (number | null)[] = []): Paragraph[] {
  return [
    new Paragraph({ text: section.heading, heading: HeadingLevel.HEADING_1, keepNext: true }),
    ...section.blocks.flatMap((block, blockIndex) => blockParagraphs(block, numbers[blockIndex] ?? null)),
  ];
}

/**
 * The summary letter as a .docx: its title, then each section's heading and its
 * paragraphs (numbered where the letter numbers them) and bullets. Its file properties
 * carry the title and a team name that identifies no one.
 */
export async function letterToDocx(doc: OutputDocument, as: 'blob'): Promise<Blob>;
export async function letterToDocx(doc: OutputDocument, as: 'bytes'): Promise<Uint8Array>;
export async function letterToDocx(doc: OutputDocument, as: FileContent): Promise<Blob | Uint8Array>;
export async function letterToDocx(doc: OutputDocument, as: FileContent): Promise<Blob | Uint8Array> {
  const { font, bodySize, titleSize, headingSize, headingBefore, paragraphAfter } = letterStyle;
  // Numbered as the app and the council's view number them, so "paragraph 12" is the same everywhere.
  const numbers = letterParagraphNumbers(doc.body);
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
