import { publishedSnapshotSchema } from '../../domain/records/publishedSnapshot';
import { snapshotWriteRefusal, type SnapshotRefusal } from '../../domain/sync/publishedSnapshotRules';
import type { AnyRecord } from '../../domain/records/recordTypes';
import type { Mutation } from '../../domain/sync/protocol';
import type { ReadTx } from '../storage/storage';

/** Refusal for a write the output rules do not allow, with the field it names. */
export type OutputRefusal = SnapshotRefusal & { code: 'forbidden' | 'bad_request' };

/**
 * The server's own part of a write to a snapshot: a published one is frozen (only its
 * withdrawal goes), and a new one gets its number here, one more than the highest of its
 * kind in the engagement, withdrawn ones included, whatever the device sent.
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
  const kind = mutation.changes.kind;
  const siblings = await tx.listRecords(engagementId, 'publishedSnapshot');
  const numbers = siblings
    .filter((row) => row.data.kind === kind)
    .map((row) => (typeof row.data.number === 'number' ? row.data.number : 1));
  return { ...mutation, changes: { ...mutation.changes, number: Math.max(0, ...numbers) + 1 } };
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
