import { unzipSync, zipSync } from 'fflate';
import PptxGenJS from 'pptxgenjs';
import { deckLayout } from '../../domain/outputs/deckLayout';
import { headingFontSizeFor, slideHeading } from '../../domain/outputs/layoutDeck';
import type { Slide } from '../../domain/outputs/outputDocument';
import type { SnapshotBlock } from '../../domain/records/publishedSnapshot';
import { fileAuthor, presentationFileType, type FileContent } from '../fileContent';
import { deckLook } from './deckLook';

type TextRun = PptxGenJS.TextProps;

const pointsPerInch = 72;

/** Each paragraph and each bullet is a paragraph of its own, spaced before all but the first. */
function bodyRuns(blocks: readonly SnapshotBlock[]): TextRun[] {
  const items = blocks.flatMap((block) =>
    block.kind === 'paragraph'
      ? [{ text: block.text, bullet: false }]
      : block.items.map((text) => ({ text, bullet: true })),
  );
  return items.map(({ text, bullet }, index) => ({
    text,
    options: {
      bullet: bullet ? { indent: deckLayout.bulletIndentInches * pointsPerInch } : false,
      paraSpaceBefore: index === 0 ? 0 : deckLayout.paragraphSpacingPoints,
      breakLine: index < items.length - 1,
    },
  }));
}

const textBase = { fontFace: deckLayout.fontFace, color: deckLook.textColour, margin: 0 } as const;

/** The first slide: the engagement's title large, its council, dates and team below. */
function addTitleSlide(pptx: PptxGenJS, slide: Slide): void {
  const { bodyBox, slideWidthInches, slideHeightInches, lineSpacingMultiple } = deckLayout;
  const page = pptx.addSlide();
  page.addShape(pptx.ShapeType.rect, {
    x: 0,
    y: slideHeightInches - 0.4,
    w: slideWidthInches,
    h: 0.4,
    fill: { color: deckLook.accentColour },
  });
  page.addText(slide.heading, {
    ...textBase,
    x: bodyBox.x,
    y: 1.2,
    w: bodyBox.w,
    h: 2.4,
    fontSize: deckLook.titleFontSizePoints,
    bold: true,
    color: deckLook.accentColour,
    valign: 'bottom',
    fit: 'shrink',
  });
  const runs = bodyRuns(slide.blocks);
  if (runs.length === 0) return;
  page.addText(runs, {
    ...textBase,
    x: bodyBox.x,
    y: 3.9,
    w: bodyBox.w,
    h: 2.6,
    fontSize: deckLook.titleDetailFontSizePoints,
    lineSpacingMultiple,
    valign: 'top',
    fit: 'shrink',
  });
}

function addContentSlide(pptx: PptxGenJS, slide: Slide): void {
  const { headingBox, bodyBox, bodyFontSizePoints, lineSpacingMultiple } = deckLayout;
  const page = pptx.addSlide();
  const heading = slideHeading(slide);
  page.addText(heading, {
    ...textBase,
    ...headingBox,
    fontSize: headingFontSizeFor(heading),
    bold: true,
    color: deckLook.accentColour,
    valign: 'bottom',
    fit: 'shrink',
  });
  const runs = bodyRuns(slide.blocks);
  if (runs.length === 0) return;
  // The deck model already split the text to fit this box at this size; shrink is only a
  // safety net for a client whose fonts run wider than the model's estimate.
  page.addText(runs, {
    ...textBase,
    ...bodyBox,
    fontSize: bodyFontSizePoints,
    lineSpacingMultiple,
    valign: 'top',
    fit: 'shrink',
  });
}

/**
 * The feedback presentation as a .pptx: one slide per slide of the fitted deck, the first
 * drawn as the title slide. It carries the slides' text and the title (in its properties)
 * only: no speaker notes, and properties that name no one.
 */
export async function deckToPptx(title: string, slides: readonly Slide[], as: 'blob'): Promise<Blob>;
export async function deckToPptx(title: string, slides: readonly Slide[], as: 'bytes'): Promise<Uint8Array>;
export async function deckToPptx(title: string, slides: readonly Slide[], as: FileContent): Promise<Blob | Uint8Array>;
export async function deckToPptx(title: string, slides: readonly Slide[], as: FileContent): Promise<Blob | Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_WIDE';
  pptx.title = title;
  pptx.subject = '';
  pptx.author = fileAuthor;
  pptx.company = fileAuthor;
  pptx.revision = '1';
  pptx.theme = { headFontFace: deckLayout.fontFace, bodyFontFace: deckLayout.fontFace };
  slides.forEach((slide, index) =>
    index === 0 && !slide.continued ? addTitleSlide(pptx, slide) : addContentSlide(pptx, slide),
  );
  // pptxgenjs 4 ignores `compression` whenever an output type is given and stores every
  // part as is: they are deflated here, which makes the file about a third of the size.
  const stored = await pptx.write({ outputType: 'uint8array' });
  if (!(stored instanceof Uint8Array)) throw new Error(`pptxgenjs wrote ${typeof stored}, not the bytes asked for`);
  const file = zipSync(unzipSync(stored));
  // Typed as a presentation: a zip's type would leave a phone's share sheet unable to open it.
  return as === 'bytes' ? file : new Blob([file], { type: presentationFileType });
}
