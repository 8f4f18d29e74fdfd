import type { SnapshotBlock, SnapshotSection } from '../records/publishedSnapshot';
import { deckLayout, headingSizes, spacingInLines } from './deckLayout';
import type { OutputDocument, Slide } from './outputDocument';
import { continuedHeading } from './snapshotLimits';
import { splitToFit } from './splitToFit';
import { wrappedLineCount } from './wrapLines';

/** One paragraph or one bullet, placed on a slide whole; `block` is its block's index in the section. */
type Unit = { kind: 'paragraph' | 'bullet'; text: string; block: number };

const smallestHeading = Math.min(...headingSizes.map((size) => size.points));

const linesOf = (text: string) => wrappedLineCount(text, deckLayout.charactersPerLine);

/**
 * The presentation as slides that fit (deckLayout): each section starts a slide, and what
 * does not fit flows onto continuation slides (`continued`), bullets whole where they can
 * be; a paragraph or bullet longer than a whole slide is split at a sentence end, or else
 * a word boundary. The first section is the title slide.
 */
export function layoutDeck(presentation: OutputDocument): Slide[] {
  return presentation.body.sections.flatMap(layoutSection);
}

/** The heading a slide shows: its section's heading, "(continued)" after the first slide. */
export function slideHeading(slide: Slide): string {
  return slide.continued ? continuedHeading(slide.heading) : slide.heading;
}

/** The largest heading size at which the heading fits its box (the smallest size otherwise). */
export function headingFontSizeFor(heading: string): number {
  const fitting = headingSizes.find((size) => wrappedLineCount(heading, size.charactersPerLine) <= size.lines);
  return fitting?.points ?? smallestHeading;
}

/** Estimated lines a slide's blocks take, spacing included: layoutDeck keeps it within linesPerSlide. */
export function slideLines(blocks: readonly SnapshotBlock[]): number {
  const texts = blocks.flatMap((block) => (block.kind === 'paragraph' ? [block.text] : block.items));
  return texts.reduce((sum, text, index) => sum + linesOf(text) + (index > 0 ? spacingInLines : 0), 0);
}

function layoutSection(section: SnapshotSection, sectionIndex: number): Slide[] {
  const slides: Slide[] = [{ heading: section.heading, blocks: [], continued: false, sectionIndex }];
  let used = 0;
  let lastBlock = -1;

  const place = (unit: Unit) => {
    const current = slides[slides.length - 1] as Slide;
    const empty = current.blocks.length === 0;
    const cost = linesOf(unit.text) + (empty ? 0 : spacingInLines);
    if (used + cost > deckLayout.linesPerSlide && !empty) {
      slides.push({ heading: section.heading, blocks: [], continued: true, sectionIndex });
      used = 0;
      lastBlock = -1;
      place(unit);
      return;
    }
    if (cost > deckLayout.linesPerSlide) {
      for (const text of splitToFit(unit.text, (piece) => linesOf(piece) <= deckLayout.linesPerSlide)) {
        place({ ...unit, text });
      }
      return;
    }
    const last = current.blocks[current.blocks.length - 1];
    if (unit.kind === 'bullet' && last?.kind === 'bullets' && lastBlock === unit.block) last.items.push(unit.text);
    else
      current.blocks.push(
        unit.kind === 'bullet' ? { kind: 'bullets', items: [unit.text] } : { kind: 'paragraph', text: unit.text },
      );
    used += cost;
    lastBlock = unit.block;
  };

  section.blocks.forEach((block, index) => {
    if (block.kind === 'paragraph') place({ kind: 'paragraph', text: block.text, block: index });
    else block.items.forEach((text) => place({ kind: 'bullet', text, block: index }));
  });
  return slides;
}
