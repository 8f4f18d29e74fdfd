import { jsPDF } from 'jspdf';
import { deckLayout } from '../../../domain/outputs/deckLayout';
import { headingFontSizeFor, slideHeading } from '../../../domain/outputs/layoutDeck';
import { letterParagraphNumbers } from '../../../domain/outputs/letterParagraphNumbers';
import type { OutputDocument, Slide } from '../../../domain/outputs/outputDocument';

/** Never a person's name in a file's properties. */
const fileAuthor = 'Peer challenge team';
const pointsPerInch = 72;

/**
 * The presentation as a PDF, one page per slide of the deck model, at the slide's own size
 * and boxes (deckLayout), text only. Loaded by import() when the manager asks for it.
 */
export function presentationPdf(title: string, slides: readonly Slide[]): Blob {
  const width = deckLayout.slideWidthInches * pointsPerInch;
  const height = deckLayout.slideHeightInches * pointsPerInch;
  const pdf = new jsPDF({ orientation: 'landscape', unit: 'pt', format: [width, height] });
  pdf.setProperties({ title, author: fileAuthor, creator: 'Triangulate' });
  const inches = (value: number) => value * pointsPerInch;
  slides.forEach((slide, index) => {
    if (index > 0) pdf.addPage([width, height], 'landscape');
    const heading = slideHeading(slide);
    const headingSize = headingFontSizeFor(heading);
    const headingBox = deckLayout.headingBox;
    pdf.setFont('helvetica', 'bold').setFontSize(headingSize);
    pdf.text(
      pdf.splitTextToSize(heading, inches(headingBox.w)) as string[],
      inches(headingBox.x),
      inches(headingBox.y),
      {
        baseline: 'top',
        lineHeightFactor: deckLayout.lineSpacingMultiple,
      },
    );
    const body = deckLayout.bodyBox;
    const size = deckLayout.bodyFontSizePoints;
    const line = size * deckLayout.lineSpacingMultiple;
    const indent = inches(deckLayout.bulletIndentInches);
    let y = inches(body.y);
    pdf.setFont('helvetica', 'normal').setFontSize(size);
    const write = (text: string, bullet: boolean, first: boolean) => {
      if (!first) y += deckLayout.paragraphSpacingPoints;
      const x = inches(body.x) + (bullet ? indent : 0);
      const lines = pdf.splitTextToSize(text, inches(body.w) - (bullet ? indent : 0)) as string[];
      if (bullet) pdf.text('•', inches(body.x) + indent / 3, y, { baseline: 'top' });
      pdf.text(lines, x, y, { baseline: 'top', lineHeightFactor: deckLayout.lineSpacingMultiple });
      y += lines.length * line;
    };
    let first = true;
    for (const block of slide.blocks) {
      const texts = block.kind === 'paragraph' ? [block.text] : block.items;
      for (const text of texts) {
        write(text, block.kind === 'bullets', first);
        first = false;
      }
    }
  });
  return pdf.output('blob');
}

/** The summary letter as an A4 PDF: title, section headings, paragraphs numbered as in the .docx. */
export function letterPdf(letter: OutputDocument): Blob {
  const pdf = new jsPDF({ orientation: 'portrait', unit: 'pt', format: 'a4' });
  pdf.setProperties({ title: letter.title, author: fileAuthor, creator: 'Triangulate' });
  const margin = 72;
  const pageWidth = pdf.internal.pageSize.getWidth();
  const pageHeight = pdf.internal.pageSize.getHeight();
  const width = pageWidth - margin * 2;
  let y = margin;
  const lineFactor = 1.3;
  const put = (
    text: string,
    options: { size: number; bold?: boolean; indent?: number; label?: string; gap: number },
  ) => {
    pdf.setFont('helvetica', options.bold ? 'bold' : 'normal').setFontSize(options.size);
    const indent = options.indent ?? 0;
    const lines = pdf.splitTextToSize(text, width - indent) as string[];
    const lineHeight = options.size * lineFactor;
    for (const [index, one] of lines.entries()) {
      if (y + lineHeight > pageHeight - margin) {
        pdf.addPage();
        y = margin;
      }
      if (index === 0 && options.label) pdf.text(options.label, margin, y, { baseline: 'top' });
      pdf.text(one, margin + indent, y, { baseline: 'top' });
      y += lineHeight;
    }
    y += options.gap;
  };
  const numbers = letterParagraphNumbers(letter.body);
  put(letter.title, { size: 18, bold: true, gap: 12 });
  letter.body.sections.forEach((section, sectionIndex) => {
    put(section.heading, { size: 14, bold: true, gap: 6 });
    section.blocks.forEach((block, blockIndex) => {
      const number = numbers[sectionIndex]?.[blockIndex] ?? null;
      const indent = number === null ? 0 : 28;
      const label = number === null ? undefined : `${number}.`;
      if (block.kind === 'paragraph') put(block.text, { size: 11, indent, label, gap: 8 });
      else
        block.items.forEach((item, itemIndex) =>
          put(item, {
            size: 11,
            indent: indent + 14,
            label: itemIndex === 0 && label ? `${label}  •` : '•',
            gap: itemIndex === block.items.length - 1 ? 8 : 3,
          }),
        );
    });
  });
  return pdf.output('blob');
}
