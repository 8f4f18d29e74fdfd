import PptxGenJS from 'pptxgenjs';
import type { SnapshotBlock } from '../../domain/records/publishedSnapshot';
import type { Slide } from '../../domain/outputs/outputDocument';
import { fileAuthor, presentationFileType, type FileContent } from '../fileContent';
import { deckStyle } from './deckStyle';

type TextRun = PptxGenJS.TextProps;

/** A slide's heading as drawn: a section that flowed onto more slides says so. */
export const slideHeading = (slide: Slide): string =>
  slide.continued ? `${slide.heading} (continued)` : slide.heading;

function blockRuns(block: SnapshotBlock): TextRun[] {
  const { bodyFontSize, paragraphGap } = deckStyle;
  if (block.kind === 'paragraph') {
    return [{ text: block.text, options: { breakLine: true, paraSpaceAfter: paragraphGap } }];
  }
  return block.items.map((item, index) => ({
    text: item,
    options: {
      bullet: { indent: bodyFontSize },
      breakLine: true,
      paraSpaceAfter: index === block.items.length - 1 ? paragraphGap : paragraphGap / 3,
    },
  }));
}

function addTitleSlide(pptx: PptxGenJS, title: string): void {
  const { margin, width, height, font, titleFontSize, textColour, accentColour } = deckStyle;
  const slide = pptx.addSlide();
  slide.addShape(pptx.ShapeType.rect, { x: 0, y: height - 0.35, w: width, h: 0.35, fill: { color: accentColour } });
  slide.addText(title, {
    x: margin,
    y: margin,
    w: width - 2 * margin,
    h: height - 2 * margin - 0.35,
    fontFace: font,
    fontSize: titleFontSize,
    bold: true,
    color: textColour,
    align: 'left',
    valign: 'middle',
    fit: 'shrink',
  });
}

function addContentSlide(pptx: PptxGenJS, content: Slide): void {
  const { margin, width, font, headingFontSize, headingHeight, bodyTop, bodyHeight, bodyFontSize } = deckStyle;
  const { textColour, accentColour } = deckStyle;
  const slide = pptx.addSlide();
  slide.addText(slideHeading(content), {
    x: margin,
    y: margin / 2,
    w: width - 2 * margin,
    h: headingHeight,
    fontFace: font,
    fontSize: headingFontSize,
    bold: true,
    color: accentColour,
    valign: 'middle',
    fit: 'shrink',
  });
  const runs = content.blocks.flatMap(blockRuns);
  if (runs.length === 0) return;
  // The deck model already split the text to fit; shrink is only a safety net for fonts
  // that run wider than the model assumed.
  slide.addText(runs, {
    x: margin,
    y: bodyTop,
    w: width - 2 * margin,
    h: bodyHeight,
    fontFace: font,
    fontSize: bodyFontSize,
    color: textColour,
    valign: 'top',
    fit: 'shrink',
  });
}

/**
 * The feedback presentation as a .pptx: a title slide, then one slide per slide of the
 * fitted deck. It carries the title and the slides' text only: no speaker notes, and
 * file properties that name no one.
 */
export async function deckToPptx(title: string, slides: readonly Slide[], as: 'blob'): Promise<Blob>;
export async function deckToPptx(title: string, slides: readonly Slide[], as: 'bytes'): Promise<Uint8Array>;
export async function deckToPptx(title: string, slides: readonly Slide[], as: FileContent): Promise<Blob | Uint8Array>;
export async function deckToPptx(title: string, slides: readonly Slide[], as: FileContent): Promise<Blob | Uint8Array> {
  const pptx = new PptxGenJS();
  pptx.layout = deckStyle.layout;
  pptx.title = title;
  pptx.subject = '';
  pptx.author = fileAuthor;
  pptx.company = fileAuthor;
  pptx.revision = '1';
  pptx.theme = { headFontFace: deckStyle.font, bodyFontFace: deckStyle.font };
  addTitleSlide(pptx, title);
  for (const slide of slides) addContentSlide(pptx, slide);
  const file = await pptx.write({ outputType: as === 'blob' ? 'blob' : 'uint8array', compression: true });
  if (file instanceof Uint8Array && as === 'bytes') return file;
  // pptxgenjs types its Blob application/zip, which a phone's share sheet cannot open.
  if (file instanceof Blob && as === 'blob') return new Blob([file], { type: presentationFileType });
  throw new Error(`pptxgenjs wrote ${typeof file}, not the ${as} asked for`);
}
