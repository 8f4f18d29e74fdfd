import type { SnapshotBlock } from '../records/publishedSnapshot';

/** A line the manager wrote as a list item: "- ", "* " or "• " at its start. */
const bulletMark = /^\s*[-*•]\s+/;

/**
 * The manager's own words (an outputDraft field) as blocks: every non-blank line is a
 * paragraph, and a run of lines starting "- ", "* " or "• " is one list. Lines are kept as
 * written, so contact details stay one to a line. Empty text gives no blocks.
 */
export function draftBlocks(text: string): SnapshotBlock[] {
  const blocks: SnapshotBlock[] = [];
  for (const line of text.split(/\r?\n/)) {
    const trimmed = line.trim();
    if (trimmed === '') continue;
    if (!bulletMark.test(line)) {
      blocks.push({ kind: 'paragraph', text: trimmed });
      continue;
    }
    const item = line.replace(bulletMark, '').trim();
    if (item === '') continue;
    const last = blocks[blocks.length - 1];
    if (last?.kind === 'bullets') last.items.push(item);
    else blocks.push({ kind: 'bullets', items: [item] });
  }
  return blocks;
}
