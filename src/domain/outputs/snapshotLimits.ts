import { snapshotTextMaxLength, type SnapshotBlock, type SnapshotSection } from '../records/publishedSnapshot';
import { splitToFit } from './splitToFit';

/** The schema's bounds on a section (snapshotSectionSchema): kept here so a big engagement still publishes. */
export const maxBlocksPerSection = 50;
export const maxItemsPerList = 100;
export const maxHeadingLength = 200;

/** Text cut at a word boundary to `max` characters, with an ellipsis when cut. */
export function clampText(text: string, max: number): string {
  if (text.length <= max) return text;
  const cut = text.slice(0, max - 1);
  const space = cut.lastIndexOf(' ');
  return `${(space > max / 2 ? cut.slice(0, space) : cut).trimEnd()}…`;
}

/** "Theme name: key strengths", the name shortened when the whole would pass the heading limit. */
export function headingWith(name: string, suffix: string): string {
  const tail = `: ${suffix}`;
  return `${clampText(name, maxHeadingLength - tail.length)}${tail}`;
}

/** The heading of the second and later parts of a section too long for one: "Heading (continued)". */
export function continuedHeading(heading: string): string {
  const tail = ' (continued)';
  return `${clampText(heading, maxHeadingLength - tail.length)}${tail}`;
}

/** Paragraphs and list items no longer than a snapshot allows, cut at sentence or word ends. */
function splitLongTexts(block: SnapshotBlock): SnapshotBlock[] {
  const fits = (piece: string) => piece.length <= snapshotTextMaxLength;
  if (block.kind === 'paragraph') {
    return splitToFit(block.text, fits).map((text) => ({ kind: 'paragraph', text }));
  }
  const items = block.items.flatMap((item) => splitToFit(item, fits));
  const lists: SnapshotBlock[] = [];
  for (let start = 0; start < items.length; start += maxItemsPerList) {
    lists.push({ kind: 'bullets', items: items.slice(start, start + maxItemsPerList) });
  }
  return lists;
}

/**
 * Sections that satisfy the published snapshot's schema whatever the engagement's size:
 * long texts split, long lists cut into several, and a section with too many blocks
 * continued in a section headed "… (continued)". Numbering carries on across them.
 */
export function withinSnapshotLimits(sections: readonly SnapshotSection[]): SnapshotSection[] {
  return sections.flatMap((section) => {
    const blocks = section.blocks.flatMap(splitLongTexts);
    if (blocks.length <= maxBlocksPerSection) return [{ ...section, blocks }];
    const parts: SnapshotSection[] = [];
    for (let start = 0; start < blocks.length; start += maxBlocksPerSection) {
      const heading = start === 0 ? section.heading : continuedHeading(section.heading);
      parts.push({ ...section, heading, blocks: blocks.slice(start, start + maxBlocksPerSection) });
    }
    return parts;
  });
}
