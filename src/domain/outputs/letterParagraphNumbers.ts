import type { SnapshotBody } from '../records/publishedSnapshot';

/**
 * Each block's paragraph number in the letter, or null: every block of a `numbered`
 * section is numbered, 1, 2, 3 … continuing from one numbered section to the next, so the
 * .docx, the print view and the council's view all number alike. Indexed [section][block].
 */
export function letterParagraphNumbers(body: SnapshotBody): (number | null)[][] {
  let next = 1;
  return body.sections.map((section) =>
    section.blocks.map(() => {
      if (!section.numbered) return null;
      next += 1;
      return next - 1;
    }),
  );
}
