import { fieldSchema } from '../records/recordFields';
import type { AnyRecord } from '../records/recordTypes';
import type { WriteDecision, WriteRequest } from './permissions';
import { sameJson } from './sameJson';

/** What a council member writes on a comment: where it points and what it says. */
const councilFields = new Set(['snapshotId', 'text', 'sectionIndex', 'blockIndex', 'createdAt', 'authorId']);
/** What the challenge manager writes on a council member's comment: the team's reply. */
const answerFields = new Set(['answer', 'status']);

/**
 * Fields of a comment the write would change: ones sent with the value already held are
 * no change, and ones a comment does not have are left for the record check to name.
 */
function changedFields(existing: AnyRecord | undefined, changes: Record<string, unknown>): string[] {
  const held: Record<string, unknown> = existing ?? {};
  return Object.keys(changes).filter(
    (field) =>
      fieldSchema('accuracyComment', field) !== undefined && (!existing || !sameJson(held[field], changes[field])),
  );
}

function authorOf(existing: AnyRecord | undefined): unknown {
  return existing && 'authorId' in existing ? existing.authorId : undefined;
}

/**
 * A council member creates a comment (open, unanswered) and may reword or re-point their
 * own, or take it back, while it is still open; the status and answer are the team's.
 */
export function councilWritesComment({ memberId, existing, change }: WriteRequest): WriteDecision {
  if (existing && authorOf(existing) !== memberId) return 'refused';
  if (existing && 'status' in existing && existing.status !== 'open') return 'refused';
  if (Object.keys(change.setChanges).length > 0) return 'refused';
  if (change.op === 'delete') return existing ? 'allowed' : 'refused';
  const changes = { ...change.changes };
  // A new comment may say what it starts as, but only as open and unanswered.
  if (!existing) {
    if (Object.hasOwn(changes, 'status') && changes.status !== 'open') return 'refused';
    if (Object.hasOwn(changes, 'answer') && changes.answer !== '') return 'refused';
    delete changes.status;
    delete changes.answer;
  }
  return changedFields(existing, changes).every((field) => councilFields.has(field)) ? 'allowed' : 'refused';
}

/**
 * The challenge manager answers and closes council members' comments (answer, status)
 * but never rewords them or takes them away; a comment the manager wrote is their own.
 */
export function managerWritesComment({ memberId, existing, change }: WriteRequest): WriteDecision {
  if (!existing || authorOf(existing) === memberId) return 'allowed';
  if (change.op === 'delete' || Object.keys(change.setChanges).length > 0) return 'refused';
  return changedFields(existing, change.changes).every((field) => answerFields.has(field)) ? 'allowed' : 'refused';
}
