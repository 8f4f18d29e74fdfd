import type { AnyRecord } from '../records/recordTypes';
import type { Mutation } from './protocol';
import { sameJson } from './sameJson';

/** Why a write to a published snapshot is refused: the path of the field and a sentence. */
export type SnapshotRefusal = { field: string; message: string };

/**
 * What was published: a change to any of these would make the council's copy a different
 * text, or rewrite the team's record of the acceptances it relied on.
 */
const frozenFields = ['title', 'body', 'kind', 'number', 'publishedAt', 'acceptances'];

/**
 * A published snapshot is frozen: once stored, only its withdrawal (a delete) changes it.
 * A new version is a new snapshot, and a withdrawal is final, so a late edit cannot bring
 * a withdrawn text back. Values equal to the stored ones are no change and pass.
 */
export function snapshotWriteRefusal(
  existing: AnyRecord | undefined,
  mutation: Pick<Mutation, 'op' | 'changes'>,
): SnapshotRefusal | undefined {
  if (!existing) return undefined;
  if (existing.deleted) {
    if (mutation.op === 'delete') return undefined;
    return { field: 'recordId', message: 'This snapshot was withdrawn: publish a new version instead.' };
  }
  const held: Record<string, unknown> = existing;
  const changed = frozenFields.find(
    (field) => Object.hasOwn(mutation.changes, field) && !sameJson(held[field], mutation.changes[field]),
  );
  if (changed === undefined) return undefined;
  return {
    field: `changes.${changed}`,
    message: 'A published snapshot cannot be changed: publish a new version instead.',
  };
}
