import type { AccuracyComment } from '../../domain/records/accuracyComment';
import type { PublishedSnapshot } from '../../domain/records/publishedSnapshot';
import type { TriangulateDb } from './db';
import { saveEdit } from './saveEdit';

/** Where in a snapshot a comment points: a section, and a paragraph or list in it (null: the whole section). */
export type CommentPlace = { snapshotId: string; sectionIndex: number; blockIndex: number | null };

/** Published snapshots still shared (a withdrawn one is a tombstone), newest first. */
export async function listPublishedSnapshots(db: TriangulateDb, engagementId: string): Promise<PublishedSnapshot[]> {
  const all = await db.publishedSnapshot.where('engagementId').equals(engagementId).toArray();
  return all
    .filter((snapshot) => !snapshot.deleted)
    .sort((a, b) => b.publishedAt.localeCompare(a.publishedAt) || b.number - a.number);
}

/** One published snapshot, or null when it is not here or has been withdrawn. */
export async function getPublishedSnapshot(db: TriangulateDb, snapshotId: string): Promise<PublishedSnapshot | null> {
  const snapshot = await db.publishedSnapshot.get(snapshotId);
  return snapshot && !snapshot.deleted ? snapshot : null;
}

/** Live comments on one snapshot, in the order they were written. */
export async function listAccuracyComments(
  db: TriangulateDb,
  engagementId: string,
  snapshotId: string,
): Promise<AccuracyComment[]> {
  const all = await db.accuracyComment.where('[engagementId+snapshotId]').equals([engagementId, snapshotId]).toArray();
  return all.filter((comment) => !comment.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/** Every live comment of the engagement, for the team's view of what the council said. */
export async function listAllAccuracyComments(db: TriangulateDb, engagementId: string): Promise<AccuracyComment[]> {
  const all = await db.accuracyComment.where('engagementId').equals(engagementId).toArray();
  return all.filter((comment) => !comment.deleted).sort((a, b) => a.createdAt.localeCompare(b.createdAt));
}

/**
 * A council member's new factual-accuracy comment: open and unanswered. The author is
 * this device's member; the server sets it again from the token, so it cannot be forged.
 */
export function addAccuracyComment(
  db: TriangulateDb,
  engagementId: string,
  authorId: string,
  place: CommentPlace,
  text: string,
): Promise<AccuracyComment> {
  return saveEdit(db, {
    engagementId,
    recordType: 'accuracyComment',
    recordId: crypto.randomUUID(),
    op: 'upsert',
    changes: { ...place, text, status: 'open', answer: '', authorId, createdAt: new Date().toISOString() },
  });
}

/** The team's reply to a comment (the challenge manager writes it): the comment is then answered. */
export function answerAccuracyComment(
  db: TriangulateDb,
  engagementId: string,
  commentId: string,
  answer: string,
): Promise<AccuracyComment> {
  return saveEdit(db, {
    engagementId,
    recordType: 'accuracyComment',
    recordId: commentId,
    op: 'upsert',
    changes: { answer, status: 'answered' },
  });
}

/** Settles a comment: nothing more to do on it. */
export function closeAccuracyComment(
  db: TriangulateDb,
  engagementId: string,
  commentId: string,
): Promise<AccuracyComment> {
  return saveEdit(db, {
    engagementId,
    recordType: 'accuracyComment',
    recordId: commentId,
    op: 'upsert',
    changes: { status: 'closed' },
  });
}

/** Ids of the team's members (not the council's): whose comments the team's screen marks as its own. */
export async function listTeamMemberIds(db: TriangulateDb, engagementId: string): Promise<string[]> {
  const members = await db.member.where('engagementId').equals(engagementId).toArray();
  return members.filter((member) => member.role !== 'council').map((member) => member.id);
}
