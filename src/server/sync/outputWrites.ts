import type { PublicationCheck } from '../../domain/outputs/publicationCheck';
import { publishedSnapshotSchema } from '../../domain/records/publishedSnapshot';
import { snapshotWriteRefusal, type SnapshotRefusal } from '../../domain/sync/publishedSnapshotRules';
import type { AnyRecord } from '../../domain/records/recordTypes';
import type { Mutation } from '../../domain/sync/protocol';
import { outputSourcesIn } from '../records/outputSourcesIn';
import type { ReadTx } from '../storage/storage';

/** Refusal for a write the output rules do not allow, with the field it names. */
export type OutputRefusal = SnapshotRefusal & { code: 'forbidden' | 'bad_request' };

/** What a new snapshot is judged on: the text it would publish. */
const publishedText = publishedSnapshotSchema.pick({ title: true, kind: true, body: true });

/**
 * The server's own part of a write to a snapshot: a published one is frozen (only its
 * withdrawal goes). A new one is judged by the non-attribution check on the server's copy
 * (judgePublication), gets its number here, one more than the highest of its kind in the
 * engagement, withdrawn ones included, and the acceptances it relied on: whatever the
 * device sent for either. Only a new snapshot pays for the reads this takes.
 */
export async function prepareSnapshotWrite(
  tx: ReadTx,
  engagementId: string,
  existing: AnyRecord | undefined,
  mutation: Mutation,
): Promise<OutputRefusal | Mutation> {
  const refusal = snapshotWriteRefusal(existing, mutation);
  if (refusal) return { ...refusal, code: 'forbidden' };
  if (existing || mutation.op === 'delete') return mutation;
  const judged = await judgePublication(tx, engagementId, mutation);
  if ('code' in judged) return judged;
  const kind = mutation.changes.kind;
  const siblings = await tx.listRecords(engagementId, 'publishedSnapshot');
  const numbers = siblings
    .filter((row) => row.data.kind === kind)
    .map((row) => (typeof row.data.number === 'number' ? row.data.number : 1));
  const number = Math.max(0, ...numbers) + 1;
  return { ...mutation, changes: { ...mutation.changes, number, ...judged } };
}

/**
 * A new snapshot, checked as the app checks it before publishing (checkPublication), on
 * the server's copy as this push has left it so far: the manager's fixes and acceptances
 * sent before it in the same push count. Refused while any hit of the output is
 * unresolved, or while its own text holds a hit no acceptance covers; else the
 * acceptances it relied on, to record in it. A text that does not parse is left to the
 * record's own validation, which refuses it naming the field.
 */
async function judgePublication(
  tx: ReadTx,
  engagementId: string,
  mutation: Mutation,
): Promise<OutputRefusal | { acceptances?: PublicationCheck['reliedOn'] }> {
  const text = publishedText.safeParse(mutation.changes);
  if (!text.success) return {};
  const read = await outputSourcesIn(tx, engagementId, text.data.kind);
  if (!read) {
    return { code: 'forbidden', field: 'recordId', message: 'The engagement has no record on the server to check.' };
  }
  // Loaded when a snapshot is first published, not at start: the check's word list and the
  // telephone parser's data are some 18 MB of a server process's memory (bench: load).
  const { checkPublication } = await import('../../domain/outputs/publicationCheck');
  const check = checkPublication(read.sources, text.data, read.acceptances);
  const message = publicationRefusal(check);
  if (message) return { code: 'forbidden', field: 'recordId', message };
  return { acceptances: check.reliedOn };
}

/** Why a publication is refused, in the manager's words; undefined when it may go. */
function publicationRefusal({ unresolved, uncoveredInText }: PublicationCheck): string | undefined {
  if (unresolved.length > 0) {
    const flags = unresolved.length === 1 ? '1 unresolved flag' : `${unresolved.length} unresolved flags`;
    return `The non-attribution check has ${flags} on the server's copy: resolve them and publish again.`;
  }
  if (uncoveredInText.length === 0) return undefined;
  const named = uncoveredInText
    .slice(0, 3)
    .map((hit) => `“${hit.text}”${hit.heading === null ? ' in the title' : ` under “${hit.heading}”`}`)
    .join(', ');
  const more = uncoveredInText.length > 3 ? ` and ${uncoveredInText.length - 3} more` : '';
  return `The text to publish names or points at someone with no accepted flag for it (${named}${more}): change it where it comes from and publish again.`;
}

/**
 * A comment must point at a snapshot the council can read, at a section it has, and at
 * a paragraph or list of that section (or at the whole section). Checked when a comment
 * is made or re-pointed, not when the team answers one on a snapshot since withdrawn.
 */
export async function commentTargetRefusal(
  tx: ReadTx,
  engagementId: string,
  existing: AnyRecord | undefined,
  mutation: Mutation,
  comment: AnyRecord,
): Promise<OutputRefusal | undefined> {
  const repointed = ['snapshotId', 'sectionIndex', 'blockIndex'].some((field) =>
    Object.hasOwn(mutation.changes, field),
  );
  if (comment.deleted || (existing && !repointed) || !('snapshotId' in comment)) return undefined;
  const stored = await tx.getRecord(engagementId, 'publishedSnapshot', comment.snapshotId);
  const snapshot = stored ? publishedSnapshotSchema.safeParse(stored.data) : undefined;
  if (!snapshot?.success || snapshot.data.deleted) {
    return {
      code: 'bad_request',
      field: 'changes.snapshotId',
      message: 'There is no published snapshot with this id.',
    };
  }
  const section = snapshot.data.body.sections[comment.sectionIndex];
  if (!section) {
    return {
      code: 'bad_request',
      field: 'changes.sectionIndex',
      message: 'The snapshot has no section with this index.',
    };
  }
  if (comment.blockIndex !== null && comment.blockIndex >= section.blocks.length) {
    return {
      code: 'bad_request',
      field: 'changes.blockIndex',
      message: 'The section has no paragraph with this index.',
    };
  }
  return undefined;
}
