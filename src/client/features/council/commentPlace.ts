import type { SnapshotBody } from '../../../domain/records/publishedSnapshot';

/** Where a comment points, as people name it: "paragraph 3", or a section by its heading. */
export function placeName(
  body: SnapshotBody,
  numbers: (number | null)[][],
  sectionIndex: number,
  blockIndex: number | null,
): string {
  const section = body.sections[sectionIndex];
  if (!section) return 'a part not in this version';
  if (blockIndex === null) return `the section “${section.heading}”`;
  const block = section.blocks[blockIndex];
  if (!block) return 'a part not in this version';
  const number = numbers[sectionIndex]?.[blockIndex];
  if (number !== null && number !== undefined) return `paragraph ${number}`;
  return `${block.kind === 'bullets' ? 'list' : 'paragraph'} ${blockIndex + 1} of “${section.heading}”`;
}
